// Dismissals, the popup's status line and the panel's primary action (issue 18, items 10, 11,
// 13, 14): "Don't show on this site" and "Pause 24h" leave a toast with Undo that stays until
// used or closed; the "Off" mode reads no page until turned back on from the popup; the popup
// links to the options and says how many letters wait for a reply check, and an article tab's
// own badge keeps that count; "Write to my government" is among the first tab stops of the
// panel; the popup's click-mode status is not squeezed into a thin column.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeFollowUpsDue } from '../follow-ups';
import { launchChromium, type ChromiumSession } from '../harness';
import { HOST, panel, panelRendered } from '../panel-root';

const ARTICLE = '/demo/en-un-treaty-vote.html';

type Chrome = {
  action: { getBadgeText(d: object): Promise<string> };
  tabs: { query(q: object): Promise<{ id: number; url?: string }[]> };
};

describe('dismissals, Off mode and the popup status (Chromium)', () => {
  let s: ChromiumSession;
  let ext: Page;

  /** The stored settings record (what the options page writes). */
  const stored = () =>
    ext.evaluate(
      () =>
        new Promise<Record<string, unknown>>((done, fail) => {
          const open = indexedDB.open('treaty-lens');
          open.onerror = () => fail(open.error);
          open.onsuccess = () => {
            const req = open.result.transaction('settings').objectStore('settings').get('settings');
            req.onsuccess = () => {
              open.result.close();
              done((req.result as { value?: Record<string, unknown> } | undefined)?.value ?? {});
            };
          };
        }),
    );

  const openPanel = async (): Promise<Page> => {
    const page = await s.newPage(s.server.url(ARTICLE));
    await panelRendered(page);
    if ((await panel(page).locator('.frame').getAttribute('data-open')) !== 'true')
      await panel(page).locator('.tab').click();
    await panel(page).locator('.write-btn').waitFor();
    return page;
  };

  beforeAll(async () => {
    s = await launchChromium();
    ext = await s.openExtensionPage('options.html');
    await ext.locator('#tlo-ui-lang').waitFor({ timeout: 20000 });
  });
  afterAll(async () => {
    await s?.close();
  });

  for (const which of ['site-off', 'pause'] as const) {
    it(`"${which}": the toast keeps its Undo until used, and Undo takes the choice back`, async () => {
      const page = await openPanel();
      await panel(page).locator(`.${which}-btn`).click();
      const undo = panel(page).locator('.undo-btn');
      await undo.waitFor();
      // Focus went to Undo (the pressed button left with the panel), not to <body>.
      expect(await panel(page).evaluate((root) => root?.activeElement?.className)).toContain(
        'undo-btn',
      );
      const choice = await stored();
      expect(which === 'site-off' ? choice['disabledSites'] : choice['pausedUntil']).toBeTruthy();
      // Still there well after the old 4-second removal.
      await page.waitForTimeout(6000);
      expect(await undo.boundingBox()).not.toBeNull();
      await undo.click();
      await panel(page).locator('.write-btn').waitFor();
      await expect
        .poll(async () => {
          const after = await stored();
          return which === 'site-off' ? after['disabledSites'] : after['pausedUntil'];
        })
        .toEqual(which === 'site-off' ? [] : null);
      // The site reads again.
      await page.reload();
      await panelRendered(page);
      await page.close();
    });
  }

  it('the panel: "Write to my government" within the first four tab stops', async () => {
    const page = await openPanel();
    await panel(page).locator('#tl-title').focus();
    const stops: string[] = [];
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      stops.push(await panel(page).evaluate((root) => root?.activeElement?.className ?? 'outside'));
    }
    expect(
      stops.some((c) => c.includes('write-btn')),
      stops.join(' | '),
    ).toBe(true);
    await page.close();
  });

  it('"Off" reads no page until the popup turns Treaty Lens back on; the popup links to the options', async () => {
    await ext.bringToFront();
    await ext.getByRole('radio', { name: /^Off/ }).click();
    await expect.poll(async () => (await stored())['mode']).toBe('off');
    const page = await s.newPage(s.server.url(ARTICLE));
    await page.waitForTimeout(2500);
    expect(await page.locator(HOST).count()).toBe(0);

    const popup = await s.openExtensionPage('popup.html');
    await popup.getByTestId('popup-off').waitFor({ timeout: 20000 });
    const href = await popup.getByTestId('popup-options').getAttribute('href');
    expect(href).toMatch(/\/options\.html$/);
    await popup.getByTestId('popup-off').getByRole('button').click();
    await expect.poll(async () => (await stored())['mode']).toBe('auto');
    await popup.close();
    await page.reload();
    await panelRendered(page);
    await page.close();
  });

  it('the popup: "Only when I click" status is laid out full width, not in a thin column', async () => {
    await ext.bringToFront();
    await ext.getByRole('radio', { name: /^Only when I click/ }).click();
    await expect.poll(async () => (await stored())['mode']).toBe('click');
    const article = await s.newPage(s.server.url(ARTICLE));
    const popup = await s.openExtensionPage('popup.html');
    await popup.setViewportSize({ width: 400, height: 700 });
    const hint = popup.locator('.tlc-check-hint');
    await hint.waitFor({ timeout: 20000 });
    const box = await hint.boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    await popup.close();
    await article.close();
    await ext.getByRole('radio', { name: /^Automatically/ }).click();
  });

  it('the popup says how many letters wait for a reply check; an article tab keeps the count', async () => {
    const composer = await s.openExtensionPage('composer.html');
    await composer.getByTestId('sender-name').waitFor({ timeout: 20000 });
    await composer.selectOption('[data-testid=country]', 'DE');
    await composer.getByTestId('sender-name').fill('Ada Lovelace');
    await composer.getByTestId('send-clipboard').first().click();
    await composer.getByTestId('confirm-sent').first().click();
    await composer.getByTestId('handoff-state').first().waitFor();
    await composer.close();
    // Fourteen days later, as far as the database and the background's alarm can tell.
    // "I sent it" is written to the database after the composer shows it: wait for the letter.
    await expect.poll(() => makeFollowUpsDue(ext), { timeout: 10000 }).toBe(1);
    const sw = await s.serviceWorker();
    const globalBadge = () =>
      sw.evaluate(() =>
        (globalThis as unknown as { chrome: Chrome }).chrome.action.getBadgeText({}),
      );
    await expect.poll(globalBadge, { timeout: 30000 }).toBe('1');

    const article = await s.newPage(s.server.url(ARTICLE));
    await panelRendered(article);
    const tabBadge = () =>
      sw.evaluate(async (u) => {
        const c = (globalThis as unknown as { chrome: Chrome }).chrome;
        const tab = (await c.tabs.query({})).find((t) => t.url === u);
        return tab ? c.action.getBadgeText({ tabId: tab.id }) : 'no tab';
      }, article.url());
    await expect.poll(tabBadge, { timeout: 10000 }).toBe('1✓');

    const popup = await s.openExtensionPage('popup.html');
    const line = popup.getByTestId('popup-followups');
    await line.waitFor({ timeout: 20000 });
    expect(await line.innerText()).toContain('1 letter waiting for a reply check');
    expect(await line.getByRole('link').getAttribute('href')).toMatch(/\/ledger\.html/);
    await popup.close();
    await article.close();
  });
});
