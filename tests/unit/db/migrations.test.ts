import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import {
  SCHEMA_VERSION,
  TreatyDb,
  followUpDueAt,
  letterDate,
  schemaVersions,
  type LetterRecord,
} from '../../../lib/db';
import v1 from '../../fixtures/db/v1.json';
import v2 from '../../fixtures/db/v2.json';
import v3 from '../../fixtures/db/v3.json';

type Fixture = typeof v1 & { meta?: { key: string; value: unknown }[] };
const fixtures: Record<number, Fixture> = { 1: v1, 2: v2, 3: v3 };
const NAME = 'migration-test';

async function seed(version: number, f: Fixture): Promise<void> {
  const old = new TreatyDb(NAME, version);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const table of ['settings', 'letters', 'replies', 'recipients'] as const) {
      await old.table(table).bulkAdd(f[table]);
    }
    if (f.meta) await old.table('meta').bulkAdd(f.meta);
  });
  old.close();
}

afterEach(async () => {
  await Dexie.delete(NAME);
});

describe('schema migrations', () => {
  it('has a fixture for every earlier version', () => {
    for (const s of schemaVersions)
      if (s.version < SCHEMA_VERSION) expect(fixtures[s.version]).toBeDefined();
  });

  for (const s of schemaVersions.filter((x) => x.version < SCHEMA_VERSION)) {
    it(`v${s.version} → v${SCHEMA_VERSION} loses nothing`, async () => {
      const f = fixtures[s.version]!;
      await seed(s.version, f);
      const db = new TreatyDb(NAME);
      await db.open();
      expect(db.verno).toBe(SCHEMA_VERSION);
      // Every record and every field the old version stored is still there.
      for (const table of ['settings', 'letters', 'replies', 'recipients'] as const) {
        const now = await db.table(table).toArray();
        expect(now).toHaveLength(f[table].length);
        for (const old of f[table] as Record<string, unknown>[]) {
          const key = 'id' in old ? old['id'] : old['key'];
          expect(await db.table(table).get(key as string)).toMatchObject(old);
        }
      }
      // Every letter carries the derived fields, computed from its own (migrated) fields.
      for (const l of await db.letters.toArray()) {
        expect(l.date).toBe(letterDate(l));
        if (followUpDueAt(l) === null) expect(l).not.toHaveProperty('followUpAt');
        else expect(l.followUpAt).toBe(followUpDueAt(l));
      }
      db.close();
    });
  }

  it('v1 → v2 derives sentAt and follow-up dates from history and the user’s setting', async () => {
    await seed(1, v1);
    const db = new TreatyDb(NAME);
    const [sent, replied, draft] = await Promise.all(v1.letters.map((l) => db.letters.get(l.id)));
    expect(sent!.sentAt).toBe('2026-09-01T08:10:00.000Z');
    // followUpDays was 10 in the fixture's settings.
    expect(sent!.followUp).toEqual({ dueAt: '2026-09-11T08:10:00.000Z' });
    expect(replied!.sentAt).toBe('2026-08-01T09:00:00.000Z');
    expect(replied!.followUp).toEqual({ dueAt: null, stopped: true });
    expect(draft!.sentAt).toBeUndefined();
    expect(draft!.followUp).toBeUndefined();
    // The new indexes answer queries.
    expect(await db.letters.where('recipient.id').equals('mep-1').count()).toBe(1);
    expect(await db.letters.where('followUpAt').above('').count()).toBe(1);
    expect(await db.letters.where('sentAt').above('').count()).toBe(2);
    expect(await db.meta.count()).toBe(0);
    db.close();
  });

  it('v1 → v2 with follow-ups switched off schedules nothing', async () => {
    const off = structuredClone(v1);
    (off.settings[0]!.value as { followUpDays: number | null }).followUpDays = null;
    await seed(1, off);
    const db = new TreatyDb(NAME);
    expect((await db.letters.get(v1.letters[0]!.id))!.followUp).toEqual({ dueAt: null });
    db.close();
  });

  it('v2 → v3 stores the listing date and the ledger reads pages through it', async () => {
    await seed(2, v2);
    const db = new TreatyDb(NAME);
    const dates = (await db.letters.orderBy('date').reverse().toArray()).map((l) => [
      l.id.slice(-1),
      l.date,
    ]);
    expect(dates).toEqual([
      ['3', '2026-10-01T08:00:00.000Z'], // draft: last edited
      ['1', '2026-09-01T08:10:00.000Z'], // sent: when sent
      ['2', '2026-08-01T09:00:00.000Z'],
    ]);
    expect(
      await db.letters.where('[state+date]').between(['sent', ''], ['sent', '\uffff']).count(),
    ).toBe(1);
    expect(await db.meta.toArray()).toEqual(v2.meta);
    db.close();
  });

  it('v3 → v4 stores when each follow-up is next due, and the index answers in due order', async () => {
    await seed(3, v3);
    const db = new TreatyDb(NAME);
    const byDue = (await db.letters.orderBy('followUpAt').toArray()).map((l: LetterRecord) => [
      l.id.slice(-1),
      l.followUpAt,
    ]);
    expect(byDue).toEqual([
      ['1', '2026-09-18T08:10:00.000Z'], // snoozed past its due date: the snooze's end
      ['4', '2026-09-25T10:00:00.000Z'],
      ['5', '2026-09-30T10:00:00.000Z'], // snoozed to before its due date: the due date
      ['8', '2027-01-10T10:00:00.000Z'], // not yet due
      // Not there: replied (2), draft (3), stopped (6), follow-ups off (7).
    ]);
    expect(
      await db.letters.where('followUpAt').between('', '2026-09-26T00:00:00.000Z').count(),
    ).toBe(2);
    // The index it replaces is gone (nothing reads it; every write would still keep it).
    expect(db.letters.schema.indexes.map((i) => i.name)).not.toContain('followUp.dueAt');
    db.close();
  });

  it('a fresh install opens at the current version with empty tables', async () => {
    const db = new TreatyDb(NAME);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'letters',
      'meta',
      'recipients',
      'replies',
      'settings',
    ]);
    db.close();
  });
});
