/**
 * End-to-end harness for Chromium: the built extension loaded into real Chromium through
 * playwright-core (system browser, never a downloaded one), fixture pages on 127.0.0.1,
 * console errors collected from every extension context, OS hand-offs (mailto:, tel:)
 * captured through a stub `xdg-open`, screenshots on failure.
 *
 *   const s = await launchChromium();
 *   const page = await s.newPage(s.server.url('/pages/article-en.html'));
 *   const popup = await s.openExtensionPage('popup.html');
 *   expect(await s.handoffs()).toContain('mailto:…');
 *   await s.close();            // throws if any extension context logged an error
 */
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
  existsSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { chromiumPath, requireBuild } from './browsers';
import { startServer, type FixtureServer } from './server';

/** Where failure screenshots go (named in README). */
export const artifactsDir = resolve('test-results/e2e');

export interface ConsoleProblem {
  where: string;
  text: string;
}

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  /** The unpacked build this browser loaded. */
  extensionDir: string;
  server: FixtureServer;
  /** chrome-extension://<id>/<path> */
  extensionUrl(path: string): string;
  /** Open a web page (usually a fixture) in a new tab. */
  newPage(url: string): Promise<Page>;
  /** Open an extension page (popup.html, composer.html, options.html, ledger.html) in a tab. */
  openExtensionPage(path: string): Promise<Page>;
  /** The extension's service worker (waits for it if it is asleep). */
  serviceWorker(): Promise<Worker>;
  /** URLs Chromium handed to the OS (mailto:, tel:, …), in order. */
  handoffs(): string[];
  /** Console errors and uncaught exceptions seen so far in extension contexts and content scripts. */
  problems: ConsoleProblem[];
  /** Forget problems that a test provoked on purpose. */
  clearProblems(): void;
  /** Screenshot every open page into test-results/e2e/<name>-<n>.png. */
  screenshotAll(name: string): Promise<string[]>;
  /** Close everything; throws if an extension context logged an error. */
  close(opts?: { allowProblems?: boolean }): Promise<void>;
}

export interface LaunchOptions {
  viewport?: { width: number; height: number };
  locale?: string;
  colorScheme?: 'light' | 'dark';
  /** Extra routes on the fixture server before anything loads. */
  server?: FixtureServer;
  /** Show a real window (the demo); tests always run headless. */
  headless?: boolean;
  /** Load this build instead of the default one (e.g. a copy with a test feed key). */
  extensionDir?: string;
}

/** Chromium flags shared by every launch (the benchmark launches with and without the extension). */
export const chromiumFlags: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-features=ExternalProtocolDialog',
];

/** Sessions still open: the e2e setup screenshots them when a test fails. */
export const activeSessions = new Set<{
  screenshotAll(name: string): Promise<string[]>;
  problems: ConsoleProblem[];
}>();

