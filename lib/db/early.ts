/**
 * The first screen's reads, without Dexie (issue 17). The ledger and the popup show stored
 * data in their first frame, and their modules (Dexie alone is about 100 KB) take longer to
 * arrive than IndexedDB takes to answer. So a classic script in their `<head>`
 * (entrypoints/open-db.ts) starts these reads while the modules load, and the page takes the
 * answer (`takeEarlyRead`) instead of opening the database through Dexie before its first
 * render. Dexie opens the database afterwards as before, for everything else.
 *
 * Rules: read-only; never creates the database (a missing one stays missing) and never
 * upgrades it (a database at another schema version is left to Dexie, and nothing is read);
 * the connection closes at once when an upgrade or a deletion needs it closed, and after a few
 * seconds anyway. What it reads is exactly what the page would read first through lib/db:
 * the settings record, and the first page of the ledger's opening list (`letterPage` with the
 * newest first, no filter), by the same `date` index (tests/unit/db/early.test.ts). The popup,
 * which reads only the settings, takes them from their copy in `storage.session` when there is
 * one (lib/db/settings-copy.ts) and opens no database at all.
 */
import { DB_NAME, SETTINGS_KEY } from './constants';
import { readSettingsCopy } from './settings-copy';
import type { LetterRecord, Settings } from './types';
import { sessionArea, type SessionArea } from '../runtime-lite';

/** Letters per page in the ledger's list; the early read reads the first page. */
export const LEDGER_PAGE_SIZE = 50;

/**
 * The schema version (schema.ts `SCHEMA_VERSION`, which this module cannot import without
 * Dexie; a unit test keeps them equal). Dexie stores version n as IndexedDB version n × 10.
 */
export const EARLY_SCHEMA_VERSION = 4;

/** How long the early connection stays open for the page's own open to find it. */
const KEEP_OPEN_MS = 5000;

/** What the early read found. */
export interface EarlyRead {
  /** The stored settings (`withDefaults` completes them), undefined when none are stored. */
  settings: Partial<Settings> | undefined;
  /** The ledger's opening page, newest first, or null when it was not asked for. */
  newest: LetterRecord[] | null;
}

/**
 * Read the settings and, with `letters`, the newest `LEDGER_PAGE_SIZE` letters. Resolves to
 * null (never rejects) when there is no database, it is at another version, or a read fails:
 * the page then reads through lib/db as before.
 *
 * Resolves as soon as every read has its answer, not at the transaction's `complete`: the
 * results of a read-only transaction are final when they arrive, and its commit is one more
 * round trip to the browser's database process, which the first frame waited for (a frame
 * later under load; issue 17).
 */
export async function readEarly(
  opts: { letters: boolean },
  idb: IDBFactory = indexedDB,
  session: SessionArea | undefined = sessionArea(),
): Promise<EarlyRead | null> {
  // Settings alone (the popup): the copy in storage.session, when there is one, holds what
  // IndexedDB holds (lib/db/settings-copy.ts) and answers without opening the database.
  if (!opts.letters) {
    const copy = await readSettingsCopy(session);
    if (copy) return { settings: copy.value ?? undefined, newest: null };
  }
  return readDb(opts, idb);
}

/** readEarly's reads from IndexedDB. */
function readDb(opts: { letters: boolean }, idb: IDBFactory): Promise<EarlyRead | null> {
  return new Promise((resolve) => {
    let req: IDBOpenDBRequest;
    try {
      req = idb.open(DB_NAME);
    } catch {
      // No IndexedDB here (private window policies): the page reports it when it reads.
      resolve(null);
      return;
    }
    // Only a missing database asks for an upgrade from here: abort, so none is created.
    req.onupgradeneeded = () => req.transaction?.abort();
    req.onerror = (e) => {
      e.preventDefault();
      resolve(null);
    };
    req.onsuccess = () => {
      const db = req.result;
      db.onversionchange = () => db.close();
      setTimeout(() => db.close(), KEEP_OPEN_MS);
      if (db.version !== EARLY_SCHEMA_VERSION * 10) {
        resolve(null);
        return;
      }
      try {
        const tx = db.transaction(
          opts.letters ? ['settings', 'letters'] : ['settings'],
          'readonly',
        );
        const out: EarlyRead = { settings: undefined, newest: null };
        let pending = opts.letters ? 2 : 1;
        const answered = () => {
          if (--pending === 0) resolve(out);
        };
        const s = tx.objectStore('settings').get(SETTINGS_KEY);
        s.onsuccess = () => {
          out.settings = (s.result as { value?: Partial<Settings> } | undefined)?.value;
          answered();
        };
        if (opts.letters) {
          // lib/db/query.ts `indexedCollection` for { sort: 'newest' }: the `date` index between
          // '' and '\uffff' (both included), backwards; ties come in reverse key order there too.
          const index = tx.objectStore('letters').index('date');
          const range = IDBKeyRange.bound('', '\uffff');
          if ('getAllRecords' in index) {
            // One request, as Dexie reads it where IndexedDB takes a direction (Chrome 141+).
            const all = (index.getAll as (o: object) => IDBRequest<LetterRecord[]>)({
              query: range,
              count: LEDGER_PAGE_SIZE,
              direction: 'prev',
            });
            all.onsuccess = () => {
              out.newest = all.result;
              answered();
            };
          } else {
            const newest: LetterRecord[] = (out.newest = []);
            const c = index.openCursor(range, 'prev');
            c.onsuccess = () => {
              const cursor = c.result;
              if (!cursor) return answered();
              newest.push(cursor.value as LetterRecord);
              if (newest.length < LEDGER_PAGE_SIZE) cursor.continue();
              else answered();
            };
          }
        }
        // A failed read aborts the transaction (before everything was answered).
        tx.onabort = () => resolve(null);
      } catch {
        resolve(null);
      }
    };
  });
}

/** Where the classic script leaves its read for the page's modules (another bundle). */
const HANDOFF = '__treatyLensEarlyRead';
type Handoff = { [HANDOFF]?: Promise<EarlyRead | null> };

/** Start the early read and leave it for the page (the `<head>` script calls this). */
export function startEarlyRead(opts: { letters: boolean }): void {
  (globalThis as Handoff)[HANDOFF] = readEarly(opts);
}

/**
 * The early read the page's `<head>` script started, once (later callers, and pages without
 * that script, get null and read through lib/db).
 */
export function takeEarlyRead(): Promise<EarlyRead | null> {
  const g = globalThis as Handoff;
  const p = g[HANDOFF] ?? Promise.resolve(null);
  delete g[HANDOFF];
  return p;
}
