import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { wipeBrowserStorage } from '../../../lib/background/wipe';

describe('wipeBrowserStorage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('removes every personal key and keeps the signed campaign updates the reader accepted', async () => {
    await fakeBrowser.storage.local.set({
      campaignBundles: ['signed-bundle-a', 'signed-bundle-b'],
      campaignHighestVersion: '2026.12.04',
      campaignOverlay: 'legacy-bundle',
      followUpSeen: { 'letter-1': '2026-12-01' },
      panelOpen: true,
    });
    const report = await wipeBrowserStorage();
    expect(report.local).toBe(2);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({
      campaignBundles: ['signed-bundle-a', 'signed-bundle-b'],
      campaignHighestVersion: '2026.12.04',
      campaignOverlay: 'legacy-bundle',
    });
  });
});
