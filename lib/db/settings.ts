/** Settings: one record, defaults filled in on read, so old records gain new fields. */
import { db } from './db';
import { withDefaults } from './defaults';
import { guard } from './errors';
import { SETTINGS_KEY } from './schema';
import type { Settings } from './types';
import { ledgerChanged } from './notify';

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
  const next = await guard(() =>
    db.transaction('rw', db.settings, async () => {
      const cur = withDefaults((await db.settings.get(SETTINGS_KEY))?.value);
      const next: Settings = { ...cur, ...patch, sender: { ...cur.sender, ...patch.sender } };
      await db.settings.put({ key: SETTINGS_KEY, value: next });
      return next;
    }),
  );
  if ('followUpDays' in patch || 'notifications' in patch) ledgerChanged();
  return next;
}
