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

async function activeFollowUps(dueBy?: string): Promise<{ letter: LetterRecord; dueAt: string }[]> {
  // The index holds only letters whose follow-up has a date (null is not a valid key); a
  // snooze only moves the date later, so nothing with a first date after `dueBy` is due by then.
  const index = db.letters.where('followUp.dueAt');
  const withDate = await (
    dueBy === undefined ? index.above('') : index.between('', dueBy, false, true)
  ).toArray();
  const out: { letter: LetterRecord; dueAt: string }[] = [];
  for (const letter of withDate) {
    const dueAt = followUpDueAt(letter);
    if (dueAt) out.push({ letter, dueAt });
  }
  return out.sort((a, b) => a.dueAt.localeCompare(b.dueAt));
}

/** Letters whose follow-up is due at `now`, oldest due first. */
export async function dueFollowUps(now: string = nowIso()): Promise<LetterRecord[]> {
  return guard(async () =>
    (await activeFollowUps(now)).filter((f) => f.dueAt <= now).map((f) => f.letter),
  );
}

/** The next time a follow-up becomes due after `now`, or null. */
export async function nextFollowUpAt(now: string = nowIso()): Promise<string | null> {
  return guard(async () => (await activeFollowUps()).find((f) => f.dueAt > now)?.dueAt ?? null);
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
