// scripts/bench/storage-idle.ts: the ledger row starts each load once the extension's
// IndexedDB has finished what was asked of it before (docs/performance.md, issue 17 fifth
// round), without creating or holding the database.
import { afterEach, describe, expect, it } from 'vitest';
import { TreatyDb } from '../../../lib/db/schema';
import { DB_NAME } from '../../../lib/db/constants';
import { makeLetters } from '../../../scripts/bench/letters';
import { holdOpen, storageAnswers } from '../../../scripts/bench/storage-idle';

const names = async () => (await indexedDB.databases()).map((d) => d.name);

afterEach(async () => {
  await new Promise((ok) => {
    const r = indexedDB.deleteDatabase(DB_NAME);
    r.onsuccess = r.onerror = ok;
  });
});

describe('storageAnswers', () => {
  it('answers only after letters being written when it was asked have been written', async () => {
    const db = new TreatyDb();
    await db.open();
    const order: string[] = [];
    const writing = db
      .transaction('rw', db.letters, async () => {
        for (const l of makeLetters(200)) await db.letters.put(l);
      })
      .then(() => order.push('written'));
    const probe = storageAnswers().then((ms) => {
      order.push('answered');
      return ms;
    });
    await Promise.all([writing, probe]);
    expect(order).toEqual(['written', 'answered']);
    expect(await probe).toBeGreaterThanOrEqual(0);
    db.close();
  });

  it('creates no database when there is none', async () => {
    expect(await storageAnswers()).toBeGreaterThanOrEqual(0);
    expect(await names()).not.toContain(DB_NAME);
  });

  it('closes its connection: an upgrade after it is not blocked', async () => {
    const db = new TreatyDb();
    await db.open();
    db.close();
    await storageAnswers();
    const blocked = await new Promise<boolean>((ok) => {
      const r = indexedDB.open(DB_NAME, db.verno * 10 + 1);
      r.onblocked = () => ok(true);
      r.onsuccess = () => {
        r.result.close();
        ok(false);
      };
    });
    expect(blocked).toBe(false);
  });
});

describe('holdOpen', () => {
  it('keeps one connection open until an upgrade asks, and creates nothing', async () => {
    expect(await holdOpen()).toBe(false);
    expect(await names()).not.toContain(DB_NAME);
    const db = new TreatyDb();
    await db.open();
    db.close();
    const opened: IDBDatabase[] = [];
    const factory = {
      open: (name: string, version?: number) => {
        const r = indexedDB.open(name, version);
        r.addEventListener('success', () => opened.push(r.result));
        return r;
      },
    } as IDBFactory;
    expect(await holdOpen(factory)).toBe(true);
    expect(await holdOpen(factory)).toBe(true);
    expect(opened).toHaveLength(1);
    // Still open: a closed connection cannot start a transaction.
    expect(() => opened[0]!.transaction('settings').abort()).not.toThrow();
    const blocked = await new Promise<boolean>((ok) => {
      const r = indexedDB.open(DB_NAME, db.verno * 10 + 1);
      let wasBlocked = false;
      r.onblocked = () => (wasBlocked = true);
      r.onsuccess = () => {
        r.result.close();
        ok(wasBlocked);
      };
    });
    expect(blocked).toBe(false);
    expect(() => opened[0]!.transaction('settings')).toThrow();
  });
});
