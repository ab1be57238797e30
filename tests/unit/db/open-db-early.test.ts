// public/open-db.js, the classic script that starts opening the database while the ledger's and
// the popup's modules load (issue 17): it must never create the database, never hold up a
// schema upgrade or "Delete all my data", and leave the page's own open (Dexie) working.
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DB_NAME } from '../../../lib/db/schema';

/** Run the script as the page's <head> does (a fresh copy each time). */
async function runEarlyOpen(): Promise<void> {
  vi.resetModules();
  // A plain script without types: imported by a computed path, for its side effect.
  const script = '../../../public/open-db.js';
  await import(/* @vite-ignore */ script);
  // Let the open request settle.
  for (let i = 0; i < 20; i++) await new Promise((ok) => setTimeout(ok, 0));
}

const names = async () => (await indexedDB.databases()).map((d) => d.name);

afterEach(async () => {
  await Dexie.delete(DB_NAME);
});

describe('public/open-db.js (the early open of the database)', () => {
  it('creates no database where there is none', async () => {
    expect(await names()).not.toContain(DB_NAME);
    await runEarlyOpen();
    expect(await names()).not.toContain(DB_NAME);
  });

  it("lets the page's own open, a schema upgrade and a deletion through", async () => {
    vi.resetModules();
    const lib = await import('../../../lib/db');
    await lib.db.open();
    lib.db.close();
    await runEarlyOpen();
    // The page's own connection, and its reads, while the early one is open.
    vi.resetModules();
    const page = await import('../../../lib/db');
    await page.db.open();
    expect(await page.getSettings()).toBeTruthy();
    page.db.close();
    // A newer schema needs every older connection closed: the early one closes itself.
    const upgrade = new Dexie(DB_NAME);
    upgrade.version(page.db.verno + 1).stores({});
    await upgrade.open();
    expect(upgrade.verno).toBe(page.db.verno + 1);
    upgrade.close();
    await runEarlyOpen();
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
});
