// Raw writes of the settings record from an extension page, for tests that set up a state the
// UI cannot reach directly. They keep the rule of the popup's copy of the settings
// (lib/db/settings-copy.ts), as lib/db does: holding its lock, the copy removed first.
import type { Page } from 'playwright-core';

type SessionChrome = { storage: { session: { remove(key: string): Promise<void> } } };

/** Replace the stored settings record with `value`. */
export const replaceSettings = (p: Page, value: Record<string, unknown>) =>
  p.evaluate(
    (value) =>
      navigator.locks.request('treaty-lens-settings', async () => {
        const { chrome } = globalThis as unknown as { chrome: SessionChrome };
        await chrome.storage.session.remove('settingsCopy');
        await new Promise<void>((done, fail) => {
          const open = indexedDB.open('treaty-lens');
          open.onerror = () => fail(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('settings', 'readwrite');
            tx.objectStore('settings').put({ key: 'settings', value });
            tx.oncomplete = () => (open.result.close(), done());
            tx.onerror = () => fail(tx.error);
          };
        });
      }),
    value,
  );

/**
 * A first visit: no composer draft (localStorage and IndexedDB), and no sender, region or
 * country in the settings record (the interface language stays).
 */
export const firstVisit = (p: Page) =>
  p.evaluate(() =>
    navigator.locks.request('treaty-lens-settings', async () => {
      const { chrome } = globalThis as unknown as { chrome: SessionChrome };
      await chrome.storage.session.remove('settingsCopy');
      await new Promise<void>((done, fail) => {
        localStorage.clear();
        const open = indexedDB.open('treaty-lens');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['settings', 'meta'], 'readwrite');
          tx.objectStore('meta').delete('composer.draft');
          const store = tx.objectStore('settings');
          const get = store.get('settings');
          get.onsuccess = () => {
            const row = get.result as { key: string; value: Record<string, unknown> } | undefined;
            if (row)
              store.put({
                key: 'settings',
                value: {
                  ...row.value,
                  country: '',
                  region: '',
                  sender: { name: '', city: '', role: '' },
                },
              });
          };
          tx.oncomplete = () => (open.result.close(), done());
          tx.onerror = () => fail(tx.error);
        };
      });
    }),
  );
