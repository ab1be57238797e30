// The user's controls over when Treaty Lens reads pages, end to end: "Only when I click" (nothing
// runs until asked; then the panel appears in that tab), a site switched off (nothing runs there,
// until it is switched back on), and the 24-hour pause (nothing runs anywhere until it ends).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from '../harness';
import { panel, panelRendered } from '../panel-root';
import { replaceSettings } from '../settings-record';

const HOST = 'treaty-lens-panel';
const ARTICLE = '/demo/en-un-treaty-vote.html';

describe('modes, site switches and pause (Chromium)', () => {
  let s: ChromiumSession;
  let ext: Page;

  /** Replace the stored settings (the options page writes the same record). */
  const settings = (value: Record<string, unknown>) => replaceSettings(ext, value);
  /** Open the article and give a detector that would run every chance to show the panel. */
  const visit = async (): Promise<Page> => {
    const page = await s.newPage(s.server.url(ARTICLE));
    await page.waitForTimeout(2500);
    return page;
  };
  const panels = (p: Page) => p.locator(HOST).count();
  const shows = (p: Page) => panelRendered(p);

  beforeAll(async () => {
    s = await launchChromium();
    ext = await s.openExtensionPage('options.html');
    await ext.waitForLoadState('load');
    // The background creates the database at install; wait for it (no expect.poll outside tests).
    const ready = () =>
      ext.evaluate(
        () =>
          new Promise<boolean>((done) => {
            const open = indexedDB.open('treaty-lens');
            open.onsuccess = () => {
              const ok = open.result.objectStoreNames.contains('settings');
              open.result.close();
              done(ok);
            };
            open.onerror = () => done(false);
          }),
      );
    for (let i = 0; i < 50 && !(await ready()); i++) await ext.waitForTimeout(200);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('automatic mode (the default) shows the panel on a matching article', async () => {
    await settings({ mode: 'auto' });
    const page = await visit();
    await shows(page);
    expect(await panels(page)).toBe(1);
    await page.close();
  });

  it('"Only when I click": nothing until the user asks, then the panel in that tab only', async () => {
    await settings({ mode: 'click' });
    const page = await visit();
    const other = await visit();
    expect(await panels(page)).toBe(0);
    expect(await panels(other)).toBe(0);
    // The reader opens the popup over the page: in this mode that is the click, and the popup
    // checks the page at once. (The toolbar popup cannot be clicked from a test; popup.html
    // opened in a tab checks the tab the reader came from.)
    await page.bringToFront();
    const popup = await s.openExtensionPage('popup.html');
    const status = popup.getByRole('status').first();
    // On a loaded machine one run can exceed the detector's budget and give up (no match); the
    // reader would press "Check this page" again, so the test may too (see docs/security.md).
    await expect
      .poll(
        async () => {
          const text = (await status.textContent()) ?? '';
          if (/does not mention/.test(text)) await popup.getByTestId('check-page').click();
          return text;
        },
        { timeout: 20000, interval: 1000 },
      )
      .toMatch(/mentions the UN Convention against Cybercrime/);
    await popup.close();
    await shows(page);
    expect(await panels(page)).toBe(1);
    await other.waitForTimeout(1000);
    expect(await panels(other)).toBe(0);
    await Promise.all([page.close(), other.close()]);
  });

  it('a site switched off stays off (across reloads) until it is switched back on', async () => {
    await settings({ mode: 'auto', disabledSites: ['127.0.0.1'] });
    const page = await visit();
    expect(await panels(page)).toBe(0);
    await page.reload();
    await page.waitForTimeout(2500);
    expect(await panels(page)).toBe(0);
    await settings({ mode: 'auto', disabledSites: [] });
    await page.reload();
    await shows(page);
    await page.close();
  });

  it('a pause stops detection everywhere until it ends', async () => {
    await settings({ pausedUntil: new Date(Date.now() + 60 * 60 * 1000).toISOString() });
    const page = await visit();
    expect(await panels(page)).toBe(0);
    await settings({ pausedUntil: new Date(Date.now() - 1000).toISOString() });
    await page.reload();
    await shows(page);
    await page.close();
  });

  it('"Pause for 24 hours" from the panel takes effect at once and is stored', async () => {
    await settings({});
    const page = await visit();
    await shows(page);
    if ((await panel(page).locator('.frame').getAttribute('data-open')) !== 'true')
      await panel(page).locator('.tab').click();
    await panel(page).locator('.pause-btn').click();
    // The toast comes once the background stored the pause: only then is the next page checked.
    await panel(page).locator('.undo-btn').waitFor({ timeout: 10000 });
    const next = await visit();
    expect(await panels(next)).toBe(0);
    await Promise.all([page.close(), next.close()]);
    await settings({});
  });
});
