/**
 * A copy of the Chromium or Firefox build that trusts a test feed key instead of the release key, for
 * end-to-end tests of signed campaign updates. The release key's secret half is not on any test
 * machine (docs/campaign-data.md), and the extension has no switch to trust another key: the
 * test copies the build and swaps the public key's text in its scripts. The shipped build is
 * never changed.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toBase64 } from '../../lib/campaign/feed-crypto';
import { FEED_PUBLIC_KEY } from '../../lib/campaign/feed-key';
import type { UpdatePayload } from '../../lib/campaign/schema';
import { germanySigns } from '../unit/campaign/sign';
import { requireBuild } from './browsers';

/** Copy a build into a temporary folder, trusting `publicKey` for updates. */
export function buildTrustingKey(
  publicKey: Uint8Array,
  browser: 'chromium' | 'firefox' = 'chromium',
): string {
  const name = browser === 'chromium' ? 'chrome-mv3' : 'firefox-mv2';
  const dir = join(mkdtempSync(join(tmpdir(), 'treaty-lens-feedkey-')), name);
  cpSync(requireBuild(browser), dir, { recursive: true });
  const key = toBase64(publicKey);
  let swapped = 0;
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.js')) {
        const text = readFileSync(p, 'utf8');
        if (!text.includes(FEED_PUBLIC_KEY)) continue;
        writeFileSync(p, text.split(FEED_PUBLIC_KEY).join(key));
        swapped++;
      }
    }
  };
  walk(dir);
  if (!swapped) throw new Error('the build carries no feed key to swap');
  return dir;
}

/** Update B of the accumulation tests: Sweden signs (its built-in status is unknown). */
export function swedenSigns(version: string): UpdatePayload {
  const de = germanySigns(version);
  return {
    ...de,
    issued: '2026-12-01',
    expires: '2027-04-01',
    countries: [{ ...de.countries![0]!, code: 'SE', signed: '2026-11-30', asOf: '2026-11-30' }],
  };
}

/** Update C: issued in June, expired in September (the data is then stale). */
export function expiredBundle(version: string): UpdatePayload {
  return { ...swedenSigns(version), issued: '2026-06-01', expires: '2026-09-01', countries: [] };
}
