// The composer in real Chromium: opened with a fixture article's context (as the panel does); the user picks a recipient, writes, and sends by mailto: (captured at the OS hand-off
// and decoded per RFC 6068), by a Gmail compose link and by copying; "I sent it" records the
// letter. A draft typed in the popup survives closing and reopening it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatViolations, runAxe } from '../axe';
import { launchChromium, type ChromiumSession } from '../harness';
import { parseMailto } from '../../../lib/letters/channels';
import { encodeContext } from '../../../lib/letters/context';

interface StoredLetter {
  id: string;
  state: string;
  channel?: string;
  subject: string;
  body: string;
  recipient: { id: string; name: string; email?: string };
  article?: { url: string; title: string };
  history: { state: string; channel?: string }[];
}

/** Letters in the extension's IndexedDB, oldest first (read with the raw API, as the ledger would). */
function letters(p: Page): Promise<StoredLetter[]> {
  return p.evaluate(
    () =>
      new Promise<StoredLetter[]>((resolve, reject) => {
        const open = indexedDB.open('treaty-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction('letters').objectStore('letters').getAll();
          req.onsuccess = () => {
            db.close();
            const all = req.result as (StoredLetter & { createdAt: string })[];
            resolve(all.sort((a, b) => a.createdAt.localeCompare(b.createdAt)));
          };
          req.onerror = () => reject(req.error);
        };
      }),
  );
}

