/**
 * Reading the reader's update decision (lib/campaign/update-policy.ts says what it is) from
 * any storage area, without webextension-polyfill: the popup reads it before its first frame
 * through the browser's own `storage.local` (lib/runtime-lite.ts), so that frame no longer
 * waits while the polyfill loads (issue 17); everything else reads it through the polyfill.
 */

/** `storage.local` key: the reader decided about updates (options or popup). */
export const UPDATES_CHOSEN_KEY = 'campaignUpdatesChosen';

/** The part of a `storage.local` area this reads. */
export interface LocalArea {
  get(key: string): Promise<Record<string, unknown>>;
}

/** Whether the reader has decided about updates, as stored in `area` (false when unreadable). */
export async function chosenIn(area: LocalArea): Promise<boolean> {
  try {
    return (await area.get(UPDATES_CHOSEN_KEY))[UPDATES_CHOSEN_KEY] === true;
  } catch {
    return false;
  }
}
