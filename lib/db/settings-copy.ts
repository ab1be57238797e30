/**
 * A copy of the stored settings record in `storage.session`, for the popup's first frame
 * (issue 17). IndexedDB stays the settings' home; the popup's `<head>` script reads this copy
 * instead of opening the database and reading it there (two round trips to the browser's
 * database process, ≈ 15 ms later under load), and reads the database as before when there is
 * no copy.
 *
 * The rule that keeps a copy from ever being older than the stored settings:
 * 1. Every change to the settings record (lib/db: `updateSettings`, `importData`,
 *    `deleteAllData`) runs holding one Web Lock (`SETTINGS_LOCK`), removes the copy first and
 *    writes IndexedDB only once that removal is done (`changingSettings` in settings.ts).
 * 2. A copy is put only while holding that lock, with the value IndexedDB holds, read after the
 *    change has committed (or, at the background's start, read with no change under way).
 * 3. The browser applies one extension's `storage.session` operations in order. A reader that
 *    finds a copy therefore read it after the `set` that put it and before the next change's
 *    removal, and that change touches IndexedDB only after its removal: whenever a copy is
 *    there, IndexedDB holds the same value. No copy: the reader reads IndexedDB.
 * Where there are no Web Locks, changes still remove the copy and nothing puts one back.
 *
 * `storage.session`, not `storage.local`: the record holds the sender's name, city and role, and
 * content scripts (which run inside every web page's process) can read `storage.local` but not
 * `storage.session`. It lives in memory and is emptied when the browser closes or the extension
 * is reloaded or updated (so a copy never predates a schema upgrade); the background puts one
 * back when it starts (`keepSettingsCopy`). No Dexie here: the `<head>` script imports this.
 */
import type { SessionArea } from '../runtime-lite';
import type { Settings } from './types';

/** `storage.session` key of the copy: `{ value }`, the record's value, null when none is stored. */
export const SETTINGS_COPY_KEY = 'settingsCopy';

/** Web Lock held by every change to the settings record and every put of the copy. */
export const SETTINGS_LOCK = 'treaty-lens-settings';

/** What the copy holds. */
export interface SettingsCopy {
  /** The stored record's value (`withDefaults` completes it), null when none is stored. */
  value: Partial<Settings> | null;
}

/**
 * The copy, or undefined when there is none (or it cannot be read): the reader then reads
 * IndexedDB.
 */
export async function readSettingsCopy(
  area: SessionArea | undefined,
): Promise<SettingsCopy | undefined> {
  if (!area) return undefined;
  try {
    const c = (await area.get(SETTINGS_COPY_KEY))[SETTINGS_COPY_KEY] as SettingsCopy | undefined;
    if (!c || typeof c !== 'object' || !('value' in c)) return undefined;
    return typeof c.value === 'object' ? c : undefined;
  } catch {
    return undefined;
  }
}

type Locks = { request<T>(name: string, fn: () => Promise<T>): Promise<T> };

/**
 * Run `fn` holding `SETTINGS_LOCK` across every extension context; `fn` is told whether it
 * holds it (false where there are no Web Locks: it runs at once, and must not put a copy).
 */
export function withSettingsLock<T>(fn: (locked: boolean) => Promise<T>): Promise<T> {
  const locks = (globalThis as { navigator?: { locks?: Locks | null } }).navigator?.locks;
  return locks ? locks.request(SETTINGS_LOCK, () => fn(true)) : fn(false);
}
