import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  answerFollowUp,
  confirmSent,
  db,
  followUpDueAt,
  getLetter,
  saveDraft,
  updateSettings,
} from '../../../lib/db';
import {
  FOLLOW_UP_ALARM,
  FOLLOW_UP_NOTIFICATION,
  reconcileFollowUps,
} from '../../../lib/background/followups';

const alice = {
  id: 'a',
  name: 'Alice Senator',
  role: 'Senator',
  group: 'us-senate',
  country: 'US',
};
const DAY = 86_400_000;
const T0 = Date.parse('2026-11-01T09:00:00Z');

async function badge(): Promise<string> {
  return fakeBrowser.action.getBadgeText({});
}

/** A fresh service worker: listeners and alarms gone, only the database survives. */
async function restartWorker(): Promise<void> {
  fakeBrowser.reset();
  vi.resetModules();
  const router = await import('../../../lib/background/router');
  const fu = await import('../../../lib/background/followups');
  fu.registerFollowUps();
  router.startRouter();
}

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('follow-ups', () => {
  it('schedules the alarm for the due date and shows nothing before it', async () => {
    const id = await saveDraft({ recipient: alice });
    await confirmSent(id);
    const s = await reconcileFollowUps();
    expect(s.due).toBe(0);
    expect(s.nextAt).toBe(new Date(T0 + 14 * DAY).toISOString());
    expect((await fakeBrowser.alarms.get(FOLLOW_UP_ALARM))?.scheduledTime).toBe(T0 + 12 * 3600_000);
    expect(await badge()).toBe('');
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('a restarted service worker finds the due follow-up from the database alone', async () => {
    const id = await saveDraft({ recipient: alice });
    await confirmSent(id);
    vi.setSystemTime(T0 + 14 * DAY + 60_000);
    await restartWorker();
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(async () => expect(await badge()).toBe('1'));
    // The badge is set before the notification: wait for the whole pass to finish.
    await vi.waitFor(async () =>
      expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([
        FOLLOW_UP_NOTIFICATION + id,
      ]),
    );
    await vi.waitFor(async () =>
      expect(await fakeBrowser.alarms.get(FOLLOW_UP_ALARM)).toBeDefined(),
    );
    const notes = await fakeBrowser.notifications.getAll();
    expect((notes as Record<string, { title: string }>)[FOLLOW_UP_NOTIFICATION + id]!.title).toBe(
      'Did Alice Senator reply?',
    );
    expect(await fakeBrowser.alarms.get(FOLLOW_UP_ALARM)).toBeDefined();
  });

  it('notifies at most once a day, and the alarm re-derives everything', async () => {
    await restartWorker();
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    for (const r of [alice, { ...alice, id: 'b', name: 'Bob' }]) {
      const id = await saveDraft({ recipient: r });
      await confirmSent(id);
    }
    vi.setSystemTime(T0 + 15 * DAY);
    await fakeBrowser.alarms.onAlarm.trigger({ name: FOLLOW_UP_ALARM, scheduledTime: Date.now() });
    await vi.waitFor(async () => expect(await badge()).toBe('2'));
    await reconcileFollowUps();
    vi.setSystemTime(T0 + 15 * DAY + 23 * 3600_000);
    await reconcileFollowUps();
    expect(create).toHaveBeenCalledTimes(1);
    vi.setSystemTime(T0 + 16 * DAY + 1000);
    await reconcileFollowUps();
    expect(create).toHaveBeenCalledTimes(2);
  });

  it('"Not yet" asks again in 7 days; clicking opens the ledger at the letter; off means never', async () => {
    await restartWorker();
    const id = await saveDraft({ recipient: alice });
    await confirmSent(id);
    vi.setSystemTime(T0 + 14 * DAY + 1);
    await reconcileFollowUps();
    const nid = FOLLOW_UP_NOTIFICATION + id;
    await fakeBrowser.notifications.onButtonClicked.trigger(nid, 1);
    await vi.waitFor(async () => expect(await badge()).toBe(''));
    // vi.waitFor advances the fake clock a little while it polls.
    const snoozed = Date.parse((await getLetter(id))!.followUp!.snoozedUntil!);
    expect(snoozed - (T0 + 21 * DAY)).toBeGreaterThan(0);
    expect(snoozed - (T0 + 21 * DAY)).toBeLessThan(5000);

    const tabs = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.notifications.onClicked.trigger(nid);
    await vi.waitFor(() =>
      expect(tabs).toHaveBeenCalledWith({
        url: `chrome-extension://test-extension-id/ledger.html#followup=${id}`,
      }),
    );
    await fakeBrowser.notifications.onButtonClicked.trigger(nid, 0);
    await vi.waitFor(() =>
      expect(tabs).toHaveBeenLastCalledWith({
        url: `chrome-extension://test-extension-id/ledger.html#reply=${id}`,
      }),
    );

    await updateSettings({ followUpDays: null });
    const other = await saveDraft({ recipient: { ...alice, id: 'c' } });
    await confirmSent(other);
    vi.setSystemTime(T0 + 400 * DAY);
    expect((await reconcileFollowUps()).due).toBe(1); // only the first letter, never the one sent with follow-ups off
  });

  it('a stored record still carrying the retired test hook changes no delay and no limit', async () => {
    await restartWorker();
    // What an older version left behind: `followUpTestMinutes` shortened delays to minutes and
    // lifted the once-a-day notification limit. It is no longer read.
    await db.settings.put({
      key: 'settings',
      value: { ...(await updateSettings({})), followUpTestMinutes: 1 } as never,
    });
    const id = await saveDraft({ recipient: alice });
    await confirmSent(id);
    expect((await getLetter(id))!.followUp!.dueAt).toBe(new Date(T0 + 14 * DAY).toISOString());
    vi.setSystemTime(T0 + 61_000);
    expect(await reconcileFollowUps()).toMatchObject({ due: 0, notified: null });
    expect((await fakeBrowser.alarms.get(FOLLOW_UP_ALARM))?.periodInMinutes).toBe(12 * 60);

    const other = await saveDraft({ recipient: { ...alice, id: 'b' } });
    await confirmSent(other);
    vi.setSystemTime(T0 + 14 * DAY + 120_000);
    expect(await reconcileFollowUps()).toMatchObject({ due: 2, notified: id });
    await answerFollowUp(id, 'not_yet');
    vi.setSystemTime(T0 + 14 * DAY + 180_000);
    // Still one notification a day, and "not yet" still waits a week.
    expect(await reconcileFollowUps()).toMatchObject({ due: 1, notified: null });
    expect(followUpDueAt((await getLetter(id))!)).toBe(
      new Date(T0 + 14 * DAY + 120_000 + 7 * DAY).toISOString(),
    );
  });
});

describe('stale notifications', () => {
  it('are cleared once the letter is answered', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(T0);
    const { logReply } = await import('../../../lib/db');
    const id = await saveDraft({ recipient: alice });
    await confirmSent(id);
    vi.setSystemTime(T0 + 15 * DAY);
    await reconcileFollowUps();
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([
      FOLLOW_UP_NOTIFICATION + id,
    ]);
    await logReply(id, { receivedOn: '2026-11-20', kind: 'refusal' });
    await reconcileFollowUps();
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    expect(await badge()).toBe('');
    vi.useRealTimers();
  });
});
