/**
 * The database's name and fixed keys, in a module without Dexie: lib/db/early.ts, which the
 * ledger and popup run before Dexie has loaded, reads with them too.
 */

/** IndexedDB database name (extension origin only; never open it from a content script). */
export const DB_NAME = 'treaty-lens';

/** The settings table holds one row under this key. */
export const SETTINGS_KEY = 'settings';

/** Default follow-up delay in days. */
export const DEFAULT_FOLLOW_UP_DAYS = 14;
