/** Settings: one record, defaults filled in on read, so old records gain new fields. */
import { db } from './db';
import { withDefaults } from './defaults';
import { guard } from './errors';
import { SETTINGS_KEY } from './schema';
import type { Settings } from './types';
import { ledgerChanged } from './notify';
import { sessionArea } from '../runtime-lite';
import { readSettingsCopy, SETTINGS_COPY_KEY, withSettingsLock } from './settings-copy';

export {
  DEFAULT_UPDATE_URL,
  validUpdateUrl,
  defaultSettings,
  RETIRED_SETTINGS,
  withoutRetired,
} from './defaults';

/** Current settings (defaults for anything never set). */
export async function getSettings(): Promise<Settings> {
  return guard(async () => withDefaults((await db.settings.get(SETTINGS_KEY))?.value));
}

/** A change to settings; `sender` may be given partly. */
export type SettingsPatch = Partial<Omit<Settings, 'sender'>> & {
  sender?: Partial<Settings['sender']>;
};

/** Apply a partial change atomically (read-modify-write in one transaction) and return the result. */
export async function updateSettings(patch: SettingsPatch): Promise<Settings> {
  const next = await changingSettings(() =>
    guard(() =>
      db.transaction('rw', db.settings, async () => {
        const cur = withDefaults((await db.settings.get(SETTINGS_KEY))?.value);
        const next: Settings = { ...cur, ...patch, sender: { ...cur.sender, ...patch.sender } };
        await db.settings.put({ key: SETTINGS_KEY, value: next });
        return next;
      }),
    ),
  );
  if ('followUpDays' in patch || 'notifications' in patch) ledgerChanged();
  return next;
}

/** Put the stored record's value as the copy. Only while holding the lock (settings-copy.ts). */
async function putCopy(): Promise<void> {
  const area = sessionArea();
  if (!area) return;
  try {
    const value = (await db.settings.get(SETTINGS_KEY))?.value ?? null;
    await area.set({ [SETTINGS_COPY_KEY]: { value } });
  } catch {
    // No copy: the popup reads IndexedDB.
  }
}

/**
 * Run `change`, which may write the settings record, by the copy's rule (lib/db/settings-copy.ts):
 * holding the lock, the copy removed before, the stored value put back as the copy after
 * (also when `change` failed: its transaction then changed nothing). Every writer of the
 * record goes through this.
 */
export async function changingSettings<T>(change: () => Promise<T>): Promise<T> {
  const area = sessionArea();
  if (!area) return change();
  return withSettingsLock(async (locked) => {
    // Not removed, not written: a copy would outlive the change.
    await area.remove(SETTINGS_COPY_KEY);
    try {
      return await change();
    } finally {
      if (locked) await putCopy();
    }
  });
}

/**
 * Put a copy when there is none (the background, as it starts: `storage.session` is empty after
 * a browser restart or an extension update), so the popup's next first frame finds one.
 */
export async function keepSettingsCopy(): Promise<void> {
  const area = sessionArea();
  if (!area) return;
  await withSettingsLock(async (locked) => {
    if (locked && !(await readSettingsCopy(area))) await putCopy();
  });
}