describe('composer (Chromium)', () => {
  let s: ChromiumSession;
  let composer: Page;
  const why = 'Ich schreibe aus Leeds — مرحبا 👋🏽 & "quotes" ?x=1&bcc=no@example.org';

  beforeAll(async () => {
    s = await launchChromium();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('opens with the article context, sends by mailto: exactly, and records "I sent it"', async () => {
    // The panel's "Write to my government" opens exactly this URL (panel.e2e.ts checks that
    // hop); here the composer takes over from the article context it carries.
    const url = s.server.url('/demo/en-un-treaty-vote.html');
    const page = await s.newPage(url);
    const ctx = encodeContext({
      url,
      title: await page.title(),
      outlet: 'The Daily Meridian',
      passage: 'MPs press government to hold off on the UN cybercrime treaty.',
      lang: 'en',
    });
    composer = await s.openExtensionPage(`composer.html?ctx=${ctx}`);
    await composer.getByTestId('sender-name').waitFor({ timeout: 15000 });
    expect(new URL(composer.url()).pathname).toBe('/composer.html');
    expect(await composer.getByTestId('cite-article').isChecked()).toBe(true);

    await composer.selectOption('[data-testid=country]', 'GB');
    await composer.getByTestId('constituency-search').fill('Leeds Central');
    await composer.locator('.tlc-result').first().click();
    const mp = composer.locator('[data-testid^="recipient-uk-mp-"]');
    await expect.poll(() => mp.count(), { timeout: 10000 }).toBe(1);
    expect(await mp.isChecked()).toBe(true);
    await composer.getByTestId('sender-name').fill('Ada Lovelace');
    await composer.getByTestId('why').fill(why);
    // A short letter, so that the whole body fits in the mailto: link.
    const checked = composer.locator('[data-testid^="concern-"]:checked');
    while ((await checked.count()) > 0) await checked.first().uncheck();
    await expect
      .poll(() => composer.getByTestId('preview').textContent())
      .toContain('Ada Lovelace');

    await composer.getByTestId('send-mailto').click();
    await expect
      .poll(() => s.handoffs().filter((h) => h.startsWith('mailto:')).length, { timeout: 30000 })
      .toBe(1);
    const mail = parseMailto(s.handoffs().find((h) => h.startsWith('mailto:'))!);
    await expect.poll(async () => (await letters(composer)).length).toBe(1);
    const [rec] = await letters(composer);
    expect(rec!.state).toBe('handed_off');
    expect(rec!.channel).toBe('mailto');
    expect(mail.to).toEqual([rec!.recipient.email]);
    expect(mail.to[0]).toMatch(/@parliament\.uk$/);
    expect(Object.keys(mail.headers).sort()).toEqual(['body', 'subject']);
    expect(mail.headers['subject']).toBe(
      'Please do not support ratification of the UN Convention against Cybercrime',
    );
    expect(mail.headers['body']).toBe(rec!.body.replace(/\n/g, '\r\n'));
    expect(rec!.body).toContain(why);
    expect(rec!.body).toMatch(/^Dear .+ MP,\n\n/);
    expect(rec!.body).toContain(
      `“${await page.title()}” (${new URL(url).hostname}, ${url}), which reports: “MPs press government to hold off on the UN cybercrime treaty.”`,
    );
    expect(rec!.body.endsWith('Yours sincerely,\nAda Lovelace')).toBe(true);
    expect(rec!.article?.url).toBe(url);

    await composer.getByTestId('confirm-sent').click();
    await expect.poll(async () => (await letters(composer))[0]!.state).toBe('sent');
    expect(await composer.getByTestId('handoff-state').textContent()).toMatch(/Recorded as sent/);
    await page.close();
  });

  it('sends by a Gmail compose link carrying To, Subject and Body', async () => {
    await composer.getByTestId('concern-serious-crime').check();
    // Answer Gmail locally: the test checks the link, not Google.
    let requested = '';
    await s.context.route('https://mail.google.com/**', (route) => {
      requested ||= route.request().url();
      return route.fulfill({ contentType: 'text/plain', body: 'gmail stub' });
    });
    const opened = s.context.waitForEvent('page', { timeout: 15000 });
    await composer.getByTestId('send-gmail').click();
    const gmail = await opened;
    await expect.poll(() => requested, { timeout: 10000 }).not.toBe('');
    await gmail.close();
    const link = new URL(requested);
    expect(link.origin + link.pathname).toBe('https://mail.google.com/mail/');
    await expect.poll(async () => (await letters(composer)).length).toBe(2);
    const rec = (await letters(composer))[1]!;
    expect(rec.channel).toBe('gmail');
    expect(rec.state).toBe('handed_off');
    expect(link.searchParams.get('to')).toBe(rec.recipient.email);
    expect(link.searchParams.get('su')).toBe(rec.subject);
    expect(link.searchParams.get('body')).toBe(rec.body.replace(/\n/g, '\r\n'));
    expect(rec.body).toMatch(/Article 2\(h\)/);
    await composer.getByTestId('confirm-sent').click();
    await expect.poll(async () => (await letters(composer))[1]!.state).toBe('sent');
  });

  it('copies the letter to the clipboard and records the hand-off', async () => {
    await composer.getByTestId('send-clipboard').click();
    await expect.poll(async () => (await letters(composer)).length).toBe(3);
    const rec = (await letters(composer))[2]!;
    expect(rec.channel).toBe('clipboard');
    // Read the clipboard the way a user would: paste it into a text field of a web page.
    const page = await s.newPage(s.server.url('/pages/plain.html'));
    await page.evaluate(() => {
      const ta = document.createElement('textarea');
      ta.id = 'paste-here';
      document.body.prepend(ta);
    });
    await page.locator('#paste-here').focus();
    await page.keyboard.press('Control+V');
    const clip = await page.locator('#paste-here').inputValue();
    await page.close();
    expect(clip).toBe(rec.body);
    expect(clip).toContain(why);
    await composer.getByTestId('confirm-sent').click();
    await expect.poll(async () => (await letters(composer))[2]!.state).toBe('sent');
  });

  it('keeps a draft typed in the popup when the popup closes and reopens', async () => {
    const popup = await s.openExtensionPage('popup.html');
    await popup.getByTestId('why').waitFor({ timeout: 15000 });
    const text = 'Typed in the popup, then it lost focus ✓ — نص';
    await popup.getByTestId('why').fill(text);
    await popup.close();
    const again = await s.openExtensionPage('popup.html');
    await again.getByTestId('why').waitFor({ timeout: 15000 });
    expect(await again.getByTestId('why').inputValue()).toBe(text);
    await again.close();
  });

  it('has no serious accessibility violations, in the full composer and in the popup, light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      for (const path of ['composer.html', 'popup.html']) {
        const p = await s.openExtensionPage(path);
        await p.emulateMedia({ colorScheme: scheme });
        await p.getByTestId('why').waitFor({ timeout: 15000 });
        const bad = await runAxe(p);
        expect(bad, `${path} (${scheme}): ${formatViolations(bad)}`).toEqual([]);
        await p.close();
      }
    }
  });
});
