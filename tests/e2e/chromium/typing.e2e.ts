// People type one key at a time (issue 18, item 1): the first keystroke of a name in the popup
// folded "Who I am" away and dropped focus to <body>, so the name was saved as its first letter.
// These tests type key by key, with a delay, as a person does, in English, Arabic and Chinese
// (each with the interface in that language), in the popup, the full composer and the options
// page, and check after the typing that every character arrived, focus never left the field,
// and no section folded while the reader was in it. Then keyboard paths that replace the
// pressed control (picking a constituency, "Change", "I sent it") must keep focus off <body>.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from '../harness';
import { firstVisit } from '../settings-record';
import { chooseUiLanguage, openOptions } from '../ui-language';

const DELAY = 40;

const READERS = [
  { lang: 'en', name: 'Ada Lovelace', city: 'Leeds', why: 'I report on my neighbours.' },
  { lang: 'ar', name: 'سارة أحمد', city: 'القاهرة', why: 'أكتب لأنني صحفية.' },
  { lang: 'zh_CN', name: '王小明', city: '上海', why: '我是一名安全研究人员。' },
] as const;

/** The element that has focus, described (the focused element's test id, or its tag). */
const focused = (p: Page) =>
  p.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'BODY';
    return el.getAttribute('data-testid') ?? el.tagName;
  });

/** Clear a field with the keyboard, then type `text` key by key; focus must stay in it. */
async function typeInto(p: Page, testId: string, text: string): Promise<void> {
  const field = p.getByTestId(testId);
  await field.click();
  await p.keyboard.press('ControlOrMeta+A');
  await p.keyboard.press('Delete');
  await field.pressSequentially(text, { delay: DELAY });
  expect(await focused(p), `focus after typing into ${testId}`).toBe(testId);
  expect(await field.inputValue(), `value of ${testId}`).toBe(text);
}

describe('typing key by key (Chromium)', () => {
  let s: ChromiumSession;
  let options: Page;

  beforeAll(async () => {
    s = await launchChromium();
    options = await openOptions(s);
  });
  afterAll(async () => {
    await s?.close();
  });

  for (const r of READERS) {
    it(`popup (${r.lang}): a name typed letter by letter stays whole, in place and focused`, async () => {
      await chooseUiLanguage(options, r.lang);
      await firstVisit(options);
      const popup = await s.openExtensionPage('popup.html');
      await popup.getByTestId('sender-name').waitFor({ timeout: 20000 });
      // A country, so that the first letter of the name completes "Who I am" (the old trigger).
      await popup.selectOption('[data-testid=country]', 'DE');
      await typeInto(popup, 'sender-name', r.name);
      // Still unfolded, the country picker still reachable, the name field still in the page.
      expect(await popup.locator('[data-testid=country]').isVisible()).toBe(true);
      expect(
        await popup.locator('details.tlc-collapse:has([data-testid=sender-name])').count(),
      ).toBe(0);
      await typeInto(popup, 'why', r.why);
      // Saved whole: reopened, the popup shows the full name (folded now: a new visit).
      await popup.close();
      const again = await s.openExtensionPage('popup.html');
      await again.getByTestId('sender-name').waitFor({ state: 'attached', timeout: 20000 });
      expect(await again.getByTestId('sender-name').inputValue()).toBe(r.name);
      expect(await again.locator('details.tlc-collapse summary').first().innerText()).toContain(
        r.name,
      );
      // Opening the folded section and typing there keeps it open and focused.
      await again.locator('details.tlc-collapse summary').first().click();
      await typeInto(again, 'sender-name', `${r.name}${r.name}`);
      expect(
        await again
          .locator('details.tlc-collapse:has([data-testid=sender-name])')
          .evaluate((d) => (d as HTMLDetailsElement).open),
      ).toBe(true);
      await again.close();
    });

    it(`composer (${r.lang}): name, city and own words typed key by key`, async () => {
      await chooseUiLanguage(options, r.lang);
      const composer = await s.openExtensionPage('composer.html');
      await composer.getByTestId('sender-name').waitFor({ timeout: 20000 });
      await composer.selectOption('[data-testid=country]', 'FR');
      await typeInto(composer, 'sender-name', r.name);
      await typeInto(composer, 'why', r.why);
      await typeInto(composer, 'prompt-local', r.city);
      expect(await composer.getByTestId('sender-name').inputValue()).toBe(r.name);
      await composer.close();
    });

    it(`options (${r.lang}): a recipient's name typed key by key`, async () => {
      await chooseUiLanguage(options, r.lang);
      await options.getByTestId('own-recipient-add').click();
      await typeInto(options, 'own-recipient-name', r.name);
      await typeInto(options, 'own-recipient-role', r.city);
      await options.getByTestId('own-recipient-save').click();
      await expect
        .poll(() => options.getByTestId('own-recipient').allInnerTexts(), { timeout: 10000 })
        .toEqual(expect.arrayContaining([expect.stringContaining(r.name)]));
    });
  }

  it('keyboard: picking a constituency, "Change" and "I sent it" keep focus off <body>', async () => {
    await chooseUiLanguage(options, 'en');
    const c = await s.openExtensionPage('composer.html');
    await c.getByTestId('sender-name').waitFor({ timeout: 20000 });
    await c.selectOption('[data-testid=country]', 'GB');
    const search = c.getByTestId('constituency-search');
    await search.click();
    await search.pressSequentially('Leeds Central', { delay: DELAY });
    const hit = c.locator('.tlc-result').first();
    await hit.waitFor({ timeout: 10000 });
    await hit.focus();
    await c.keyboard.press('Enter');
    await expect.poll(() => focused(c), { timeout: 5000 }).toBe('constituency-change');
    await c.keyboard.press('Enter');
    await expect.poll(() => focused(c), { timeout: 5000 }).toBe('constituency-search');
    await c.getByTestId('constituency-search').pressSequentially('Leeds Central', { delay: DELAY });
    await c.locator('.tlc-result').first().focus();
    await c.keyboard.press('Enter');
    await expect.poll(() => focused(c), { timeout: 5000 }).toBe('constituency-change');

    await typeInto(c, 'sender-name', 'Ada Lovelace');
    // Copy is a send button that does not leave the page.
    const copyBtn = c.getByTestId('send-clipboard').first();
    await copyBtn.focus();
    await c.keyboard.press('Enter');
    await c.getByTestId('confirm-sent').first().waitFor({ timeout: 10000 });
    await expect.poll(() => focused(c), { timeout: 3000 }).toBe('send-clipboard');
    await c.getByTestId('confirm-sent').first().focus();
    await c.keyboard.press('Enter');
    await expect.poll(() => focused(c), { timeout: 5000 }).toBe('handoff-state');
    await c.close();
  });
});
