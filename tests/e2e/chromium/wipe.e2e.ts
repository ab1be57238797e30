// "Delete all my data" removes every copy in every place (issue 18, item 3): the composer's
// localStorage draft survived the wipe, the composer showed it again, and "What is stored" did
// not list it. Every storage area is filled through the UI (the composer typed into and left
// open, a recipient added and the country chosen in the options, a ledger imported, an update
// check run, a follow-up reminder and badge, a tab's mark), "What is stored" must list each,
// then the ledger's "Delete all my data" must leave each empty, and reopening every page must
// show nothing personal.
import { resolve } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeFollowUpsDue } from '../follow-ups';
import { launchChromium, type ChromiumSession } from '../harness';

const FIXTURE = resolve('tests/fixtures/ledger/two-drafts.json');
/** Everything personal this test types or imports: none may be found after the wipe. */
const PERSONAL = [
  'Zelda Quill',
  'Tewkesbury',
  'PERSONAL-WHY-7731',
  'Wanda Witness',
  'Bob Member',
  'Alice Senator',
];

type Chrome = {
  action: { getBadgeText(d: object): Promise<string> };
  notifications: { getAll(): Promise<Record<string, unknown>> };
  alarms: { getAll(): Promise<{ name: string }[]> };
  storage: {
    local: { get(k: null): Promise<Record<string, unknown>> };
    session?: { get(k: null): Promise<Record<string, unknown>> };
  };
  tabs: { query(q: object): Promise<{ id: number; url?: string }[]> };
};

interface Areas {
  idb: Record<string, number>;
  localStorage: string[];
  local: string[];
  session: string[];
  notifications: string[];
  alarms: string[];
  badge: string;
  tabBadges: string[];
  /** Every stored value, as text, to search for personal data. */
  text: string;
}

/** Read every storage area: IndexedDB and localStorage from an extension page, the rest from the worker. */
async function readAreas(page: Page, sw: Worker): Promise<Areas> {
  const fromPage = await page.evaluate(
    () =>
      new Promise<{ idb: Record<string, number>; ls: string[]; text: string }>((done, fail) => {
        const ls = Object.keys(localStorage);
        let text = ls.map((k) => localStorage.getItem(k)).join('\n');
        const open = indexedDB.open('treaty-lens');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = [...db.objectStoreNames];
          const tx = db.transaction(names);
          const idb: Record<string, number> = {};
          for (const n of names) {
            const req = tx.objectStore(n).getAll();
            req.onsuccess = () => {
              idb[n] = (req.result as unknown[]).length;
              text += '\n' + JSON.stringify(req.result);
            };
          }
          tx.oncomplete = () => (db.close(), done({ idb, ls, text }));
          tx.onerror = () => fail(tx.error);
        };
      }),
  );
  const fromWorker = await sw.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: Chrome }).chrome;
    const local = await c.storage.local.get(null);
    const session = (await c.storage.session?.get(null)) ?? {};
    const tabs = await c.tabs.query({});
    const tabBadges = await Promise.all(tabs.map((t) => c.action.getBadgeText({ tabId: t.id })));
    const notes = await c.notifications.getAll();
    return {
      local: Object.keys(local),
      session: Object.keys(session),
      notifications: Object.keys(notes),
      alarms: (await c.alarms.getAll()).map((a) => a.name).sort(),
      badge: await c.action.getBadgeText({}),
      tabBadges: tabBadges.filter(Boolean),
      text: JSON.stringify({ session, notes, localKeys: Object.keys(local) }),
    };
  });
  return {
    idb: fromPage.idb,
    localStorage: fromPage.ls,
    ...fromWorker,
    text: `${fromPage.text}\n${fromWorker.text}`,
  };
}

/** Everything a reader could see or that sits in a field on a page. */
const pageText = (p: Page) =>
  p.evaluate(
    () =>
      document.body.innerText +
      '\n' +
      [...document.querySelectorAll('input, textarea')]
        .map((el) => (el as HTMLInputElement).value)
        .join('\n'),
  );

