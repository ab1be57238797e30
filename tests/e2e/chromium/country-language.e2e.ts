// Issue 18 items 5 and 6, as readers meet them in Chromium.
// 5: a reader with an English interface who says they are in Germany writes to German
//    recipients in German (the offices' language), sees "Letter in: Deutsch" beside the letter,
//    and can switch the letter to English there.
// 6: the country is asked once, at the first letter, with the browser locale's guess (en-US:
//    United States) preselected; nothing stores the guess as an answer and the options name it
//    as a guess; once answered, the popup says "Your country: X · Change". Typed key by key in
//    English, Arabic and Chinese interfaces.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from '../harness';
import { firstVisit } from '../settings-record';
import { chooseUiLanguage, openOptions } from '../ui-language';

/** The country the settings hold (what the options page shows). */
const storedCountry = async (options: Page) => {
  await options.reload();
  await options.locator('#tlo-country').waitFor({ timeout: 20000 });
  return options.locator('#tlo-country').inputValue();
};

const focused = (p: Page) =>
  p.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'BODY';
    return el.getAttribute('data-testid') ?? el.tagName;
  });

describe('letter language and the reader’s country (Chromium)', () => {
  let s: ChromiumSession;
  let options: Page;

  beforeAll(async () => {
    s = await launchChromium();
    options = await openOptions(s);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('an English-interface reader in Germany writes to German recipients in German, and can switch beside the letter', async () => {
    await chooseUiLanguage(options, 'en');
    await firstVisit(options);
    const c = await s.openExtensionPage('composer.html');
    await c.getByTestId('country-question').waitFor({ timeout: 20000 });
    // The question answered with the keyboard: Germany in the picker.
    await c.getByTestId('country-ask').selectOption('DE');
    await expect.poll(() => c.getByTestId('country-question').count()).toBe(0);
    expect(await focused(c)).toBe('country');
    await c.getByTestId('sender-name').pressSequentially('Erika Muster', { delay: 30 });
    // German recipients are suggested and the letter to them is in German.
    const preview = c.getByTestId('preview');
    await preview.waitFor({ timeout: 20000 });
    expect(await c.getByTestId('letter-lang').inputValue()).toBe('de');
    expect(await preview.getAttribute('lang')).toBe('de');
    expect(await preview.innerText()).toMatch(/Sehr geehrte|Erika Muster/);
    const line = await c.getByTestId('letter-lang-line').innerText();
    expect(line).toMatch(/Letter in/);
    expect(line).toMatch(/Deutsch/);
    expect(line).toMatch(/Germany/);
    const order = await c
      .getByTestId('letter-lang')
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(order.slice(0, 2)).toEqual(['de', 'en']);
    // Switched to English beside the letter.
    await c.getByTestId('letter-lang').selectOption('en');
    await expect.poll(() => preview.getAttribute('lang')).toBe('en');
    expect(await preview.innerText()).toMatch(/Dear /);
    expect(await c.getByTestId('letter-lang-why').innerText()).toMatch(/work in Deutsch/);
    expect(await storedCountry(options)).toBe('DE');
    await c.close();
  });

  it('the default German letter to an MEP goes whole in the mailto: link (issue 18 item 7)', async () => {
    const c = await s.openExtensionPage('composer.html');
    await c.getByTestId('preview').waitFor({ timeout: 20000 });
    await c.getByTestId('letter-lang').selectOption('de');
    // Only one MEP selected: the letter shown is theirs.
    await c.locator('input[data-testid^="recipient-mep-"]').first().check({ timeout: 10000 });
    const others = c.locator(
      'input[data-testid^="recipient-"]:checked:not([data-testid^="recipient-mep-"])',
    );
    // By id, and a click (not uncheck): an unchosen row past the first few leaves the list.
    for (const id of await others.evaluateAll((es) => es.map((e) => e.id)))
      await c.locator(`[id="${id}"]`).click({ timeout: 10000 });
    await expect.poll(() => others.count()).toBe(0);
    await c.getByTestId('send-mailto').waitFor({ timeout: 10000 });
    // On Linux the mailto: link carries the body: nothing to say before the click.
    expect(await c.getByTestId('body-will-copy').count()).toBe(0);
    const before = s.handoffs().length;
    await c.getByTestId('send-mailto').click();
    await expect.poll(() => s.handoffs().length, { timeout: 30000 }).toBe(before + 1);
    const url = s.handoffs().at(-1)!;
    const body = new URL(url).searchParams.get('body') ?? '';
    expect(body).toMatch(/Erika Muster/);
    expect(body.split(/\s+/).length).toBeGreaterThan(300);
    expect(url.length).toBeGreaterThan(2000);
    await c.close();
  });

  for (const r of [
    { lang: 'en', name: 'Ada Lovelace', us: /United States/ },
    { lang: 'ar', name: 'سارة أحمد', us: /الولايات المتحدة/ },
    { lang: 'zh_CN', name: '王小明', us: /美国/ },
  ] as const) {
    it(`popup (${r.lang}): asked once with the guess preselected, then "Your country" with Change`, async () => {
      await chooseUiLanguage(options, r.lang);
      await firstVisit(options);
      // Before the reader answers, the options name the guess, never "not chosen".
      expect(await storedCountry(options)).toBe('');
      expect(await options.getByTestId('country-guess').innerText()).toMatch(r.us);
      const popup = await s.openExtensionPage('popup.html');
      await popup.getByTestId('country-question').waitFor({ timeout: 20000 });
      expect(await popup.getByTestId('country-ask').inputValue()).toBe('US');
      expect(await popup.getByTestId('country-question').innerText()).toMatch(r.us);
      // Typing first: the guess is not stored as the answer.
      await popup.getByTestId('sender-name').click();
      await popup.getByTestId('sender-name').pressSequentially(r.name, { delay: 40 });
      expect(await popup.getByTestId('sender-name').inputValue()).toBe(r.name);
      expect(await focused(popup)).toBe('sender-name');
      await popup.waitForTimeout(600);
      expect(await storedCountry(options)).toBe('');
      // "Yes, that's my country" with the keyboard.
      await popup.getByTestId('country-confirm').focus();
      await popup.keyboard.press('Enter');
      await popup.getByTestId('your-country').waitFor({ timeout: 10000 });
      expect(await popup.getByTestId('your-country').innerText()).toMatch(r.us);
      expect(await focused(popup)).toBe('your-country-change');
      expect(await storedCountry(options)).toBe('US');
      await popup.close();
      // Asked once: the next visit shows the answer, and Change picks another.
      const again = await s.openExtensionPage('popup.html');
      await again.getByTestId('your-country').waitFor({ timeout: 20000 });
      expect(await again.getByTestId('country-question').count()).toBe(0);
      await again.getByTestId('your-country-change').click();
      expect(await focused(again)).toBe('your-country-pick');
      await again.getByTestId('your-country-pick').selectOption('KE');
      await expect.poll(() => again.getByTestId('your-country').innerText()).not.toMatch(r.us);
      expect(await again.getByTestId('country').inputValue()).toBe('KE');
      expect(await storedCountry(options)).toBe('KE');
      // The popup leads to the options.
      expect(await again.getByTestId('popup-options').getAttribute('href')).toMatch(
        /options\.html/,
      );
      await again.close();
    });
  }
});
