/**
 * The follow-ups' reads through the `followUpAt` index (schema v4) give the answers the old
 * derivation gave: every letter with a follow-up date read whole, then `followUpDueAt` (stops,
 * snoozes, answered letters) applied in JavaScript. Random letters are written through every
 * kind of write Dexie has (add, put over a stored letter, bulkPut, update by whole field and by
 * dotted path, modify, delete), so the hook that keeps the field is exercised by all of them.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  answerFollowUp,
  confirmSent,
  countDueFollowUps,
  db,
  deleteLetter,
  dueFollowUpIds,
  dueFollowUpsShown,
  followUpDueAt,
  logReply,
  nextFollowUpAt,
  removeReply,
  restoreLetter,
  saveDraft,
  type FollowUp,
  type LetterRecord,
  type LetterState,
} from '../../../lib/db';
import { checkImport, exportJson, importData } from '../../../lib/db/transfer';
import { utcTimestamp } from '../../../lib/db/validate';

const T0 = Date.parse('2026-11-01T00:00:00.000Z');
/** A few times, hours apart, so that due dates, snoozes and `now` often fall on each other. */
const time = fc.integer({ min: -6, max: 6 }).map((h) => new Date(T0 + h * 3_600_000).toISOString());
const STATES: LetterState[] = ['draft', 'handed_off', 'sent', 'replied'];
const IDS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];

const followUp: fc.Arbitrary<FollowUp | undefined> = fc.option(
  fc.record(
    {
      dueAt: fc.option(time, { nil: null }),
      snoozedUntil: time,
      stopped: fc.boolean(),
    },
    { requiredKeys: ['dueAt'] },
  ),
  { nil: undefined },
);

const letter = (id: string): fc.Arbitrary<LetterRecord> =>
  fc
    .record({
      state: fc.constantFrom(...STATES),
      sentAt: fc.option(time, { nil: undefined }),
      updatedAt: time,
      followUp,
    })
    .map(({ state, sentAt, updatedAt, followUp: fu }) => ({
      id,
      createdAt: '2026-10-01T00:00:00.000Z',
      updatedAt,
      state,
      history: [{ state: 'draft' as const, at: '2026-10-01T00:00:00.000Z' }],
      recipient: { id: `r-${id}`, name: `Rep ${id}`, role: 'MP', group: 'g', country: 'GB' },
      subject: `Letter ${id}`,
      body: 'b',
      lang: 'en',
      country: 'GB',
      ask: 'x',
      concerns: [],
      ...(sentAt ? { sentAt } : {}),
      ...(fu ? { followUp: fu } : {}),
      rev: 1,
    }));

const id = fc.constantFrom(...IDS);
/** One write, through Dexie's table API as lib/db's writers use it. */
const write = fc.oneof(
  id.chain((i) => letter(i)).map((l) => ({ kind: 'put' as const, l })),
  fc
    .uniqueArray(id, { minLength: 1, maxLength: 4 })
    .chain((ids) => fc.tuple(...ids.map(letter)))
    .map((ls) => ({ kind: 'bulkPut' as const, ls })),
  fc.record({ kind: fc.constant('setFollowUp' as const), id, fu: followUp }),
  fc.record({ kind: fc.constant('snooze' as const), id, at: fc.option(time, { nil: undefined }) }),
  fc.record({ kind: fc.constant('stop' as const), id, stopped: fc.option(fc.boolean()) }),
  fc.record({ kind: fc.constant('dueAt' as const), id, at: fc.option(time, { nil: null }) }),
  fc.record({ kind: fc.constant('state' as const), id, state: fc.constantFrom(...STATES) }),
  fc.record({ kind: fc.constant('modify' as const), at: time }),
  fc.record({ kind: fc.constant('delete' as const), id }),
);
type Write = typeof write extends fc.Arbitrary<infer W> ? W : never;

