// Issue 15 in real Chromium: a page script that clicks the tab, restyles the panel, focuses it
// or hides treaty text with a stylesheet achieves nothing: no open state saved, no pause, no
// panel for hidden text, no country readable from the page. Each test fails on the code before
// issue 15 (open shadow root; no isTrusted check on opening; visibility judged from markup only;
// the country rendered with the view). Pages: tests/e2e/attack-pages.ts.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HIDING, installAttackPages } from '../attack-pages';
import { launchChromium, type ChromiumSession } from '../harness';
import { HOST, panel } from '../panel-root';

const isOpen = async (p: Page) =>
  (await panel(p).locator('.frame').getAttribute('data-open')) === 'true';
const attack = (p: Page, step: string, arg = '') =>
  p.evaluate(
    ([st, a]) => (window as never as { __attack(s: string, a: string): object }).__attack(st!, a!),
    [step, arg],
  );

describe('a hostile page against the panel (Chromium)', () => {
  let s: ChromiumSession;
  beforeAll(async () => {
    s = await launchChromium();
    installAttackPages(s.server);
  });
  afterAll(async () => {
    await s?.close();
  });

  /** A fresh probe page with its panel's tab on screen. */
  async function probe(): Promise<Page> {
    const page = await s.newPage(s.server.url('/attack/probe.html'));
    await panel(page).locator('.tab').waitFor({ state: 'visible', timeout: 20000 });
    return page;
  }
  /** An element's box once the panel stopped sliding in. */
  async function settledBox(page: Page, sel: string) {
    let last = await panel(page).locator(sel).boundingBox();
    for (let i = 0; i < 50; i++) {
      await page.waitForTimeout(100);
      const now = await panel(page).locator(sel).boundingBox();
      if (JSON.stringify(now) === JSON.stringify(last)) return now;
      last = now;
    }
    return last;
  }
  /** Treaty Lens still runs (not paused, not switched off): a matching page gets its panel. */
  async function stillRuns(): Promise<boolean> {
    const other = await s.newPage(s.server.url('/attack/hidden-none.html'));
    const ok = await other
      .locator(HOST)
      .waitFor({ state: 'attached', timeout: 15000 })
      .then(() => true)
      .catch(() => false);
    await other.close();
    return ok;
  }

  it('cannot open the panel, or save "open on every page", by clicking its tab', async () => {
    const page = await probe();
    const seen = (await attack(page, 'click')) as { clickHits: number };
    // The page did find the host at the page's edge and clicked it every way it could.
    expect(seen.clickHits).toBeGreaterThan(0);
    await page.waitForTimeout(1000);
    expect(await isOpen(page)).toBe(false);
    // Nothing was saved: the next matching page starts collapsed too.
    const next = await probe();
    await next.waitForTimeout(500);
    expect(await isOpen(next)).toBe(false);
    await next.close();
    await page.close();
  });

  it('cannot read the panel or the reader’s country, even once the reader opened it', async () => {
    const page = await probe();
    await panel(page).locator('.tab').click();
    await expect.poll(() => isOpen(page)).toBe(true);
    const country = await panel(page).locator('.country-name').textContent();
    // The browser's locale is en-US: the panel (reached through DevTools) shows the country…
    expect(country).toBe('United States');
    // …and the page sees none of it.
    expect(await attack(page, 'read', country!)).toMatchObject({
      shadowRoot: false,
      closedRootReopened: false,
      countryInDocument: false,
      countryInHost: false,
    });
    await panel(page).locator('.close-btn').click();
    await expect.poll(() => isOpen(page)).toBe(false);
    await page.close();
  });

  it('cannot pause or switch off by clicks, keys or focus while the panel is open', async () => {
    const page = await probe();
    await panel(page).locator('.tab').click();
    await expect.poll(() => isOpen(page)).toBe(true);
    await attack(page, 'click');
    const seen = (await attack(page, 'focus')) as { focusedHost: boolean };
    // The page could focus only the host itself; the reader's Enter and Space press nothing.
    expect(seen.focusedHost).toBe(true);
    await page.keyboard.press('Enter');
    await page.keyboard.press(' ');
    await page.waitForTimeout(1000);
    expect(await page.locator(HOST).count()).toBe(1); // not dismissed
    expect(s.context.pages().filter((p) => p.url().includes('composer.html'))).toEqual([]);
    expect(await stillRuns()).toBe(true);
    await panel(page).locator('.close-btn').click();
    await expect.poll(() => isOpen(page)).toBe(false);
    await page.close();
  });

  it('cannot restyle the panel into an invisible layer under the reader’s next click', async () => {
    const page = await probe();
    await panel(page).locator('.tab').click();
    await expect.poll(() => isOpen(page)).toBe(true);
    const before = await settledBox(page, '.pause-btn');
    await attack(page, 'restyle');
    // The host's attributes are put back and it is in the top layer again: the same box.
    await expect
      .poll(() =>
        page.evaluate(
          (tag) => document.querySelector(tag)?.matches(':popover-open') ?? false,
          HOST,
        ),
      )
      .toBe(true);
    expect(await settledBox(page, '.pause-btn')).toEqual(before);
    expect(
      await page.evaluate((tag) => document.querySelector(tag)!.getAttribute('class'), HOST),
    ).toBeNull();

    // Moved into a transparent, scaled container: the buttons are where the reader cannot see
    // them. A real click there does nothing.
    await attack(page, 'wrap');
    const hidden = await panel(page).locator('.pause-btn').boundingBox();
    expect(hidden).not.toEqual(before);
    await page.mouse.click(hidden!.x + hidden!.width / 2, hidden!.y + hidden!.height / 2);
    const write = await panel(page).locator('.write-btn').boundingBox();
    await page.mouse.click(write!.x + write!.width / 2, write!.y + write!.height / 2);
    await page.waitForTimeout(1000);
    // Not paused: no "paused" toast in place of the panel.
    expect(await panel(page).locator('.toast').count()).toBe(0);
    expect(s.context.pages().filter((p) => p.url().includes('composer.html'))).toEqual([]);
    expect(await stillRuns()).toBe(true);
    await page.close();
  });

  it('shows the panel for the visible article (the control page)', async () => {
    const page = await s.newPage(s.server.url('/attack/hidden-none.html'));
    await expect.poll(() => page.evaluate('window.__sawPanel'), { timeout: 15000 }).toBe(true);
    await page.close();
  });

  for (const how of Object.keys(HIDING).filter((h) => h !== 'none'))
    it(`shows no panel for treaty text hidden by a stylesheet (${how})`, async () => {
      const page = await s.newPage(s.server.url(`/attack/hidden-${how}.html`));
      // Long enough for detection, the stylesheet that comes late, and a retry after load.
      await page.waitForTimeout(how === 'late' ? 5000 : 3500);
      expect(await page.evaluate('window.__sawPanel')).toBe(false);
      expect(await page.locator(HOST).count()).toBe(0);
      await page.close();
    });
});
