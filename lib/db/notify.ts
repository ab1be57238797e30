/**
 * Tell the background that follow-up-relevant data changed, so it re-derives the badge, the
 * alarm and notifications. Fire-and-forget: the background re-derives on every alarm and on
 * start-up anyway, so a lost message only delays the badge.
 */
import { send } from '../messaging';

/** True in the background context (service worker, or the MV2 background page). */
function inBackground(): boolean {
  if (typeof window === 'undefined') return true;
  return (
    typeof location !== 'undefined' &&
    /\/background(\.html)?$|_generated_background_page/.test(location.pathname)
  );
}

/** Ask the background to re-derive follow-ups (no-op inside the background itself). */
export function ledgerChanged(): void {
  if (inBackground()) return;
  void send('page:ledgerChanged', {});
}