async function apply(w: Write): Promise<void> {
  const t = db.letters;
  switch (w.kind) {
    case 'put':
      // A fresh letter, or one replacing a stored one (restoreLetter, import).
      return void (await t.put(w.l));
    case 'bulkPut':
      return void (await t.bulkPut(w.ls));
    case 'setFollowUp':
      return void (await t.update(w.id, { followUp: w.fu }));
    case 'snooze':
      // A dotted path: only the nested field changes (undefined removes it).
      return void (await t.update(w.id, { 'followUp.snoozedUntil': w.at }));
    case 'stop':
      return void (await t.update(w.id, { 'followUp.stopped': w.stopped ?? undefined }));
    case 'dueAt':
      return void (await t.update(w.id, { 'followUp.dueAt': w.at }));
    case 'state':
      return void (await t.update(w.id, { state: w.state }));
    case 'modify':
      return void (await t
        .where('state')
        .equals('sent')
        .modify((l: LetterRecord) => {
          if (l.followUp) l.followUp.snoozedUntil = w.at;
        }));
    case 'delete':
      return void (await t.delete(w.id));
  }
}

/**
 * The answers as lib/db/followups.ts derived them before schema v4 (`activeFollowUps`): every
 * letter with a follow-up date, `followUpDueAt` applied, sorted by the time due (a stable sort
 * of the `followUp.dueAt` index's order: due date, then id).
 */
function oldDerivation(all: LetterRecord[]): { letter: LetterRecord; dueAt: string }[] {
  const withDate = all
    .filter((l) => typeof l.followUp?.dueAt === 'string')
    .sort(
      (a, b) =>
        a.followUp!.dueAt!.localeCompare(b.followUp!.dueAt!) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
  const out: { letter: LetterRecord; dueAt: string }[] = [];
  for (const letter of withDate) {
    const dueAt = followUpDueAt(letter);
    if (dueAt) out.push({ letter, dueAt });
  }
  return out.sort((a, b) => a.dueAt.localeCompare(b.dueAt));
}

/** The same, ties (the same time due) in id order, the index's order. */
const byDueThenId = (xs: { letter: LetterRecord; dueAt: string }[]) =>
  [...xs].sort((a, b) => a.dueAt.localeCompare(b.dueAt) || (a.letter.id < b.letter.id ? -1 : 1));

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});

