/**
 * `send()` for the page detector without the webextension polyfill. The detector runs on every
 * page under a 12 KB gzip budget, and the polyfill alone is ~3.5 KB: Chrome's MV3 `chrome.*`
 * and Firefox's native `browser.*` both return promises, which is all this needs. Same
 * contract as `lib/messaging`'s `send` (never throws; a Result comes back).
 */
import type { MessageType, PayloadOf, Result } from '../messaging';

type Runtime = { sendMessage(message: unknown): Promise<unknown> };
type Api = { runtime?: Runtime & { id?: string } };

/** The extension API of this isolated world: Firefox's `browser`, else Chrome's `chrome`. */
export function extensionApi(): Api | undefined {
  const g = globalThis as { browser?: Api; chrome?: Api };
  return g.browser?.runtime?.id ? g.browser : g.chrome;
}

/** Send a message to the background and get its Result back. Never throws. */
export async function sendLite<K extends MessageType, R = unknown>(
  type: K,
  payload: PayloadOf<K>,
): Promise<Result<R>> {
  try {
    const rt = extensionApi()?.runtime;
    if (!rt) return { ok: false, error: 'no extension context' };
    const res = (await rt.sendMessage({ type, payload })) as Result<R> | undefined;
    return res ?? { ok: false, error: 'no answer' };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
