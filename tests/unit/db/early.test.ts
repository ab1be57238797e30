// lib/db/early.ts, the reads the ledger's and the popup's <head> script starts while their
// modules load (issue 17): the same rows and settings the page would read through Dexie first,
// never a created or upgraded database, and never in the way of an upgrade or a deletion.
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  confirmSent,
  db,
  getSettings,
  recordHandoff,
  saveDraft,
  SCHEMA_VERSION,
  TreatyDb,
  updateSettings,
} from '../../../lib/db';
import { DB_NAME } from '../../../lib/db/schema';
import { withDefaults } from '../../../lib/db/defaults';
import {
  EARLY_SCHEMA_VERSION,
  LEDGER_PAGE_SIZE,
  readEarly,
  startEarlyRead,
  takeEarlyRead,
} from '../../../lib/db/early';
import { readOpeningPage } from '../../../components/ledger/LettersView';

const names = async () => (await indexedDB.databases()).map((d) => d.name);
const bob = { id: 'r', name: 'Bob', role: 'Senator', group: 'us-senate', country: 'US' };

/** More letters than a page, several sharing a date, some sent later than others were edited. */
async function seed(n: number): Promise<void> {
  vi.useFakeTimers({ toFake: ['Date'] });
  for (let i = 0; i < n; i++) {
    vi.setSystemTime(new Date(Date.UTC(2026, 0, 1 + Math.floor(i / 3), 12)));
    const id = await saveDraft({ recipient: { ...bob, id: `r${i % 4}` }, subject: `s${i}` });
    if (i % 2) await recordHandoff(id, 'gmail');
    if (i % 5 === 0) {
      vi.setSystemTime(new Date(Date.UTC(2026, 3, 40 - i, 12)));
      await confirmSent(id);
    }
  }
  vi.useRealTimers();
}

/** readEarly without the `getAllRecords` feature (Firefox ESR, older Chromium): by cursor. */
async function withoutIdb3<T>(fn: () => Promise<T>): Promise<T> {
  const proto = IDBIndex.prototype as unknown as Record<string, unknown>;
  const own = Object.getOwnPropertyDescriptor(proto, 'getAllRecords');
  delete proto['getAllRecords'];
  try {
    expect('getAllRecords' in proto).toBe(false);
    return await fn();
  } finally {
    if (own) Object.defineProperty(proto, 'getAllRecords', own);
  }
}

afterEach(async () => {
  db.close({ disableAutoOpen: false });
  await Dexie.delete(DB_NAME);
});