/** Launch Chromium with the built extension. */
export async function launchChromium(opts: LaunchOptions = {}): Promise<ChromiumSession> {
  // The build: .output/ or TL_E2E_BUILD_DIR (see browsers.ts): one option for every test.
  const extDir = opts.extensionDir ?? requireBuild('chromium');
  const server = opts.server ?? (await startServer());
  const work = mkdtempSync(join(tmpdir(), 'treaty-lens-e2e-'));
  const profile = join(work, 'profile');
  const bin = join(work, 'bin');
  const handoffFile = join(work, 'handoffs.txt');
  mkdirSync(bin);
  writeFileSync(handoffFile, '');
  // Chromium asks xdg-open to handle external protocols, even headless: record instead.
  const stub = `#!/bin/sh\nprintf '%s\\n' "$1" >> ${JSON.stringify(handoffFile)}\n`;
  for (const name of ['xdg-open', 'gio', 'kde-open', 'gnome-open']) {
    writeFileSync(join(bin, name), stub);
    chmodSync(join(bin, name), 0o755);
  }
  // Before launching, Chromium asks xdg-settings/xdg-mime for the handler's name; the real
  // scripts probe the desktop for seconds (longer on a loaded machine). Answer at once.
  for (const name of ['xdg-settings', 'xdg-mime']) {
    writeFileSync(join(bin, name), '#!/bin/sh\nexit 0\n');
    chmodSync(join(bin, name), 0o755);
  }

  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: opts.headless ?? true,
    viewport: opts.viewport ?? { width: 1280, height: 800 },
    locale: opts.locale ?? 'en-US',
    colorScheme: opts.colorScheme ?? 'light',
    env: { ...process.env, PATH: `${bin}:${process.env.PATH ?? ''}` },
    args: [`--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`, ...chromiumFlags],
  });

  const problems: ConsoleProblem[] = [];
  const watchWorker = (w: Worker) => {
    w.on('console', (m) => {
      if (m.type() === 'error') problems.push({ where: `worker ${w.url()}`, text: m.text() });
    });
  };
  const watchPage = (p: Page) => {
    p.on('console', (m) => {
      if (m.type() !== 'error') return;
      const loc = m.location().url ?? '';
      // Errors from the page's own scripts are the site's business; ours come from our origin
      // (extension pages) or from our content scripts (their stack/location is chrome-extension://).
      if (p.url().startsWith('chrome-extension://') || loc.startsWith('chrome-extension://'))
        problems.push({ where: p.url(), text: m.text() });
    });
    p.on('pageerror', (e) => {
      if (
        p.url().startsWith('chrome-extension://') ||
        (e.stack ?? '').includes('chrome-extension://')
      )
        problems.push({ where: p.url(), text: String(e.stack ?? e.message) });
    });
  };
  context.on('page', watchPage);
  context.on('serviceworker', watchWorker);
  context.pages().forEach(watchPage);
  context.serviceWorkers().forEach(watchWorker);

  let [sw] = context.serviceWorkers();
  sw ??= await context.waitForEvent('serviceworker', { timeout: 15000 });
  const extensionId = new URL(sw.url()).host;
  const extensionUrl = (p: string) => `chrome-extension://${extensionId}/${p.replace(/^\//, '')}`;
  // Close the blank start tab so tests count tabs exactly.
  for (const p of context.pages()) if (p.url() === 'about:blank') await p.close();

  // Content-script errors are reported through a CDP console listener on every page target,
  // including isolated worlds, which Playwright's console event already covers.

  let shots = 0;
  const session: ChromiumSession = {
    context,
    extensionId,
    extensionDir: extDir,
    server,
    extensionUrl,
    async newPage(url) {
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(extensionUrl(path));
      return page;
    },
    async serviceWorker() {
      const [w] = context.serviceWorkers();
      return w ?? context.waitForEvent('serviceworker', { timeout: 15000 });
    },
    handoffs: () => readFileSync(handoffFile, 'utf8').split('\n').filter(Boolean),
    problems,
    clearProblems: () => void problems.splice(0),
    async screenshotAll(name) {
      mkdirSync(artifactsDir, { recursive: true });
      const out: string[] = [];
      for (const p of context.pages()) {
        const file = join(artifactsDir, `${name.replace(/[^\w.-]+/g, '_')}-${++shots}.png`);
        await p.screenshot({ path: file }).catch(() => undefined);
        if (existsSync(file)) out.push(file);
      }
      return out;
    },
    async close(o = {}) {
      activeSessions.delete(session);
      const found = [...problems];
      await context.close();
      if (!opts.server) await server.close();
      rmSync(work, { recursive: true, force: true });
      if (found.length && !o.allowProblems) {
        throw new Error(
          `Extension contexts logged ${found.length} error(s):\n` +
            found.map((p) => `  [${p.where}] ${p.text}`).join('\n'),
        );
      }
    },
  };
  activeSessions.add(session);
  return session;
}
