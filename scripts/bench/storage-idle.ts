/**
 * The ledger row's starting condition: the extension's IndexedDB is idle, as a person finds it
 * when they open their ledger (issue 17, fifth round; docs/performance.md "the ledger row").
 *
 * Each ledger load is closed as soon as its first letter row is on screen, and by then the page
 * has started its after-the-first-frame reads over the 10,000 letters (the total, the filter
 * menus, the follow-ups) and Dexie's own open. Chromium's IndexedDB backend works through
 * them after the tab is gone, and the next load's first `indexedDB.open` waited behind them:
 * 200–1,100 ms under load, 6–10 ms when idle. No one opens their ledger while a ledger they
 * closed a moment ago is still reading, so the benchmark waits, before each load, until a
 * fresh connection gets an answer from the letters and settings stores — the same open and
 * stores the page's first read uses.
 *
 * Bundled with seed-ledger.ts and run in the extension's service worker. Read-only: a missing
 * database is not created (the upgrade is aborted), nothing is written.
 */
import { DB_NAME, SETTINGS_KEY } from '../../lib/db/constants';

/**
 * Resolves with the milliseconds it took to open the database and complete a read-only
 * transaction over its `settings` and `letters` stores, or -1 after `timeoutMs`.
 */
export function storageAnswers(idb: IDBFactory = indexedDB, timeoutMs = 30_000): Promise<number> {
  const t0 = performance.now();
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(-1), timeoutMs);
    const done = (db?: IDBDatabase) => {
      db?.close();
      clearTimeout(timer);
      resolve(performance.now() - t0);
    };
    const req = idb.open(DB_NAME);
    // Only a missing database asks for an upgrade here: create nothing.
    req.onupgradeneeded = () => req.transaction?.abort();
    req.onerror = (e) => {
      e.preventDefault();
      done();
    };
    req.onsuccess = () => {
      const db = req.result;
      const stores = ['settings', 'letters'].filter((s) => db.objectStoreNames.contains(s));
      if (!stores.length) return done(db);
      try {
        const tx = db.transaction(stores, 'readonly');
        tx.objectStore(stores[0]!).get(SETTINGS_KEY);
        tx.oncomplete = () => done(db);
        tx.onabort = () => done(db);
      } catch {
        done(db);
      }
    };
  });
}
