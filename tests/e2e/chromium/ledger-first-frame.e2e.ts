// The ledger's first frame over a big ledger (issue 17, tenth round): it shows the rows the window
// can hold, enough to fill it, and the rest of the page's 50 the frame after; nothing the first
// frame showed moves, and the settled list is the page the ledger renders whole (its pager's
// "Previous" renders the page again in one go). Rows recorded once per animation frame by an
// init script, as the benchmark's ledger clock looks at them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEDGER_PAGE_SIZE } from '../../../lib/db/early';
import { seedLedger } from '../../../scripts/bench/ui';
import { launchChromium, type ChromiumSession } from '../harness';

interface Frame {
  h: number;
  subjects: string[];
  tops: number[];
  bottom: number;
}

const FRAMES = `(() => {
  const frames = (window.__ledgerFrames = []);
  const tick = () => {
    const ul = document.querySelector('.tll-rows');
    const rows = ul ? [...ul.children] : [];
    if (rows.length) {
      const top = ul.getBoundingClientRect().top;
      frames.push({
        h: innerHeight,
        subjects: rows.map((li) => li.querySelector('.tll-row-subject').textContent),
        tops: rows.map((li) => li.getBoundingClientRect().top - top),
        bottom: rows[rows.length - 1].getBoundingClientRect().bottom,
      });
    }
    if (rows.length < ${LEDGER_PAGE_SIZE}) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

describe('the ledger’s first frame (Chromium)', () => {
  let s: ChromiumSession;

  beforeAll(async () => {
    s = await launchChromium({ viewport: { width: 1280, height: 800 } });
    // 120 letters through the real database class, in the service worker, as the benchmark seeds.
    expect(await seedLedger(s, 120)).toBe(120);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('fills the window first, then shows the whole page without moving a row', async () => {
    const page = await s.context.newPage();
    await page.addInitScript(FRAMES);
    await page.goto(s.extensionUrl('ledger.html'));
    const rows = page.locator('.tll-rows > li');
    await expect.poll(() => rows.count(), { timeout: 20_000 }).toBe(LEDGER_PAGE_SIZE);
    const frames = (await page.evaluate('window.__ledgerFrames')) as Frame[];
    const first = frames[0]!;
    const last = frames.at(-1)!;
    // The first frame: fewer rows than the page, reaching past the bottom of the window.
    expect(first.subjects.length).toBeLessThan(LEDGER_PAGE_SIZE);
    expect(first.bottom).toBeGreaterThanOrEqual(first.h);
    // Then the whole page, the first frame's rows first and where they were.
    expect(last.subjects).toHaveLength(LEDGER_PAGE_SIZE);
    expect(last.subjects.slice(0, first.subjects.length)).toEqual(first.subjects);
    expect(last.tops.slice(0, first.tops.length)).toEqual(first.tops);
    // One list, one button per row in reading (and Tab) order.
    expect(await page.locator('ul.tll-rows').count()).toBe(1);
    const subjects = await page.locator('.tll-rows > li > button .tll-row-subject').allInnerTexts();
    expect(subjects).toEqual(last.subjects);
    // The same page rendered whole: to the next page and back, once the count has come.
    const pager = page.getByRole('navigation', { name: 'Pages' });
    await pager.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => rows.first().innerText()).not.toContain(last.subjects[0]!);
    await pager.getByRole('button', { name: 'Previous' }).click();
    await expect
      .poll(() => page.locator('.tll-rows .tll-row-subject').allInnerTexts())
      .toEqual(last.subjects);
    await page.close();
  });
});
