/**
 * Screenshots of the in-page panel on the demo news site (needs `npm run build:chrome`):
 *   docs/screenshots/panel-en.png, panel-ar.png (1280×800, panel open) and
 *   panel-narrow.png (390×844, the bottom sheet).
 *
 *   npm run screenshots:panel [-- OUT_DIR]
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../tests/e2e/harness';
import { panel } from '../tests/e2e/panel-root';

const out = resolve(process.argv[2] ?? 'docs/screenshots');
mkdirSync(out, { recursive: true });

async function openPanel(page: Page) {
  const frame = panel(page).locator('.frame');
  await frame.waitFor({ state: 'attached', timeout: 20000 });
  if ((await frame.getAttribute('data-open')) !== 'true') await panel(page).locator('.tab').click();
  // Let the slide-in finish and the cookie banner not cover the article.
  await page.evaluate(() => document.querySelector('.cookie')?.remove());
  await page.waitForTimeout(800);
}

const shots: [string, string, { width: number; height: number }][] = [
  ['panel-en.png', '/demo/en-un-treaty-vote.html', { width: 1280, height: 800 }],
  ['panel-ar.png', '/demo/ar-ittifaqiya.html', { width: 1280, height: 800 }],
  ['panel-narrow.png', '/demo/en-un-treaty-vote.html', { width: 390, height: 844 }],
];

for (const [file, path, viewport] of shots) {
  const s = await launchChromium({ viewport });
  try {
    const page = await s.newPage(s.server.url(path));
    await openPanel(page);
    await page.screenshot({ path: join(out, file) });
    console.log(join(out, file));
  } finally {
    await s.close({ allowProblems: true });
  }
}