describe('follow-ups through the followUpAt index', () => {
  it('answer as the old derivation did, after any writes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(write, { minLength: 1, maxLength: 12 }),
        time,
        fc.option(id, { nil: undefined }),
        async (writes, now, include) => {
          await db.letters.clear();
          for (const w of writes) await apply(w);
          const all = await db.letters.toArray();
          // The stored field is the derivation of the stored letter, absent when there is none.
          for (const l of all) {
            const due = followUpDueAt(l);
            if (due === null) expect(l.followUpAt).toBeUndefined();
            else expect(l.followUpAt).toBe(due);
          }
          const old = oldDerivation(all);
          const oldDue = old.filter((f) => f.dueAt <= now);
          const got = (await dueFollowUpsShown({ now })).letters;
          // The same letters, due at the same times in the same order; ties now by id.
          expect(got.map(followUpDueAt)).toEqual(oldDue.map((f) => f.dueAt));
          expect(got.map((l) => l.id).sort()).toEqual(oldDue.map((f) => f.letter.id).sort());
          expect(got.map((l) => l.id)).toEqual(byDueThenId(oldDue).map((f) => f.letter.id));
          expect(got).toEqual(byDueThenId(oldDue).map((f) => f.letter));
          expect(await countDueFollowUps(now)).toBe(oldDue.length);
          expect(await dueFollowUpIds(now)).toEqual(got.map((l) => l.id));
          expect(await nextFollowUpAt(now)).toBe(old.find((f) => f.dueAt > now)?.dueAt ?? null);
          // The ledger's list: the count, the first three, and the pointed-at one if due.
          const shown = await dueFollowUpsShown({ now, first: 3, include });
          const first = got.slice(0, 3);
          const extra = got.find((l) => l.id === include && !first.includes(l));
          expect(shown).toEqual({ total: got.length, letters: extra ? [...first, extra] : first });
          expect(await dueFollowUpsShown({ now })).toEqual({ total: got.length, letters: got });
        },
      ),
      { numRuns: 150 },
    );
  });

  it('are kept by every writer of lib/db: send, snooze, stop, reply, undo, delete, import', async () => {
    const now = () => new Date().toISOString();
    const later = new Date(Date.now() + 400 * 86_400_000).toISOString();
    const rec = { id: 'r', name: 'Rep', role: 'MP', group: 'g', country: 'GB' };
    const a = await saveDraft({ recipient: rec, subject: 'a' });
    const b = await saveDraft({ recipient: rec, subject: 'b' });
    expect(await nextFollowUpAt(now())).toBeNull();
    await confirmSent(a);
    await confirmSent(b);
    const sentA = (await db.letters.get(a))!;
    expect(sentA.followUpAt).toBe(sentA.followUp!.dueAt);
    expect(await nextFollowUpAt(now())).toBe(sentA.followUp!.dueAt);
    expect(await countDueFollowUps(later)).toBe(2);
    // "Not yet": next due at the snooze's end, which is before the 14-day due date here, so
    // the due date stays.
    await answerFollowUp(a, 'not_yet');
    expect((await db.letters.get(a))!.followUpAt).toBe(followUpDueAt((await db.letters.get(a))!));
    await answerFollowUp(a, 'stop');
    expect((await db.letters.get(a))!.followUpAt).toBeUndefined();
    expect(await dueFollowUpIds(later)).toEqual([b]);
    const reply = await logReply(b, { receivedOn: '2026-11-20', kind: 'substantive' });
    expect(await countDueFollowUps(later)).toBe(0);
    // A removed reply puts the letter back to "sent", its follow-up stopped as the reply left it.
    await removeReply(reply);
    expect((await db.letters.get(b))!.state).toBe('sent');
    expect(await countDueFollowUps(later)).toBe(0);
    const c = await saveDraft({ recipient: rec, subject: 'c' });
    await confirmSent(c);
    const deleted = (await deleteLetter(c))!;
    expect(await countDueFollowUps(later)).toBe(0);
    await restoreLetter(deleted);
    expect(await dueFollowUpIds(later)).toEqual([c]);
    // Import over the stored letters: an exported letter comes back with the same field.
    const json = await exportJson();
    await db.letters.clear();
    expect(await countDueFollowUps(later)).toBe(0);
    const res = await importData(json);
    expect(res.ok).toBe(true);
    expect(await dueFollowUpIds(later)).toEqual([c]);
  });
});

