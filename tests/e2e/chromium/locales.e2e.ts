// Every UI language opens every extension page (issue 18, item 2: Chinese crashed the popup
// and the composer with `RangeError: Invalid language tag: zh_CN`, and only the title rendered).
// For each folder under locales/, the language is chosen the way a reader chooses it (the
// options page's "Interface language"), then popup, composer, ledger and options are opened:
// each must speak that language, log no error (the harness fails the test on any error in an
// extension context) and have its first control visible, enabled and focusable. A second
// browser started in Chinese (no language chosen) checks the browser-language path.
import { readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from '../harness';
import { chooseUiLanguage, openOptions } from '../ui-language';

/** Every UI language the project ships: the folders of locales/. */
const LOCALES = readdirSync('locales', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

const PAGES = ['popup.html', 'composer.html', 'ledger.html', 'options.html'] as const;

/** The first control a reader can reach on the page. */
const FIRST_CONTROL =
  '#app :is(button, input:not([type=hidden]), select, textarea, a[href], summary):visible';

/** Wait for the page's first control; check it is enabled and takes focus. */
async function firstControlUsable(p: Page): Promise<void> {
  const first = p.locator(FIRST_CONTROL).first();
  await first.waitFor({ state: 'visible', timeout: 20000 });
  expect(await first.isEnabled()).toBe(true);
  await first.focus();
  expect(await first.evaluate((el) => document.activeElement === el)).toBe(true);
}

/** Open each page; assert it speaks `lang`, renders past its title and logs nothing. */
async function openEveryPage(s: ChromiumSession, lang: string): Promise<void> {
  for (const path of PAGES) {
    const p = await s.openExtensionPage(path);
    await firstControlUsable(p);
    expect(await p.evaluate(() => document.documentElement.lang), path).toBe(
      lang.replace('_', '-'),
    );
    // More than a title: the page's body text is there (the crash left only the title).
    const text = await p.locator('#app').innerText();
    expect(text.length, `${path} in ${lang}`).toBeGreaterThan(40);
    expect(s.problems, `${path} in ${lang}`).toEqual([]);
    await p.close();
  }
}

describe('every UI language opens every page (Chromium)', () => {
  let s: ChromiumSession;
  let options: Page;

  beforeAll(async () => {
    s = await launchChromium();
    options = await openOptions(s);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('ships at least English, Arabic and Chinese', () => {
    expect(LOCALES).toEqual(expect.arrayContaining(['en', 'ar', 'zh_CN']));
  });

  for (const lang of LOCALES) {
    it(`${lang}: popup, composer, ledger and options open, speak it and log no error`, async () => {
      // Chosen as a reader does: the options page's interface-language menu.
      await chooseUiLanguage(options, lang);
      await openEveryPage(s, lang);
    });
  }
});

describe('a browser whose own language is Chinese (Chromium)', () => {
  let s: ChromiumSession;

  beforeAll(async () => {
    s = await launchChromium({ locale: 'zh-CN' });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('opens popup, composer, ledger and options in Chinese without an error', async () => {
    const p = await s.openExtensionPage('options.html');
    const ui = await p.evaluate(() =>
      (
        globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }
      ).chrome.i18n.getUILanguage(),
    );
    await p.close();
    // Only meaningful if the browser really reports Chinese; the harness passes --lang.
    expect(ui.toLowerCase()).toMatch(/^zh/);
    await openEveryPage(s, 'zh_CN');
  });
});
