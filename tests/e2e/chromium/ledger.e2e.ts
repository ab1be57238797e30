// The ledger in real Chromium: two letters confirmed as sent and one reply logged show up live
// in other ledger tabs (filters and impact figures); the follow-up alarm fires (the test makes
// the follow-up due in the database, tests/e2e/follow-ups.ts), sets the toolbar badge and
// notifies, and is answered; export → delete all → import gives the same ledger back.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { makeFollowUpsDue } from '../follow-ups';
import { launchChromium, type ChromiumSession } from '../harness';

const FIXTURE = resolve('tests/fixtures/ledger/two-drafts.json');
const ALICE = 'e2e00000-0000-4000-8000-000000000001';

type Chrome = {
  action: { getBadgeText(d: object): Promise<string> };
  notifications: { getAll(): Promise<Record<string, unknown>> };
};

async function figure(p: Page, label: RegExp): Promise<string> {
  return p.locator('.tll-figure', { hasText: label }).locator('dd').innerText();
}

async function exportJson(p: Page): Promise<Record<string, unknown>> {
  await p.goto(p.url().replace(/#.*$/, '') + '#data');
  const [dl] = await Promise.all([
    p.waitForEvent('download'),
    p.getByRole('button', { name: 'Export everything (JSON)' }).click(),
  ]);
  const file = await dl.path();
  const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  delete data['exportedAt'];
  return data;
}

describe('ledger (Chromium)', () => {
  let s: ChromiumSession;
  let ledger: Page;
  let replied: Page;
  let impact: Page;

  beforeAll(async () => {
    s = await launchChromium({ viewport: { width: 1280, height: 900 } });
    ledger = await s.openExtensionPage('ledger.html#data');
    await ledger.locator('input[type=file]').setInputFiles(FIXTURE);
    await ledger.getByTestId('import-confirm').getByRole('button', { name: 'Import' }).click();
    await ledger.getByText('Imported: 2 new').waitFor();
    replied = await s.openExtensionPage('ledger.html');
    await replied.getByLabel('State').selectOption('replied');
    impact = await s.openExtensionPage('ledger.html#impact');
  });
  afterAll(async () => {
    await s?.close();
  });

  it('confirming and logging a reply updates other tabs live', async () => {
    await expect.poll(() => figure(impact, /letters? sent/)).toBe('0');
    await expect.poll(() => replied.locator('.tll-count').innerText()).toBe('0 letters');
    for (const id of [ALICE, 'e2e00000-0000-4000-8000-000000000002']) {
      await ledger.goto(s.extensionUrl(`ledger.html#letter=${id}`));
      await ledger.getByRole('button', { name: 'I sent it' }).click();
      await ledger.locator('.tll-detail .tll-badge', { hasText: 'Sent' }).waitFor();
    }
    await expect.poll(() => figure(impact, /letters? sent/)).toBe('2');
    await expect.poll(() => figure(impact, /people reached/)).toBe('2');

    await ledger.goto(s.extensionUrl(`ledger.html#letter=${ALICE}`));
    // Page text reaches the DOM as text only.
    await expect
      .poll(() => ledger.locator('.tll-body').first().innerText())
      .toContain('<b>not markup</b>');
    await ledger.getByRole('button', { name: 'Log a reply' }).click();
    const dialog = ledger.getByRole('dialog');
    await dialog.getByLabel(/An answer/).check();
    await dialog.getByLabel('Notes (optional)').fill('Will raise it in committee');
    await dialog.getByRole('button', { name: 'Save reply' }).click();
    await ledger.locator('.tll-detail .tll-badge', { hasText: 'Replied' }).waitFor();

    await expect.poll(() => figure(impact, /letters? answered/)).toBe('1');
    await expect.poll(() => figure(impact, /reply rate/)).toBe('50%');
    await expect.poll(() => replied.locator('.tll-count').innerText()).toBe('1 letter');
    await expect
      .poll(() => replied.locator('.tll-row-name').allInnerTexts())
      .toEqual(['Alice Senator']);

    await ledger.goto(s.extensionUrl('ledger.html'));
    await ledger.getByLabel('Search').fill('security researchers');
    await expect
      .poll(() => ledger.locator('.tll-row-name').allInnerTexts())
      .toEqual(['Bob Member']);
    await ledger.getByLabel('Country').selectOption('US');
    await expect.poll(() => ledger.locator('.tll-count').innerText()).toBe('0 letters');
  });

  it('the follow-up alarm badges the toolbar, notifies, and is answered', async () => {
    const sw = await s.serviceWorker();
    // Nothing is due yet: the follow-ups fall due 14 days after sending.
    expect(
      await sw.evaluate(() =>
        (globalThis as unknown as { chrome: Chrome }).chrome.action.getBadgeText({}),
      ),
    ).toBe('');
    // Bob's letter is still unanswered (Alice's has a reply): only his falls due when the
    // dates pass and the background's own alarm fires.
    expect(await makeFollowUpsDue(ledger)).toBe(1);
    await expect
      .poll(
        () =>
          sw.evaluate(() =>
            (globalThis as unknown as { chrome: Chrome }).chrome.action.getBadgeText({}),
          ),
        {
          timeout: 30000,
        },
      )
      .toBe('1');
    // The badge is set first and the notification created after it: wait for both.
    await expect
      .poll(
        async () =>
          Object.keys(
            await sw.evaluate(() =>
              (globalThis as unknown as { chrome: Chrome }).chrome.notifications.getAll(),
            ),
          ),
        { timeout: 15000 },
      )
      .toEqual(['treaty-lens-followup:e2e00000-0000-4000-8000-000000000002']);

    // What clicking the notification opens:
    await ledger.goto(s.extensionUrl('ledger.html#followup=e2e00000-0000-4000-8000-000000000002'));
    // A hash change keeps the page, whose due list re-reads once a minute: load it afresh.
    await ledger.reload();
    const fu = ledger.locator('.tll-followup--highlight');
    await expect.poll(() => fu.innerText()).toContain('Did Bob Member reply?');
    await fu.getByRole('button', { name: 'Stop asking' }).click();
    await expect.poll(() => ledger.locator('.tll-followup').count()).toBe(0);
    await expect
      .poll(() =>
        sw.evaluate(() =>
          (globalThis as unknown as { chrome: Chrome }).chrome.action.getBadgeText({}),
        ),
      )
      .toBe('');
  });

  it('export → delete all → import gives the same ledger back', async () => {
    const before = await exportJson(ledger);
    expect((before['letters'] as unknown[]).length).toBe(2);
    expect((before['replies'] as unknown[]).length).toBe(1);

    await ledger.getByRole('button', { name: 'Delete all my data…' }).click();
    await ledger.getByRole('button', { name: 'Yes, delete everything' }).click();
    await ledger.getByText('All your data was deleted.').waitFor();
    await expect.poll(() => figure(impact, /letters? sent/)).toBe('0');

    const file = resolve('test-results/e2e/ledger-export.json');
    const { mkdirSync, writeFileSync } = await import('node:fs');
    mkdirSync(resolve('test-results/e2e'), { recursive: true });
    writeFileSync(file, JSON.stringify({ ...before, exportedAt: '2026-11-27T00:00:00.000Z' }));
    await ledger.locator('input[type=file]').setInputFiles(file);
    await ledger.getByTestId('import-confirm').getByRole('button', { name: 'Import' }).click();
    await ledger.getByText(/Imported: \d+ new/).waitFor();

    expect(await exportJson(ledger)).toEqual(before);
    await expect.poll(() => figure(impact, /letters? sent/)).toBe('2');
    await expect.poll(() => figure(impact, /letters? answered/)).toBe('1');
    await ledger.goto(s.extensionUrl('ledger.html'));
    await expect
      .poll(() => ledger.locator('.tll-row-name').allInnerTexts())
      .toEqual(['Bob Member', 'Alice Senator']);
  });
});
