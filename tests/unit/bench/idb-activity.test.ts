// scripts/bench/idb-activity.ts: the ledger row closes a ledger only once the page's own
// IndexedDB requests have answered, so its reads after the first frame do not run on into the
// next load (issue 17, eighth round). The counter must see every kind of request the ledger
// makes (single reads, getAll, counts, cursor steps, opens) and pass each call through.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TreatyDb } from '../../../lib/db/schema';
import { DB_NAME } from '../../../lib/db/constants';
import { makeLetters } from '../../../scripts/bench/letters';
import {
  SETTLE_QUIET_MS,
  settled,
  trackIdbActivity,
  type IdbActivity,
} from '../../../scripts/bench/idb-activity';

const protos = () => [
  IDBObjectStore.prototype,
  IDBIndex.prototype,
  IDBFactory.prototype,
  IDBCursor.prototype,
];
let saved: Map<object, PropertyDescriptorMap>;
let activity: IdbActivity;

beforeEach(() => {
  saved = new Map(protos().map((p) => [p, Object.getOwnPropertyDescriptors(p)]));
  activity = trackIdbActivity(globalThis as typeof globalThis & { __tlIdb?: IdbActivity });
});

afterEach(async () => {
  for (const [p, d] of saved) Object.defineProperties(p, d);
  delete (globalThis as { __tlIdb?: IdbActivity }).__tlIdb;
  await new Promise((ok) => {
    const r = indexedDB.deleteDatabase(DB_NAME);
    r.onsuccess = r.onerror = ok;
  });
});

describe('trackIdbActivity', () => {
  it('counts each request until it answers, cursor steps included, and passes calls through', async () => {
    const db = new TreatyDb();
    await db.open();
    expect(activity.pending).toBe(0);
    await db.letters.bulkPut(makeLetters(30));
    expect(activity.pending).toBe(0);
    // Reads made and not yet answered are pending.
    const reads = Promise.all([
      db.letters.orderBy('date').reverse().limit(5).toArray(),
      db.letters.where('followUpAt').above('').count(),
      db.letters.get(makeLetters(1)[0]!.id),
    ]);
    expect(activity.pending).toBeGreaterThan(0);
    const [page, n] = await reads;
    expect(page).toHaveLength(5);
    expect(n).toBeGreaterThan(0);
    // A cursor walk: every step is a request that answers.
    const seen: string[] = [];
    const before = activity.made;
    await db.letters.orderBy('recipient.id').eachUniqueKey((k) => void seen.push(String(k)));
    expect(seen.length).toBeGreaterThan(1);
    expect(activity.made - before).toBeGreaterThanOrEqual(seen.length);
    await new Promise((ok) => setTimeout(ok, 0));
    expect(activity.pending).toBe(0);
    db.close();
  });

  it('counts a failed request as answered', async () => {
    const db = new TreatyDb();
    await db.open();
    await db.letters.put(makeLetters(1)[0]!);
    await expect(db.letters.add(makeLetters(1)[0]!)).rejects.toThrow();
    await new Promise((ok) => setTimeout(ok, 0));
    expect(activity.pending).toBe(0);
    db.close();
  });
});

describe('settled', () => {
  it('needs nothing pending and quiet for SETTLE_QUIET_MS', () => {
    expect(settled(null, 1000)).toBe(false);
    expect(settled({ pending: 1, last: 0 }, 10_000)).toBe(false);
    expect(settled({ pending: 0, last: 1000 }, 1000 + SETTLE_QUIET_MS - 1)).toBe(false);
    expect(settled({ pending: 0, last: 1000 }, 1000 + SETTLE_QUIET_MS)).toBe(true);
  });
});
