// Issue 17: the popup reads the reader's update decision before its first frame through the
// browser's own storage API (lib/runtime-lite.ts), not the polyfill. That read must find what
// the polyfill-based write (options page, popup buttons) stored, under the same key.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { chosenIn } from '../../../lib/campaign/update-choice';
import { chooseUpdates, updatesChosen } from '../../../lib/campaign/update-policy';
import { localArea } from '../../../lib/runtime-lite';

afterEach(() => vi.unstubAllGlobals());

describe("the popup's polyfill-free read of the update decision", () => {
  it('finds the decision the polyfill wrote, and nothing before it', async () => {
    // Chrome's `chrome` global (the unit tests' fake browser stands in for it).
    vi.stubGlobal('chrome', fakeBrowser);
    expect(await chosenIn(localArea())).toBe(false);
    await chooseUpdates();
    expect(await chosenIn(localArea())).toBe(true);
    expect(await updatesChosen()).toBe(true);
  });

  it('reads only a stored true as decided, and an unreadable area as undecided', async () => {
    await fakeBrowser.storage.local.set({ campaignUpdatesChosen: 'yes' });
    expect(await chosenIn(fakeBrowser.storage.local)).toBe(false);
    expect(await chosenIn({ get: () => Promise.reject(new Error('gone')) })).toBe(false);
  });
});
