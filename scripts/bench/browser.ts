/**
 * Chromium for the benchmark: two identical launches that differ only in whether the built
 * extension is loaded, so "with ÷ without" compares like with like. Same binary and flags as
 * the end-to-end harness.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { chromiumPath } from '../../tests/e2e/browsers';
import { chromiumFlags } from '../../tests/e2e/harness';

/** A running Chromium, with or without the extension. */
export interface BenchBrowser {
  context: BrowserContext;
  /** Extension id when the extension is loaded, else null. */
  extensionId: string | null;
  /** chrome-extension://<id>/<path> (throws without the extension). */
  extensionUrl(path: string): string;
  /** A fresh tab (about:blank). */
  newTab(): Promise<Page>;
  /** The browser's profile folder (its --user-data-dir). */
  profileDir: string;
  close(): Promise<void>;
}

/** Launch headless Chromium; `extensionDir` null means a browser without the extension. */
export async function launchBench(
  extensionDir: string | null,
  opts: { exposeGc?: boolean } = {},
): Promise<BenchBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'treaty-lens-bench-'));
  const args = extensionDir
    ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
    : ['--disable-extensions'];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
    colorScheme: 'light',
    // --expose-gc only for the detection browser: a collection before each timed call keeps
    // one run's garbage out of the next run's time.
    args: [...args, ...chromiumFlags, ...(opts.exposeGc ? ['--js-flags=--expose-gc'] : [])],
  });
  let extensionId: string | null = null;
  if (extensionDir) {
    let [sw] = context.serviceWorkers();
    sw ??= await context.waitForEvent('serviceworker', { timeout: 15000 });
    extensionId = new URL(sw.url()).host;
  }
  // Only bench tabs stay open, so no idle tab competes for the main thread.
  for (const p of context.pages()) if (p.url() === 'about:blank') await p.close();
  return {
    context,
    extensionId,
    extensionUrl(path) {
      if (!extensionId) throw new Error('this browser has no extension loaded');
      return `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`;
    },
    newTab: () => context.newPage(),
    profileDir: profile,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * tsx compiles functions with esbuild's keepNames, which wraps them in a `__name(...)` helper
 * that does not exist in the page. Define it as the identity before `page.evaluate(fn)`.
 */
export const NAME_SHIM = 'globalThis.__name ??= (f) => f;';

/** Make `page.evaluate(fn)` safe for functions compiled by tsx (see NAME_SHIM). */
export async function shimNames(page: Page): Promise<void> {
  await page.evaluate(NAME_SHIM);
}
