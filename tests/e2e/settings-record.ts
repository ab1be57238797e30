// Raw writes of the settings record from an extension page, for tests that set up a state the
// UI cannot reach directly. They keep the rule of the popup's copy of the settings
// (lib/db/settings-copy.ts), as lib/db does: holding its lock, the copy removed first.
import type { Page } from 'playwright-core';
import { DB_NAME, SETTINGS_KEY } from '../../lib/db/constants';
import { SETTINGS_COPY_KEY, SETTINGS_LOCK } from '../../lib/db/settings-copy';

type SessionChrome = { storage: { session: { remove(key: string): Promise<void> } } };

/**
 * In the page, by the copy's rule: `value` replaces the stored record; without it, a first
 * visit (no composer draft in localStorage or IndexedDB, and no sender, region or country in
 * the record; the interface language stays).
 */
const write = (p: Page, value?: Record<string, unknown>) =>
  p.evaluate(
    ({ value, names }) =>
      navigator.locks.request(names.lock, async () => {
        const { chrome } = globalThis as unknown as { chrome: SessionChrome };
        await chrome.storage.session.remove(names.copy);
        await new Promise<void>((done, fail) => {
          const open = indexedDB.open(names.db);
          open.onerror = () => fail(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction(['settings', 'meta'], 'readwrite');
            tx.oncomplete = () => (open.result.close(), done());
            tx.onerror = () => fail(tx.error);
            const store = tx.objectStore('settings');
            if (value) return void store.put({ key: names.key, value });
            localStorage.clear();
            tx.objectStore('meta').delete('composer.draft');
            const get = store.get(names.key);
            get.onsuccess = () => {
              const row = get.result as { value: Record<string, unknown> } | undefined;
              if (row)
                store.put({
                  key: names.key,
                  value: {
                    ...row.value,
                    country: '',
                    region: '',
                    sender: { name: '', city: '', role: '' },
                  },
                });
            };
          };
        });
      }),
    {
      value,
      names: { lock: SETTINGS_LOCK, copy: SETTINGS_COPY_KEY, db: DB_NAME, key: SETTINGS_KEY },
    },
  );

/** Replace the stored settings record with `value`. */
export const replaceSettings = (p: Page, value: Record<string, unknown>) => write(p, value);

/**
 * A first visit: no composer draft (localStorage and IndexedDB), and no sender, region or
 * country in the settings record (the interface language stays).
 */
export const firstVisit = (p: Page) => write(p);
