// MV3 stops the service worker whenever it likes. Killing it (CDP Target.closeTarget on its target,
// what Chrome does to an idle worker) must lose neither a scheduled follow-up nor the campaign
// update check: both are browser alarms, which wake a fresh worker that re-derives everything
// from the database.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from '../harness';

interface Alarm {
  name: string;
  scheduledTime: number;
  periodInMinutes?: number;
}
type Chrome = {
  alarms: { getAll(): Promise<Alarm[]> };
  action: { getBadgeText(d: object): Promise<string> };
  runtime: { sendMessage(m: unknown): Promise<unknown> };
};

// Asked from an extension page: asking the worker would wake it ourselves (and Playwright does
// not follow a restarted worker).
const alarms = (p: Page) =>
  p.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.alarms.getAll());
const badge = (p: Page) =>
  p.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.action.getBadgeText({}));

/** Write records with the raw IndexedDB API, as an extension page of ours. */
function put(page: Page, store: string, value: unknown): Promise<void> {
  return page.evaluate(
    ([store, value]) =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('treaty-lens');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(store as string, 'readwrite');
          tx.objectStore(store as string).put(value);
          tx.oncomplete = () => (open.result.close(), done());
          tx.onerror = () => fail(tx.error);
        };
      }),
    [store, value] as const,
  );
}

describe('service worker killed at any moment (Chromium)', () => {
  let s: ChromiumSession;
  const feedHits: number[] = [];
  beforeAll(async () => {
    s = await launchChromium();
    s.server.route('/feed/campaign.json', (_req, res) => {
      feedHits.push(Date.now());
      res.writeHead(200, {
        'content-type': 'application/json',
        'access-control-allow-origin': '*',
      });
      res.end('{}');
    });
  });
  afterAll(async () => {
    await s?.close();
  });

  it(
    'keeps the follow-up and the update check across a killed worker',
    { timeout: 180_000 },
    async () => {
      const page = await s.openExtensionPage('options.html');
      await page.waitForLoadState('load');
      // Both alarms exist from install on.
      await expect
        .poll(async () => (await alarms(page)).map((a) => a.name).sort(), { timeout: 15000 })
        .toEqual(['campaign-update', 'treaty-lens:followups']);

      // Point updates at loopback (nothing leaves the machine) and add a letter whose follow-up is
      // due in 20 seconds; tell the background the ledger changed so it schedules the alarm.
      await expect
        .poll(() =>
          page.evaluate(
            () =>
              new Promise<boolean>((done) => {
                const open = indexedDB.open('treaty-lens');
                open.onsuccess = () => {
                  const ok = open.result.objectStoreNames.contains('letters');
                  open.result.close();
                  done(ok);
                };
                open.onerror = () => done(false);
              }),
          ),
        )
        .toBe(true);
      await put(page, 'settings', {
        key: 'settings',
        value: { updateUrl: s.server.url('/feed/campaign.json'), notifications: true },
      });
      const now = Date.now();
      const due = new Date(now + 20_000).toISOString();
      const sentAt = new Date(now - 15 * 86_400_000).toISOString();
      await put(page, 'letters', {
        id: 'restart-test-letter',
        createdAt: sentAt,
        updatedAt: sentAt,
        sentAt,
        state: 'sent',
        history: [
          { state: 'draft', at: sentAt },
          { state: 'handed_off', at: sentAt, channel: 'mailto' },
          { state: 'sent', at: sentAt },
        ],
        recipient: {
          id: 'r1',
          name: 'A Representative',
          role: 'MP',
          group: 'uk-commons',
          country: 'GB',
        },
        channel: 'mailto',
        subject: 'Please do not ratify',
        body: 'Dear MP',
        lang: 'en',
        country: 'GB',
        ask: 'not_ratify',
        concerns: [],
        followUp: { dueAt: due },
        // Written past Dexie, so without the fields its hook derives (lib/db/dates.ts): when the
        // follow-up is due (schema v4's index, which the background reads) and the list date.
        followUpAt: due,
        date: sentAt,
        rev: 1,
      });
      const answer = await page.evaluate(() =>
        (globalThis as unknown as { chrome: Chrome }).chrome.runtime.sendMessage({
          type: 'page:ledgerChanged',
          payload: {},
        }),
      );
      expect(answer).toMatchObject({ ok: true, data: { nextAt: due } });
      const followUp = (await alarms(page)).find((a) => a.name === 'treaty-lens:followups')!;
      expect(Math.abs(followUp.scheduledTime - Date.parse(due))).toBeLessThan(2000);
      expect(await badge(page)).toBe('');

      // Kill the worker: close its target, as Chrome does to an idle worker.
      const cdp = await s.context.newCDPSession(page);
      const workerTargets = async () =>
        (
          (await cdp.send('Target.getTargets')) as {
            targetInfos: { type: string; url: string; targetId: string }[];
          }
        ).targetInfos.filter(
          (t) => t.type === 'service_worker' && t.url.startsWith(s.extensionUrl('')),
        );
      const kill = async () => {
        for (const t of await workerTargets())
          await cdp.send('Target.closeTarget', { targetId: t.targetId });
        await expect.poll(async () => (await workerTargets()).length, { timeout: 10000 }).toBe(0);
      };
      await kill();

      // The follow-up alarm wakes a fresh worker at the due time, which finds the letter due and
      // sets the badge to "1" (only the worker's reconcile pass sets it).
      await expect
        .poll(async () => (await workerTargets()).length, { timeout: 40_000, interval: 500 })
        .toBe(1);
      expect(Date.now()).toBeGreaterThanOrEqual(Date.parse(due) - 1000);
      await expect.poll(() => badge(page), { timeout: 10_000 }).toBe('1');

      // Kill it again; the daily update check (first run a minute after install) still happens.
      await kill();
      await expect
        .poll(() => feedHits.length, { timeout: 90_000, interval: 1000 })
        .toBeGreaterThan(0);
      expect((await workerTargets()).length).toBe(1);

      // Both alarms are still there: the update one's period is a day, the follow-up re-armed.
      const all = await alarms(page);
      expect(all.map((a) => a.name).sort()).toEqual(['campaign-update', 'treaty-lens:followups']);
      const update = all.find((a) => a.name === 'campaign-update')!;
      expect(update.periodInMinutes).toBe(24 * 60);
      expect(update.scheduledTime).toBeGreaterThan(Date.now());
      await cdp.detach();
      await page.close();
    },
  );
});
