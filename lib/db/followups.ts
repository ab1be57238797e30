/**
 * Follow-up logic on the database side (pure reads and single-transaction writes). The
 * background (`lib/background/followups.ts`) turns this into alarms, badge and notifications,
 * always re-deriving from here, so it keeps no state of its own.
 */
import { db } from './db';
import { followUpDueAt } from './dates';
import { StorageError, guard } from './errors';
import { logReply, SNOOZE_MINUTES } from './letters';
import { addMinutes, nowIso } from './util';
import { ledgerChanged } from './notify';
import type { LetterRecord } from './types';

// Defined without Dexie for the ledger's first frame (issue 17); exported here as before.
export { followUpDueAt };

/*
 * Every read here goes through the `followUpAt` index (schema v4): each letter whose follow-up
 * will fall due is in it once, under the time it is next due (a snooze included; stopped,
 * answered and switched-off follow-ups are not in it). "Due at `now`" is the range from '' (below
 * every date) to `now` included; ties come in id order. So a count reads no letter, and a list
 * reads only the letters it returns (issue 17: the popup's count and the ledger's list read every
 * letter with a follow-up date, ≈ 2,500 whole letters in a 10,000-letter ledger, and kept the
 * database busy for half a second under load).
 */
const dueBy = (now: string) => db.letters.where('followUpAt').between('', now, true, true);

/** How many follow-ups are due at `now` (an index count: no letter is read). */
export async function countDueFollowUps(now: string = nowIso()): Promise<number> {
  return guard(() => dueBy(now).count());
}

/** The ids of the letters whose follow-up is due at `now`, oldest due first (no letter is read). */
export async function dueFollowUpIds(now: string = nowIso()): Promise<string[]> {
  return guard(() => dueBy(now).primaryKeys());
}

/** What the ledger shows of the due follow-ups: how many, and the letters it lists. */
export interface DueFollowUps {
  total: number;
  letters: LetterRecord[];
}

/**
 * The ledger's follow-ups: how many are due at `now` and the first `first` of them (all when
 * `first` is omitted), plus the letter `include` (the one a notification pointed at) after them
 * when it is due but not among them. One read transaction, so the count and the list agree.
 */
export async function dueFollowUpsShown(
  opts: { now?: string; first?: number; include?: string } = {},
): Promise<DueFollowUps> {
  const now = opts.now ?? nowIso();
  return guard(() =>
    db.transaction('r', db.letters, async () => {
      const { first, include } = opts;
      // Dexie's own promises only in here (no `guard`-wrapped call): awaiting anything else lets
      // the transaction commit before the count (PrematureCommitError).
      const letters = await (first === undefined ? dueBy(now) : dueBy(now).limit(first)).toArray();
      const total = first === undefined ? letters.length : await dueBy(now).count();
      if (include !== undefined && !letters.some((l) => l.id === include)) {
        const l = await db.letters.get(include);
        if (l?.followUpAt !== undefined && l.followUpAt <= now) letters.push(l);
      }
      return { total, letters };
    }),
  );
}

/** The next time a follow-up becomes due after `now`, or null (the index's first key after it). */
export async function nextFollowUpAt(now: string = nowIso()): Promise<string | null> {
  return guard(
    async () =>
      ((await db.letters.where('followUpAt').above(now).limit(1).keys())[0] as
        string | undefined) ?? null,
  );
}

/** The user's answer to "Did they reply?" (a substantive reply is logged with `logReply`). */
export type FollowUpAnswer = 'acknowledgement' | 'not_yet' | 'stop';

/** Apply an answer to a follow-up question. */
export async function answerFollowUp(letterId: string, answer: FollowUpAnswer): Promise<void> {
  if (answer === 'acknowledgement') {
    await logReply(letterId, { receivedOn: nowIso().slice(0, 10), kind: 'acknowledgement' });
    return;
  }
  await guard(() =>
    db.transaction('rw', db.letters, async () => {
      const l = await db.letters.get(letterId);
      if (!l) throw new StorageError('not_found', 'no such letter');
      const now = nowIso();
      const fu = l.followUp ?? { dueAt: now };
      const followUp =
        answer === 'stop'
          ? { ...fu, stopped: true }
          : { ...fu, snoozedUntil: addMinutes(now, SNOOZE_MINUTES) };
      await db.letters.update(letterId, { followUp, updatedAt: now, rev: l.rev + 1 });
    }),
  );
  ledgerChanged();
}

const LAST_NOTIFIED = 'followups.lastNotifiedAt';

/** When the last follow-up notification was shown (ISO), or null. */
export async function lastFollowUpNotification(): Promise<string | null> {
  return guard(
    async () => ((await db.meta.get(LAST_NOTIFIED))?.value as string | undefined) ?? null,
  );
}

/**
 * Claim the right to show a follow-up notification now: true (and recorded) when none was shown
 * in the last `minGapMinutes`. One transaction, so two wake-ups racing cannot both notify.
 */
export async function claimFollowUpNotification(
  now: string,
  minGapMinutes: number,
): Promise<boolean> {
  return guard(() =>
    db.transaction('rw', db.meta, async () => {
      const last = (await db.meta.get(LAST_NOTIFIED))?.value;
      if (typeof last === 'string' && Date.parse(now) - Date.parse(last) < minGapMinutes * 60_000)
        return false;
      await db.meta.put({ key: LAST_NOTIFIED, value: now });
      return true;
    }),
  );
}

/** Remember that a follow-up notification was just shown. */
export async function markFollowUpNotified(at: string = nowIso()): Promise<void> {
  return guard(async () => {
    await db.meta.put({ key: LAST_NOTIFIED, value: at });
  });
}
