/**
 * lib/db (Dexie and everything on it), loaded when first used. The ledger's and the popup's
 * first frames come from lib/db/early.ts's read and must not wait for Dexie's 100 KB to load
 * and run (issue 17): their live queries and their buttons load it through this, after that
 * frame. Pages that need the database before they can show anything import lib/db directly.
 */
export type DbModule = typeof import('./index');

let loading: Promise<DbModule> | undefined;

/** lib/db, loaded once per page. */
export function loadDb(): Promise<DbModule> {
  return (loading ??= import('./index'));
}
