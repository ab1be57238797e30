/**
 * Whether the daily campaign-update request may go out (issue 15). The request is the only one
 * Treaty Lens makes; where using the extension is risky — the reader's country is rated Not Free
 * by the safety index (`isRiskyCountry`, lib/campaign/risk.ts) — an ISP or state network that
 * sees it every day learns who uses Treaty Lens. There updates stay off until the reader turns
 * them on. Everywhere else they are on, and the popup offers to turn them off until the reader
 * has decided either way.
 *
 * The reader's decision is a flag in `browser.storage.local`, not a setting: an export does not
 * carry it, so an import cannot plant it, and "Delete all my data" resets it (off again where
 * risky).
 */
import { browser } from 'wxt/browser';
import { updatesOffByDefault } from './risk';
import { chosenIn, UPDATES_CHOSEN_KEY } from './update-choice';

export { UPDATES_CHOSEN_KEY };

/** Whether the reader has decided about updates themselves. */
export function updatesChosen(): Promise<boolean> {
  return chosenIn(browser.storage.local);
}

/** Record that the reader decided (turned updates on or off, or kept them). */
export async function chooseUpdates(): Promise<void> {
  await browser.storage.local.set({ [UPDATES_CHOSEN_KEY]: true });
}

// In risk.ts, without the extension API, for the popup's first frame (issue 17).
export { updatesOffByDefault };

/** Whether the daily request may go out: not before the reader chose, where it is risky. */
export function updatesAllowed(country: string, chosen: boolean): boolean {
  return chosen || !updatesOffByDefault(country);
}
