/**
 * "Delete all my data", the background's half: every place outside IndexedDB and the pages'
 * own localStorage that the extension writes (issue 18, item 3). The ledger page empties
 * IndexedDB and its origin's localStorage/sessionStorage, then asks for this:
 *
 * - `storage.local`: everything but the signed campaign data (the same bundle for everyone,
 *   nothing about the reader; dropping it would show older treaty statuses until the next
 *   daily check);
 * - `storage.session` (where the browser has it): everything;
 * - alarms: the follow-up alarm (re-derived from the now empty ledger: a bare re-check timer);
 *   the daily campaign-update alarm carries nothing and stays;
 * - notifications: every one Treaty Lens shows;
 * - the toolbar badge: the global count and every tab's own mark.
 */
import { browser } from 'wxt/browser';
import { BUNDLES_KEY, HIGHEST_KEY, OVERLAY_KEY } from '../campaign/feed';
import { FOLLOW_UP_ALARM, reconcileFollowUps } from './followups';
import { handle } from './router';

/**
 * `storage.local` keys that survive a wipe: public campaign data only — the accepted signed
 * bundles, the highest version seen (so an older bundle is not taken again) and the legacy
 * single overlay of earlier versions.
 */
export const KEPT_ON_WIPE: readonly string[] = [BUNDLES_KEY, HIGHEST_KEY, OVERLAY_KEY];

type BadgeApi = {
  setBadgeText(d: { tabId?: number; text: string | null }): Promise<void>;
};

/** What a wipe removed (for the ledger's confirmation and the tests). */
export interface WipeReport {
  local: number;
  session: number;
  notifications: number;
  tabs: number;
}

/** Remove everything personal from the extension's browser-managed storage. */
export async function wipeBrowserStorage(): Promise<WipeReport> {
  const local = Object.keys(await browser.storage.local.get(null)).filter(
    (k) => !KEPT_ON_WIPE.includes(k),
  );
  if (local.length) await browser.storage.local.remove(local);
  const sessionArea = (browser.storage as { session?: typeof browser.storage.local }).session;
  let session = 0;
  if (sessionArea) {
    session = Object.keys(await sessionArea.get(null).catch(() => ({}))).length;
    await sessionArea.clear().catch(() => undefined);
  }
  const shown = Object.keys(await browser.notifications.getAll().catch(() => ({})));
  await Promise.all(shown.map((id) => browser.notifications.clear(id).catch(() => false)));
  await browser.alarms.clear(FOLLOW_UP_ALARM).catch(() => false);
  const b = browser as unknown as { action?: BadgeApi; browserAction?: BadgeApi };
  const badge = b.action ?? b.browserAction;
  const tabs = await browser.tabs.query({}).catch(() => []);
  if (badge) {
    await badge.setBadgeText({ text: '' }).catch(() => undefined);
    for (const tab of tabs) {
      if (tab.id === undefined) continue;
      await badge
        .setBadgeText({ tabId: tab.id, text: null })
        .catch(() => badge.setBadgeText({ tabId: tab.id, text: '' }))
        .catch(() => undefined);
    }
  }
  // The follow-up alarm, badge and notifications follow the (now empty) ledger again.
  await reconcileFollowUps().catch(() => undefined);
  return { local: local.length, session, notifications: shown.length, tabs: tabs.length };
}

/** Register `page:wipe`; call once from the background entrypoint. */
export function registerWipe(): void {
  handle('page:wipe', () => wipeBrowserStorage());
}
