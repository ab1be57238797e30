// Issue 15: the panel's choices that reach every site — "open on arrival" (saved when the reader
// opens the panel from its tab) and a 24-hour pause — are undone from the toolbar popup, and the
// next matching page follows. Before, the popup named neither.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from '../harness';
import { HOST, panel, panelRendered } from '../panel-root';

const ARTICLE = '/demo/en-un-treaty-vote.html';
const isOpen = async (p: Page) =>
  (await panel(p).locator('.frame').getAttribute('data-open')) === 'true';

describe('the popup undoes what the panel changed for every site (Chromium)', () => {
  let s: ChromiumSession;
  beforeAll(async () => {
    s = await launchChromium();
  });
  afterAll(async () => {
    await s?.close();
  });

  async function article(): Promise<Page> {
    const page = await s.newPage(s.server.url(ARTICLE));
    await panelRendered(page, 20000);
    return page;
  }

  it('"open on arrival": the popup names it, and "Keep it closed" folds the next page', async () => {
    const page = await article();
    expect(await isOpen(page)).toBe(false);
    await panel(page).locator('.tab').click();
    await expect.poll(() => isOpen(page)).toBe(true);
    await page.close();
    // Saved for every site: the next article opens by itself.
    const next = await article();
    await expect.poll(() => isOpen(next)).toBe(true);
    await next.close();

    const popup = await s.openExtensionPage('popup.html');
    await popup.getByTestId('popup-panel-open').waitFor({ timeout: 20000 });
    await popup.getByTestId('popup-panel-fold').click();
    await popup.getByTestId('popup-panel-open').waitFor({ state: 'detached' });
    await popup.close();

    const after = await article();
    await after.waitForTimeout(1000);
    expect(await isOpen(after)).toBe(false);
    await after.close();
  });

  it('a pause from the panel: the popup names it, and "Resume now" brings the panel back', async () => {
    const page = await article();
    await panel(page).locator('.tab').click();
    await expect.poll(() => isOpen(page)).toBe(true);
    await panel(page).locator('.pause-btn').click();
    await panel(page).locator('.undo-btn').waitFor();
    await page.close();
    // Paused everywhere: another article gets no panel.
    const quiet = await s.newPage(s.server.url(ARTICLE));
    await quiet.waitForTimeout(3000);
    expect(await quiet.locator(HOST).count()).toBe(0);
    await quiet.close();

    const popup = await s.openExtensionPage('popup.html');
    const line = popup.getByTestId('popup-paused');
    await line.waitFor({ timeout: 20000 });
    expect(await line.textContent()).toMatch(/^Paused until /);
    await popup.getByTestId('popup-resume').click();
    await line.waitFor({ state: 'detached' });
    await popup.close();

    const back = await article();
    expect(await back.locator(HOST).count()).toBe(1);
    await back.close();
  });
});
