/**
 * Reach the content script's isolated world from a test (Chromium, CDP): the world Chromium
 * creates for Treaty Lens in a page is named after the extension and has its origin. Tests use it
 * to read the `__treatyLens` rendezvous object and to time the detector where it runs — never to
 * change what the extension does.
 */
import type { Page } from 'playwright-core';
import type { ChromiumSession } from './harness';

interface ExecutionContext {
  id: number;
  origin: string;
  name: string;
  auxData?: { isDefault?: boolean; type?: string; frameId?: string };
}

/** A handle on the extension's isolated world in `page`'s main frame. */
export interface ContentWorld {
  /** Evaluate an expression there (awaits promises) and return its JSON value. */
  evaluate<T = unknown>(expression: string): Promise<T>;
  detach(): Promise<void>;
}

/** Wait for the content script's world in `page` (it exists once the content script ran). */
export async function contentWorld(s: ChromiumSession, page: Page): Promise<ContentWorld> {
  const cdp = await s.context.newCDPSession(page);
  const contexts: ExecutionContext[] = [];
  cdp.on('Runtime.executionContextCreated', (e: { context: ExecutionContext }) =>
    contexts.push(e.context),
  );
  cdp.on('Runtime.executionContextsCleared', () => void contexts.splice(0));
  await cdp.send('Runtime.enable');
  const origin = `chrome-extension://${s.extensionId}`;
  const find = () =>
    [...contexts].reverse().find((c) => c.origin === origin && c.auxData?.type === 'isolated');
  const t0 = Date.now();
  while (!find()) {
    if (Date.now() - t0 > 15000) throw new Error('the content script never ran in this page');
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    async evaluate<T>(expression: string): Promise<T> {
      const ctx = find();
      if (!ctx) throw new Error('the content script world is gone');
      const r = (await cdp.send('Runtime.evaluate', {
        expression,
        contextId: ctx.id,
        awaitPromise: true,
        returnByValue: true,
      })) as { result: { value?: unknown }; exceptionDetails?: { text: string } };
      if (r.exceptionDetails) throw new Error(`content world: ${r.exceptionDetails.text}`);
      return r.result.value as T;
    },
    detach: () => cdp.detach(),
  };
}
