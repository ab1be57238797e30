// The safety notice in real Chromium (issue 13, item 11): a letter to the government of a state
// rated Not Free waits for the reader's answer. In the full composer the reader types their name
// key by key, chooses "Send without my name", and the letter (and the ledger's copy of it)
// carries the template's anonymous signature, not the name. In the popup composer the same
// notice holds the send buttons, and "Don't send" sends nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from '../harness';
import { templateFor } from '../../../lib/letters';

/** Bodies of the letters in the extension's IndexedDB. */
function bodies(p: Page): Promise<string[]> {
  return p.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('treaty-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction('letters').objectStore('letters').getAll();
          req.onsuccess = () => {
            db.close();
            resolve((req.result as { body: string }[]).map((l) => JSON.stringify(l)));
          };
          req.onerror = () => reject(req.error);
        };
      }),
  );
}

describe('safety notice (Chromium)', () => {
  let s: ChromiumSession;

  beforeAll(async () => {
    s = await launchChromium();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('full composer: names the index and its date; "Send without my name" signs anonymously', async () => {
    const page = await s.openExtensionPage('composer.html');
    await page.getByTestId('sender-name').waitFor({ timeout: 15000 });
    await page.selectOption('[data-testid=country]', 'RU');
    const notice = page.getByTestId('safety-notice');
    await notice.waitFor({ timeout: 15000 });
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain('Freedom House, Freedom in the World 2025');
    expect(text).toMatch(/February 26, 2025|26 February 2025/);
    expect(text).toContain('Russia');
    expect(await page.getByTestId('send-clipboard').count()).toBe(0);

    await page.getByTestId('sender-name').click();
    await page.keyboard.type('Ada Lovelace', { delay: 15 });
    await expect
      .poll(async () => (await page.getByTestId('preview').textContent()) ?? '', { timeout: 10000 })
      .toContain('Ada Lovelace');

    await page.getByTestId('safety-anonymous').click();
    const lang = await page.getByTestId('letter-lang').inputValue();
    const signature = templateFor(lang, 'RU').anonymous_signature;
    await expect
      .poll(async () => (await page.getByTestId('preview').textContent()) ?? '', { timeout: 10000 })
      .toContain(signature);
    expect(await page.getByTestId('preview').textContent()).not.toContain('Ada Lovelace');
    expect(await page.getByTestId('send-phone').count()).toBe(0);

    await page.getByTestId('send-clipboard').click();
    await page.getByTestId('handoff-state').waitFor({ timeout: 10000 });
    const stored = await bodies(page);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toContain(signature);
    expect(stored[0]).not.toContain('Ada Lovelace');
    await page.close();
  });

  it('popup composer: the notice holds the send buttons, and "Don\'t send" sends nothing', async () => {
    const popup = await s.openExtensionPage('popup.html');
    await popup.getByTestId('why').waitFor({ timeout: 15000 });
    // "Who I am" is folded in the popup once it is filled in (the first test filled it).
    const who = popup.locator('details:has([data-testid=country]) > summary');
    if (!(await popup.getByTestId('country').isVisible())) await who.click();
    await popup.selectOption('[data-testid=country]', 'CN');
    const notice = popup.getByTestId('safety-notice');
    await notice.waitFor({ timeout: 15000 });
    expect(await notice.textContent()).toContain('China');
    expect(await popup.getByTestId('send-clipboard').count()).toBe(0);
    const before = (await bodies(popup)).length;
    await popup.getByTestId('safety-decline').click();
    await popup.getByTestId('safety-declined').waitFor({ timeout: 10000 });
    expect(await popup.getByTestId('send-clipboard').count()).toBe(0);
    expect((await bodies(popup)).length).toBe(before);
    // Changing one's mind: with the name, the send buttons come back.
    await popup.getByTestId('safety-named').click();
    await popup.getByTestId('send-clipboard').waitFor({ timeout: 10000 });
    await popup.close();
  });
});
