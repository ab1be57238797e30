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

/** The connection `holdOpen` keeps, so a second call does not open another. */
let held: IDBDatabase | null = null;

/**
 * The ui rows' warm condition, made explicit (issue 17, sixth round): keep one connection to
 * the extension's database open, as the popup (the ledger is opened from its link) or the
 * woken background worker hold one. Chromium closes a database's files 2 s after its last
 * connection closes; until this, the bench's loads found it open only because the background
 * happened to keep the connection it opened at install. Read-only, creates nothing; closes
 * when an upgrade or deletion asks. Resolves true when a connection is held.
 */
export function holdOpen(idb: IDBFactory = indexedDB): Promise<boolean> {
  if (held) return Promise.resolve(true);
  return new Promise((resolve) => {
    const req = idb.open(DB_NAME);
    req.onupgradeneeded = () => req.transaction?.abort();
    req.onerror = (e) => {
      e.preventDefault();
      resolve(false);
    };
    req.onsuccess = () => {
      const db = (held = req.result);
      db.onversionchange = () => {
        db.close();
        if (held === db) held = null;
      };
      resolve(true);
    };
  });
}
