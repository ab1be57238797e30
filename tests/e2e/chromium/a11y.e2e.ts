// axe-core on every surface a person uses — popup, composer, ledger, options and the injected
// panel (opened, inside its shadow root) — in light and dark colour schemes, in English and in
// Arabic (right to left): no serious or critical violation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatViolations, runAxe } from '../axe';
import { launchChromium, type ChromiumSession } from '../harness';
import { MIRROR, mirrorPanel, panel, panelRendered } from '../panel-root';

/** An extension page has rendered its UI (language applied, a heading on screen). */
export async function pageReady(page: Page): Promise<void> {
  await page.waitForFunction(() => !!document.documentElement.dir, undefined, { timeout: 15000 });
  await page.locator('#app h1, #app h2').first().waitFor({ state: 'visible', timeout: 15000 });
  // Let async sections (recipients, live queries) settle.
  await page.waitForTimeout(400);
}

/** Open the in-page panel on a fixture article (it may start collapsed). */
export async function openPanel(page: Page): Promise<void> {
  await panelRendered(page);
  const open = await panel(page).locator('.frame').getAttribute('data-open');
  if (open !== 'true') await panel(page).locator('.tab').click();
  await panel(page).locator('.panel').waitFor({ state: 'visible' });
  // Wait for the slide-in to finish so contrast is measured on the final colours.
  await page.waitForTimeout(400);
}

for (const colorScheme of ['light', 'dark'] as const) {
  describe(`accessibility, ${colorScheme} scheme (axe-core)`, () => {
    let s: ChromiumSession;
    beforeAll(async () => {
      s = await launchChromium({ colorScheme });
    });
    afterAll(async () => {
      await s?.close();
    });

    for (const path of ['popup.html', 'composer.html', 'ledger.html', 'options.html']) {
      it(`${path}: no serious or critical violations`, async () => {
        const page = await s.openExtensionPage(path);
        await pageReady(page);
        const found = await runAxe(page);
        expect(found, formatViolations(found)).toEqual([]);
        await page.close();
      });
    }

    for (const article of ['/demo/en-un-treaty-vote.html', '/demo/ar-ittifaqiya.html']) {
      it(`the opened panel on ${article}: no serious or critical violations`, async () => {
        const page = await s.newPage(s.server.url(article));
        await openPanel(page);
        // Highlights sit in the page's own text: check them against the page's colours too.
        const marks = await runAxe(page, { include: ['article'] });
        expect(
          marks.filter((v) => v.nodes.some((n) => /tl-|treaty/i.test(n.html))),
          formatViolations(marks),
        ).toEqual([]);
        // The panel's root is closed: axe checks an open copy of it (tests/e2e/panel-root.ts).
        await mirrorPanel(page);
        const found = await runAxe(page, { include: [[MIRROR, '.frame']] });
        expect(found, formatViolations(found)).toEqual([]);
        await page.close();
      });
    }
  });
}

describe('accessibility in Arabic (right to left)', () => {
  let s: ChromiumSession;
  beforeAll(async () => {
    s = await launchChromium();
    // Choose the language the way a user does: in the options page.
    const options = await s.openExtensionPage('options.html');
    await pageReady(options);
    await options.selectOption('#tlo-ui-lang', 'ar');
    await options.waitForTimeout(500);
    await options.close();
  });
  afterAll(async () => {
    await s?.close();
  });

  for (const path of ['popup.html', 'composer.html', 'ledger.html', 'options.html']) {
    it(`${path}: mirrored (dir=rtl, lang=ar) with no serious or critical violations`, async () => {
      const page = await s.openExtensionPage(path);
      await pageReady(page);
      expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('ar');
      // The first heading starts at the right edge: the layout is mirrored, not just the text.
      const box = await page.locator('#app h1, #app h2').first().boundingBox();
      const width = page.viewportSize()!.width;
      expect(box!.x + box!.width).toBeGreaterThan(width / 2);
      const found = await runAxe(page);
      expect(found, formatViolations(found)).toEqual([]);
      await page.close();
    });
  }
});