describe('lib/db/early.ts (the first screen read before Dexie loads)', () => {
  it('matches the schema version, which it cannot import without Dexie', () => {
    expect(EARLY_SCHEMA_VERSION).toBe(SCHEMA_VERSION);
  });

  it('reads exactly the rows readOpeningPage reads, and the stored settings', async () => {
    await seed(LEDGER_PAGE_SIZE + 23);
    await updateSettings({ uiLang: 'fr', mode: 'click' });
    const expected = await readOpeningPage();
    expect(expected.items).toHaveLength(LEDGER_PAGE_SIZE);
    const early = await readEarly({ letters: true });
    expect(early?.newest).toEqual(expected.items);
    expect(withDefaults(early?.settings)).toEqual(await getSettings());
    expect(early?.settings?.uiLang).toBe('fr');
    // The same by cursor, where IndexedDB has no getAll with a direction.
    const byCursor = await withoutIdb3(() => readEarly({ letters: true }));
    expect(byCursor?.newest).toEqual(expected.items);
    // Fewer letters than a page: all of them.
    await db.letters.bulkDelete(expected.items.slice(3).map((l) => l.id));
    const few = await readOpeningPage();
    expect((await readEarly({ letters: true }))?.newest).toEqual(few.items);
    expect((await withoutIdb3(() => readEarly({ letters: true })))?.newest).toEqual(few.items);
  });

  it('reads only the settings when the letters are not asked for', async () => {
    await seed(3);
    const early = await readEarly({ letters: false });
    expect(early).toEqual({ settings: undefined, newest: null });
    expect(withDefaults(early?.settings)).toEqual(await getSettings());
  });

  it('hands the answers over before the read-only transaction commits', async () => {
    await seed(LEDGER_PAGE_SIZE + 3);
    await updateSettings({ mode: 'click' });
    const expected = (await readOpeningPage()).items;
    // An IndexedDB that notes when each transaction of the early read completes.
    const order: string[] = [];
    let completed: Promise<void> = Promise.resolve();
    const watching = {
      open(name: string) {
        const req = indexedDB.open(name);
        req.addEventListener('success', () => {
          const conn = req.result;
          const transaction = conn.transaction.bind(conn);
          conn.transaction = ((...args: Parameters<IDBDatabase['transaction']>) => {
            const tx = transaction(...args);
            completed = new Promise((ok) =>
              tx.addEventListener('complete', () => ok(void order.push('complete'))),
            );
            return tx;
          }) as IDBDatabase['transaction'];
        });
        return req;
      },
    } as unknown as IDBFactory;
    const cases = [
      () => readEarly({ letters: false }, watching),
      () => readEarly({ letters: true }, watching),
      () => withoutIdb3(() => readEarly({ letters: true }, watching)),
    ];
    for (const read of cases) {
      order.length = 0;
      const early = await read().then((r) => (order.push('read'), r));
      await completed;
      expect(order).toEqual(['read', 'complete']);
      expect(early?.settings?.mode).toBe('click');
      expect(early?.newest ?? expected).toEqual(expected);
    }
  });

  it('creates no database where there is none', async () => {
    expect(await names()).not.toContain(DB_NAME);
    expect(await readEarly({ letters: true })).toBeNull();
    expect(await names()).not.toContain(DB_NAME);
  });

  it('reads nothing from, and does not upgrade, a database at an older schema', async () => {
    const old = new TreatyDb(DB_NAME, 2);
    await old.open();
    const version = old.backendDB().version;
    old.close();
    expect(await readEarly({ letters: true })).toBeNull();
    const raw = await new Promise<IDBDatabase>((ok) => {
      const r = indexedDB.open(DB_NAME);
      r.onsuccess = () => ok(r.result);
    });
    expect(raw.version).toBe(version);
    expect([...raw.objectStoreNames]).not.toContain('nonexistent');
    raw.close();
  });

  it("lets the page's own open, a schema upgrade and a deletion through", async () => {
    await db.open();
    db.close({ disableAutoOpen: false });
    const early = readEarly({ letters: true });
    // The page's own connection, and its reads, while the early one is open.
    await db.open();
    expect(await getSettings()).toBeTruthy();
    expect(await early).not.toBeNull();
    db.close({ disableAutoOpen: false });
    // A newer schema needs every older connection closed: the early one closes itself.
    const upgrade = new Dexie(DB_NAME);
    upgrade.version(SCHEMA_VERSION + 1).stores({});
    await upgrade.open();
    expect(upgrade.verno).toBe(SCHEMA_VERSION + 1);
    upgrade.close();
    // At the newer version the early read leaves the database to Dexie.
    expect(await readEarly({ letters: true })).toBeNull();
    // "Delete all my data" deletes the database: not blocked by the early connection.
    let blocked = false;
    await new Promise<void>((ok, fail) => {
      const del = indexedDB.deleteDatabase(DB_NAME);
      del.onblocked = () => (blocked = true);
      del.onsuccess = () => ok();
      del.onerror = () => fail(del.error);
    });
    expect(blocked).toBe(false);
    expect(await names()).not.toContain(DB_NAME);
  });

  it('hands the read to the page once; a page without the script reads through lib/db', async () => {
    await seed(2);
    expect(await takeEarlyRead()).toBeNull();
    startEarlyRead({ letters: true });
    const early = await takeEarlyRead();
    expect(early?.newest).toEqual((await readOpeningPage()).items);
    expect(await takeEarlyRead()).toBeNull();
  });
});