describe('"Delete all my data" (Chromium)', () => {
  let s: ChromiumSession;
  let ledger: Page;
  let composer: Page;
  let article: Page;
  let sw: Worker;

  beforeAll(async () => {
    s = await launchChromium({ viewport: { width: 1280, height: 900 } });
    sw = await s.serviceWorker();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('fills every area through the UI, and "What is stored" lists each', async () => {
    ledger = await s.openExtensionPage('ledger.html#data');
    // Letters (IndexedDB), through the ledger's import.
    await ledger.locator('input[type=file]').setInputFiles(FIXTURE);
    await ledger.getByTestId('import-confirm').getByRole('button', { name: 'Import' }).click();
    await ledger.getByText('Imported: 2 new').waitFor();

    // Settings and an added recipient, through the options page.
    const options = await s.openExtensionPage('options.html');
    await options.locator('#tlo-country').selectOption('GB');
    await options.getByTestId('own-recipient-add').click();
    await options.getByTestId('own-recipient-name').fill('Wanda Witness');
    await options.getByTestId('own-recipient-save').click();
    await options.getByTestId('own-recipient').first().waitFor();
    // An update check (storage.local): to the fixture server, which has no feed.
    await options.getByRole('button', { name: 'Change address' }).click();
    await options.locator('#tlo-update-url').fill(s.server.url('/no-feed.json'));
    await options.locator('#tlo-update-url').press('Enter');
    await options.getByRole('button', { name: 'Check now' }).click();
    await expect
      .poll(async () => (await readAreas(ledger, sw)).local, { timeout: 15000 })
      .toContain('campaignUpdateState');
    await options.close();

    // The composer, typed into and left open (its localStorage and IndexedDB draft copies).
    composer = await s.openExtensionPage('composer.html');
    await composer.getByTestId('sender-name').waitFor({ timeout: 20000 });
    await composer.getByTestId('sender-name').pressSequentially('Zelda Quill', { delay: 20 });
    await composer.getByTestId('prompt-local').pressSequentially('Tewkesbury', { delay: 20 });
    await composer.getByTestId('why').pressSequentially('PERSONAL-WHY-7731', { delay: 20 });
    // A letter sent from it (copied, then "I sent it"), whose follow-up then falls due (the
    // test moves its date into the past and the background's alarm fires).
    await composer.getByTestId('send-clipboard').first().click();
    await composer.getByTestId('confirm-sent').first().click();
    await composer.getByTestId('handoff-state').first().waitFor();
    // "I sent it" is written to the database after the composer shows it: wait for the letter.
    await expect.poll(() => makeFollowUpsDue(ledger), { timeout: 10000 }).toBe(1);

    // A tab's own mark: an article about the treaty.
    article = await s.newPage(s.server.url('/demo/en-un-treaty-vote.html'));
    await article.locator('treaty-lens-panel').waitFor({ state: 'attached', timeout: 15000 });

    // The reminder: badge count and notification.
    await expect
      .poll(async () => (await readAreas(ledger, sw)).badge, { timeout: 30000 })
      .toBe('1');
    await expect
      .poll(async () => (await readAreas(ledger, sw)).notifications.length, { timeout: 15000 })
      .toBe(1);

    const full = await readAreas(ledger, sw);
    expect(full.idb['letters']).toBe(3);
    expect(full.idb['recipients']).toBe(1);
    expect(full.idb['settings']).toBe(1);
    expect(full.localStorage).toContain('composer.draft');
    // The article tab's own mark keeps the follow-up count in it.
    expect(full.tabBadges).toContain('1✓');
    for (const word of PERSONAL) expect(full.text, word).toContain(word);

    // "What is stored" lists every one of these places, with what is in it now.
    await ledger.goto(s.extensionUrl('ledger.html#stored'));
    const stored = ledger.getByTestId('stored-elsewhere');
    await expect
      .poll(() => ledger.getByTestId('stored-page').innerText())
      .toContain('composer.draft');
    expect(await ledger.getByTestId('stored-notifications').innerText()).toContain('1');
    expect(await ledger.getByTestId('stored-badge').innerText()).toContain('1');
    expect(await stored.innerText()).toMatch(/Session storage[\s\S]*Alarms/);
    expect(await ledger.locator('.tll-stored').innerText()).toContain('campaignUpdateState');
  });

  it('leaves every area empty, and no page shows anything personal afterwards', async () => {
    await ledger.goto(s.extensionUrl('ledger.html#data'));
    await ledger.getByTestId('delete-all').click();
    await ledger.getByRole('button', { name: 'Yes, delete everything' }).click();
    await ledger.getByText('All your data was deleted.').waitFor();
    // Focus moves to the outcome, not to <body>.
    expect(await ledger.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'delete-all-done',
    );

    // The open composer forgot what it held (and writes nothing back when it closes).
    await expect.poll(() => composer.getByTestId('sender-name').inputValue()).toBe('');
    expect(await composer.getByTestId('why').inputValue()).toBe('');
    await composer.close();

    await expect
      .poll(async () => {
        const a = await readAreas(ledger, sw);
        return { ...a, text: undefined };
      })
      .toEqual({
        idb: { letters: 0, replies: 0, recipients: 0, settings: 0, meta: 0 },
        localStorage: [],
        // The signed campaign data (the same for everyone) may stay; nothing else.
        local: expect.toSatisfy((keys: string[]) =>
          keys.every((k) =>
            ['campaignBundles', 'campaignHighestVersion', 'campaignOverlay'].includes(k),
          ),
        ) as unknown as string[],
        session: [],
        notifications: [],
        // Bare timers: the follow-up re-check and the daily campaign check.
        alarms: expect.toSatisfy((names: string[]) =>
          names.every((n) => n === 'campaign-update' || n === 'treaty-lens:followups'),
        ) as unknown as string[],
        badge: '',
        tabBadges: [],
        text: undefined,
      });
    const after = await readAreas(ledger, sw);
    for (const word of PERSONAL) expect(after.text, word).not.toContain(word);

    // "What is stored" now says so.
    await ledger.goto(s.extensionUrl('ledger.html#stored'));
    await expect.poll(() => ledger.getByTestId('stored-page').innerText()).toContain('Empty');
    expect(await ledger.getByTestId('stored-notifications').innerText()).toContain('Empty');
    expect(await ledger.getByTestId('stored-badge').innerText()).toContain('Empty');

    // Reopen every page: nothing personal anywhere.
    for (const path of ['popup.html', 'composer.html', 'ledger.html', 'options.html']) {
      const p = await s.openExtensionPage(path);
      await p.locator('#app :is(button, input, select)').first().waitFor({ timeout: 20000 });
      await p.waitForTimeout(500);
      const text = await pageText(p);
      for (const word of PERSONAL) expect(text, `${word} on ${path}`).not.toContain(word);
      await p.close();
    }
    // Reopening wrote nothing personal back either.
    const reopened = await readAreas(ledger, sw);
    for (const word of PERSONAL) expect(reopened.text, word).not.toContain(word);
  });
});