describe('import never takes the derived fields from the file', () => {
  const sent = (over: Partial<LetterRecord>): LetterRecord => ({
    id: 'x',
    createdAt: '2026-10-01T00:00:00.000Z',
    updatedAt: '2026-10-02T00:00:00.000Z',
    state: 'sent',
    history: [{ state: 'sent', at: '2026-10-02T00:00:00.000Z' }],
    recipient: { id: 'r', name: 'Rep', role: 'MP', group: 'g', country: 'GB' },
    subject: 's',
    body: 'b',
    lang: 'en',
    country: 'GB',
    ask: 'x',
    concerns: [],
    sentAt: '2026-10-02T00:00:00.000Z',
    followUp: { dueAt: '2026-10-16T00:00:00.000Z', stopped: true },
    rev: 2,
    ...over,
  });
  const file = (letters: unknown[]) => ({
    format: 'treaty-lens-export',
    formatVersion: 1,
    schemaVersion: 4,
    exportedAt: '2026-11-01T00:00:00.000Z',
    letters,
    replies: [],
    recipients: [],
    settings: null,
    meta: [],
  });

  it('a stopped follow-up with a planted followUpAt and a wrong date is not due, nor listed there', async () => {
    const planted = sent({
      followUpAt: '2026-10-03T00:00:00.000Z',
      date: '2020-01-01T00:00:00.000Z',
    });
    const checked = checkImport(file([planted]));
    expect(checked.ok).toBe(true);
    const l = checked.ok ? checked.data.letters[0]! : undefined;
    expect(l).not.toHaveProperty('followUpAt');
    expect(l?.date).toBe('2026-10-02T00:00:00.000Z');
    expect((await importData(JSON.stringify(file([planted])))).ok).toBe(true);
    expect(await countDueFollowUps('2026-12-01T00:00:00.000Z')).toBe(0);
    expect(await db.letters.get('x')).not.toHaveProperty('followUpAt');
    expect((await db.letters.get('x'))!.date).toBe('2026-10-02T00:00:00.000Z');
  });

  it('an old backup (no date, no followUpAt) imports with both derived, and again as unchanged', async () => {
    const old = sent({
      followUp: { dueAt: '2026-10-16T00:00:00.000Z', snoozedUntil: '2026-10-20T00:00:00.000Z' },
    });
    const checked = checkImport(file([old]));
    expect(checked.ok && checked.data.letters[0]).toMatchObject({
      date: '2026-10-02T00:00:00.000Z',
      followUpAt: '2026-10-20T00:00:00.000Z',
    });
    expect(await importData(JSON.stringify(file([old])))).toMatchObject({
      ok: true,
      counts: { added: 1 },
    });
    expect(await dueFollowUpIds('2026-10-20T00:00:00.000Z')).toEqual(['x']);
    expect(await dueFollowUpIds('2026-10-19T23:59:59.999Z')).toEqual([]);
    expect(await importData(JSON.stringify(file([old])))).toMatchObject({
      ok: true,
      counts: { added: 0, updated: 0, unchanged: 1 },
    });
  });

  it('times written with a UTC offset are stored in UTC, so the due follow-ups come in order', async () => {
    // 12:00 at +02:00 is 10:00 UTC: due half an hour before `later`, though its text sorts after.
    const offset = sent({
      id: 'offset',
      sentAt: '2026-10-02T02:00:00+02:00',
      followUp: { dueAt: '2026-10-16T12:00:00+02:00' },
    });
    const later = sent({ id: 'later', followUp: { dueAt: '2026-10-16T10:30:00.000Z' } });
    const checked = checkImport(file([later, offset]));
    expect(checked.ok && checked.data.letters[1]).toMatchObject({
      sentAt: '2026-10-02T00:00:00.000Z',
      followUp: { dueAt: '2026-10-16T10:00:00.000Z' },
      followUpAt: '2026-10-16T10:00:00.000Z',
    });
    expect((await importData(JSON.stringify(file([later, offset])))).ok).toBe(true);
    expect(await dueFollowUpIds('2026-10-16T10:15:00.000Z')).toEqual(['offset']);
    expect(await nextFollowUpAt('2026-10-16T09:00:00.000Z')).toBe('2026-10-16T10:00:00.000Z');
    expect(
      (await dueFollowUpsShown({ now: '2026-12-01T00:00:00.000Z' })).letters.map((l) => l.id),
    ).toEqual(['offset', 'later']);
  });

  it('refuses a time that passes the ISO pattern but this browser reads otherwise, or not at all', () => {
    for (const sentAt of ['2026-10-02T00:00:00+02', '2026-02-30T00:00:00.000Z']) {
      const checked = checkImport(file([sent({ sentAt })]));
      expect(checked.ok, sentAt).toBe(false);
      expect(!checked.ok && checked.problems.map((p) => p.field)).toEqual(['sentAt']);
    }
  });

  it('stores each form the ISO pattern allows as the same moment in UTC', () => {
    expect(
      ['2026-10-02T02:00:00+0200', '2026-10-01 19:00:00-05:00', '2026-10-02T00:00:00.0009Z'].map(
        utcTimestamp,
      ),
    ).toEqual(Array(3).fill('2026-10-02T00:00:00.000Z'));
    expect(utcTimestamp('2026-10-02T00:00:00.000Z')).toBe('2026-10-02T00:00:00.000Z');
  });
});
