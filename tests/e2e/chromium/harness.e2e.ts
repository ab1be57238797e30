// The harness itself: the built extension loads into real Chromium, its id and service worker
// are found, fixture pages are served from 127.0.0.1, and hand-offs to the OS are captured.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from '../harness';

describe('Chromium harness', () => {
  let s: ChromiumSession;
  beforeAll(async () => {
    s = await launchChromium();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('loads the built extension with its manifest', async () => {
    expect(s.extensionId).toMatch(/^[a-p]{32}$/);
    const sw = await s.serviceWorker();
    type Chrome = { runtime: { getManifest(): { manifest_version: number; name: string } } };
    const manifest = await sw.evaluate(() =>
      (globalThis as unknown as { chrome: Chrome }).chrome.runtime.getManifest(),
    );
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.name).toBe('Treaty Lens');
  });

  it('serves fixture pages on 127.0.0.1', async () => {
    const page = await s.newPage(s.server.url('/pages/plain.html'));
    expect(await page.title()).toBe('Local weather: a mild week ahead');
    expect(s.server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    await page.close();
  });

  it('captures mailto: hand-offs to the OS', async () => {
    const page = await s.newPage(s.server.url('/pages/plain.html'));
    await page.evaluate(() => {
      location.href = 'mailto:someone@example.org?subject=Hello%20world';
    });
    await expect
      .poll(() => s.handoffs(), { timeout: 30000 })
      .toContain('mailto:someone@example.org?subject=Hello%20world');
    await page.close();
  });
});
