// Make sent letters' follow-ups due now, from an extension page the test controls, so the real
// alarm path runs: the background wakes on its own alarm, reads the database, badges the toolbar
// and notifies. Production has no hook for this (issue 15: no test hooks in shipped settings or
// messages). The follow-up date of every sent letter (or of `ids`) moves into the past, the
// once-a-day notification mark is deleted, and the follow-up alarm is set to fire now.
import type { Page } from 'playwright-core';

/** lib/db/schema.ts DB_NAME; lib/db/followups.ts LAST_NOTIFIED; lib/background FOLLOW_UP_ALARM. */
const DB_NAME = 'treaty-lens';
const LAST_NOTIFIED = 'followups.lastNotifiedAt';
const FOLLOW_UP_ALARM = 'treaty-lens:followups';

/** Returns how many letters were made due. `page` must be an extension page. */
export async function makeFollowUpsDue(page: Page, ids?: string[]): Promise<number> {
  return page.evaluate(
    async ({ only, name, lastNotified, alarm }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(name);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const past = new Date(Date.now() - 60_000).toISOString();
      const changed = await new Promise<number>((resolve, reject) => {
        const tx = db.transaction(['letters', 'meta'], 'readwrite');
        let n = 0;
        const cursor = tx.objectStore('letters').openCursor();
        cursor.onsuccess = () => {
          const c = cursor.result;
          if (!c) return;
          const l = c.value as {
            id: string;
            state: string;
            followUp?: { dueAt: string | null; stopped?: boolean; snoozedUntil?: string };
          };
          if (
            l.state === 'sent' &&
            l.followUp?.dueAt &&
            !l.followUp.stopped &&
            (!only || only.includes(l.id))
          ) {
            // Written past Dexie, so the field its hook keeps is set here as lib/db/dates.ts
            // `followUpDueAt` derives it: the index the background counts (schema v4).
            const s = l.followUp.snoozedUntil;
            c.update({
              ...l,
              followUp: { ...l.followUp, dueAt: past },
              followUpAt: s && s > past ? s : past,
            });
            n++;
          }
          c.continue();
        };
        tx.objectStore('meta').delete(lastNotified);
        tx.oncomplete = () => resolve(n);
        tx.onerror = () => reject(tx.error);
      });
      db.close();
      const chrome = (
        globalThis as unknown as {
          chrome: { alarms: { create(n: string, a: { when: number }): Promise<void> } };
        }
      ).chrome;
      await chrome.alarms.create(alarm, { when: Date.now() });
      return changed;
    },
    { only: ids ?? null, name: DB_NAME, lastNotified: LAST_NOTIFIED, alarm: FOLLOW_UP_ALARM },
  );
}
