/**
 * `npm run demo`: build the extension, serve the bundled demo news site on 127.0.0.1 and open
 * Chromium with Treaty Lens loaded at a demo article.
 *
 *   npm run demo                      a real window (needs a display); Ctrl+C to stop
 *   npm run demo -- --screenshot DIR  headless: writes screenshots of the article with the
 *                                     panel, the opened panel, and the popup, then exits
 *
 * Without a display (no $DISPLAY / $WAYLAND_DISPLAY) it behaves like --screenshot test-results/demo.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium } from '../tests/e2e/harness';
import { startServer } from '../tests/e2e/server';

const args = process.argv.slice(2);
const shotIdx = args.indexOf('--screenshot');
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const shotDir =
  shotIdx >= 0
    ? resolve(args[shotIdx + 1] ?? 'test-results/demo')
    : hasDisplay
      ? null
      : resolve('test-results/demo');
const article =
  args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--screenshot') ??
  'en-un-treaty-vote.html';

console.log('Building Treaty Lens for Chromium…');
const build = spawnSync('npx', ['wxt', 'build', '-b', 'chrome'], {
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (build.status !== 0) process.exit(build.status ?? 1);

const server = await startServer(resolve('tests/fixtures/demo'));
const url = server.url(`/${article}`);
console.log(`Demo news site: ${server.url('/')}`);

if (!shotDir) {
  const s = await launchChromium({
    server,
    headless: false,
    viewport: { width: 1400, height: 900 },
  });
  await s.newPage(url);
  console.log(`Chromium is open at ${url} with Treaty Lens loaded. Press Ctrl+C to stop.`);
  const stop = async () => {
    await s.close({ allowProblems: true }).catch(() => undefined);
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  s.context.on('close', stop);
} else {
  mkdirSync(shotDir, { recursive: true });
  const s = await launchChromium({ server, viewport: { width: 1280, height: 800 } });
  const written: string[] = [];
  try {
    const page = await s.newPage(url);
    const host = page.locator('treaty-lens-panel');
    await host.waitFor({ state: 'attached', timeout: 15000 });
    await page.waitForTimeout(500);
    written.push(join(shotDir, 'article-with-panel-tab.png'));
    await page.screenshot({ path: written.at(-1) });
    // Open the panel through its own button, as a reader would.
    await host.getByRole('button').first().click();
    await page.waitForTimeout(600);
    written.push(join(shotDir, 'article-with-panel-open.png'));
    await page.screenshot({ path: written.at(-1) });

    const popup = await s.openExtensionPage('popup.html');
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.waitForLoadState('networkidle');
    await popup.waitForTimeout(500);
    written.push(join(shotDir, 'popup.png'));
    await popup.screenshot({ path: written.at(-1) });
  } finally {
    await s.close({ allowProblems: true });
    await server.close();
  }
  console.log(`Screenshots written:\n  ${written.join('\n  ')}`);
}
