/**
 * Preact hook around Dexie's `liveQuery`: the component re-renders whenever the data it read
 * changes in any extension context (another tab, the popup, the background).
 *
 * No Dexie in this module (issue 17): the hook loads lib/db itself (lib/db/lazy.ts) when the
 * component mounts, and hands the loaded module to the query, so a page whose first frame
 * shows rows read without Dexie (lib/db/early.ts) does not load Dexie before that frame.
 * (Dexie's `liveQuery` tracks what the query reads while it runs; the query must not wait for
 * a module to load, so the module is loaded first and passed in.)
 */
import { useEffect, useState } from 'preact/hooks';
import { loadDb, type DbModule } from './lazy';

/** Result of a live query: `undefined` until the first answer; `error` if it failed. */
export interface Live<T> {
  value: T | undefined;
  error: unknown;
}

/**
 * Subscribe to `query` while mounted; re-subscribes when `deps` change. `query` gets lib/db,
 * loaded: `useLiveQuery((db) => db.getSettings())`.
 */
export function useLiveQuery<T>(
  query: (db: DbModule) => Promise<T> | T,
  deps: unknown[] = [],
): Live<T> {
  const [state, setState] = useState<Live<T>>({ value: undefined, error: undefined });
  useEffect(() => {
    let sub: { unsubscribe(): void } | undefined;
    let alive = true;
    const fail = (error: unknown) => setState((s) => ({ value: s.value, error }));
    loadDb().then((db) => {
      if (!alive) return;
      sub = db
        .liveQuery(() => query(db))
        .subscribe({
          next: (value) => setState({ value, error: undefined }),
          error: fail,
        });
    }, fail);
    return () => {
      alive = false;
      sub?.unsubscribe();
    };
  }, deps);
  return state;
}
