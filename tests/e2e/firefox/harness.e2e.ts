// The Firefox half of the harness: Firefox ESR over WebDriver BiDi installs the built
// extension, serves fixture pages and opens the extension's own pages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxSession } from '../firefox';

describe('Firefox harness', () => {
  let s: FirefoxSession;
  beforeAll(async () => {
    s = await launchFirefox();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('installs the extension and serves fixture pages', async () => {
    expect(s.addonId).toBe('treaty-lens@treaty-lens.org');
    const tab = await s.newTab(s.server.url('/pages/plain.html'));
    expect(await tab.eval<string>('document.title')).toBe('Local weather: a mild week ahead');
    expect(s.server.requests).toContain('GET /pages/plain.html');
    await tab.close();
  });
});
