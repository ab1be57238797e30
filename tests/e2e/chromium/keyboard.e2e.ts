// A keyboard-only journey through the whole extension, as a person who cannot use a mouse
// would make it: read an article → Tab to the panel's tab, Enter → "Write to my government" →
// fill in the composer and send by e-mail (the mailto: hand-off is captured) → confirm it was
// sent → open the ledger → log the reply. Every element focus passes through must show it, and
// axe checks the ledger once it holds a letter and a reply.
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readLocales } from '../../../lib/i18n/check';
import { formatViolations, runAxe } from '../axe';
import { launchChromium, type ChromiumSession } from '../harness';
import { focusStop, tabTo } from '../keyboard';
import { panel, panelRendered } from '../panel-root';

const catalogs = Object.assign(
  {},
  ...Object.values(readLocales(resolve('.'))['en'] ?? {}),
) as Record<string, { message: string }>;
/** The English UI string for a key (so the test follows wording changes). */
const en = (key: string) => catalogs[key]!.message;

const frameOpen = async (p: Page) =>
  (await panel(p).locator('.frame').getAttribute('data-open')) === 'true';

describe('keyboard-only journey (Chromium)', () => {
  let s: ChromiumSession;
  let composer: Page;
  beforeAll(async () => {
    s = await launchChromium();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('reads an article and opens the panel: Tab to its tab, Enter', async () => {
    const article = s.server.url('/demo/en-un-treaty-vote.html');
    const page = await s.newPage(article);
    await panelRendered(page);
    if (await frameOpen(page)) {
      // It opens by default; close it the keyboard way so the journey starts from the tab.
      await tabTo(page, (f) => f.cls.includes('close-btn'));
      await page.keyboard.press('Enter');
      await expect.poll(() => frameOpen(page)).toBe(false);
      await page.reload();
      await panelRendered(page);
      expect(await frameOpen(page)).toBe(false); // remembered
    }
    await tabTo(page, (f) => f.cls.split(/\s+/).includes('tab'));
    await page.keyboard.press('Enter');
    await expect.poll(() => frameOpen(page)).toBe(true);
    // Focus moved into the panel; continue to "Write to my government".
    const write = await tabTo(page, (f) => f.cls.includes('write-btn'));
    expect(write.name).toBe(en('panel_write'));
    const opened = s.context.waitForEvent('page', { timeout: 15000 });
    await page.keyboard.press('Enter');
    composer = await opened;
    await composer.waitForLoadState();
    expect(new URL(composer.url()).pathname).toBe('/composer.html');
  });

  it('writes and sends the letter by e-mail, then confirms it was sent', async () => {
    const page = composer;
    await page.bringToFront();
    await page.locator('[data-testid="country"]').waitFor({ timeout: 15000 });
    await tabTo(page, (f) => f.testid === 'country');
    // Type-ahead in a focused <select>; on a loaded machine a pause between keys restarts the
    // search, so type the name again (still keyboard only) until it lands.
    const country = page.locator('[data-testid="country"]');
    for (let i = 0; i < 4 && (await country.inputValue()) !== 'DE'; i++) {
      await page.waitForTimeout(1200);
      await page.keyboard.type('Germany');
    }
    await expect.poll(() => country.inputValue()).toBe('DE');
    await tabTo(page, (f) => f.testid === 'sender-name');
    await page.keyboard.type('Alex Keyboard');
    // Germany's first choices are its institutions (official websites); add an MEP with Space
    // for an e-mail hand-off.
    await tabTo(page, (f) => f.testid.startsWith('recipient-mep-'));
    await page.keyboard.press('Space');
    const checked = page.locator('input[data-testid^="recipient-mep-"]:checked');
    await expect.poll(() => checked.count()).toBe(1);
    const mepId = await checked.first().getAttribute('id');
    const mepName = (
      await page.locator(`label[for="${mepId}"] .tlc-recipient-name`).innerText()
    ).trim();
    await tabTo(page, (f) => f.testid === 'why');
    await page.keyboard.type(
      'I report security flaws for a living and this treaty puts that at risk.',
    );
    // Arrow along the preview's tabs to the MEP's letter.
    await tabTo(page, (f) => f.cls.includes('tlc-tab'));
    for (let i = 0; i < 6 && !(await focusStop(page))?.name.includes(mepName); i++)
      await page.keyboard.press('ArrowRight');
    const tab = await focusStop(page);
    expect(tab?.cls).toContain('tlc-tab');
    expect(tab?.name).toContain(mepName);
    await tabTo(page, (f) => f.testid === 'send-mailto');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => s.handoffs().filter((h) => h.startsWith('mailto:')), { timeout: 30000 })
      .toHaveLength(1);
    const mailto = new URL(s.handoffs().find((h) => h.startsWith('mailto:'))!);
    expect(mailto.pathname).toMatch(/@europarl\.europa\.eu$/);
    expect(mailto.searchParams.get('subject')).toBeTruthy();
    const body = mailto.searchParams.get('body');
    if (body === null) {
      // Too long for a mail link: the body went to the clipboard, and the reader is told so.
      await expect
        .poll(() => page.getByText(en('composer_body_on_clipboard')).count())
        .toBeGreaterThan(0);
    } else {
      expect(body).toContain('Alex Keyboard');
      expect(body).toContain('I report security flaws for a living');
    }
    await tabTo(page, (f) => f.testid === 'confirm-sent');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('[data-testid="handoff-state"]').first().innerText())
      .toContain(en('composer_state_sent').split(' (')[0]);
  });

  it('opens the ledger and logs the reply, keyboard only', async () => {
    const page = await s.openExtensionPage('ledger.html');
    await page.locator('.tll-row').first().waitFor({ timeout: 15000 });
    await tabTo(page, (f) => f.cls.includes('tll-row'));
    await page.keyboard.press('Enter');
    await page.locator('#tll-detail-h').waitFor();
    await tabTo(page, (f) => f.name === en('ledger_log_reply'));
    await page.keyboard.press('Enter');
    await page.locator('dialog.tll-dialog[open]').waitFor();
    // The dialog takes focus; choose "An answer" with the arrow keys and write a note.
    await tabTo(page, (f) => f.tag === 'input' && f.cls === '' && f.id === '' && f.name === '', {
      max: 5,
    }).catch(() => undefined);
    await tabTo(page, (f) => f.id === 'tll-reply-notes');
    await page.keyboard.type('Promised to raise it in committee.');
    await tabTo(page, (f) => f.name === en('ledger_reply_save'));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('dialog.tll-dialog[open]').count()).toBe(0);
    await expect
      .poll(() => page.locator('.tll-detail').innerText())
      .toContain('Promised to raise it in committee.');
    await expect
      .poll(() => page.locator('.tll-row').first().innerText())
      .toContain(en('ledger_state_replied'));
    const found = await runAxe(page);
    expect(found, formatViolations(found)).toEqual([]);
  });
});
