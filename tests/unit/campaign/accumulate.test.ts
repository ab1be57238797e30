// Issue 15: accepted signed updates accumulate (every bundle kept, re-applied in version order at
// every start), the highest accepted version is kept apart (no rollback even if the list is lost),
// and bundles carry `expires`, after which the data counts as stale. Before this, only the last
// bundle was stored: update A then B left only B after a restart, and nothing ever aged.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  applyUpdate,
  BUNDLES_KEY,
  compactBundles,
  HIGHEST_KEY,
  loadOverlay,
  verifyBundle,
} from '../../../lib/campaign/feed';
import { dataVersion, freshness, getCountry } from '../../../lib/campaign';
import { BUILTIN_EXPIRES, BUILTIN_ISSUED, resetToBuiltIn } from '../../../lib/campaign/store';
import type { UpdatePayload } from '../../../lib/campaign/schema';
import { buildPanelView } from '../../../lib/panel/view';
import { germanySigns, signPayload, testKeys, type TestKeys } from './sign';

let keys: TestKeys;
beforeEach(async () => {
  resetToBuiltIn();
  keys = await testKeys();
});
afterEach(() => resetToBuiltIn());

/** Update B: France ratifies (a different country from A, Germany signs). */
function franceRatifies(version = '2026.12.12'): UpdatePayload {
  return {
    format: 1,
    version,
    issued: '2026-12-02',
    expires: '2027-04-01',
    countries: [
      {
        code: 'FR',
        status: 'ratified',
        confidence: 'confirmed',
        signed: '2025-10-25',
        ratified: '2026-11-30',
        source: {
          publisher: 'United Nations Treaty Collection',
          title: 'Chapter XVIII-16',
          url: 'https://treaties.un.org/doc/Publication/MTDSG/Volume%20II/Chapter%20XVIII/XVIII-16.en.xml',
          date: '2026-11-30',
          kind: 'depositary',
        },
        asOf: '2026-11-30',
        euMember: true,
      },
    ],
  };
}

const opts = () => ({ publicKey: keys.publicKey });
/** A service-worker restart: module state back to the built-in data, then start-up. */
async function restart() {
  resetToBuiltIn();
  return loadOverlay(opts());
}

describe('accepted updates accumulate', () => {
  it('update A then update B (different countries) both hold after a restart', async () => {
    expect((await applyUpdate(await signPayload(germanySigns(), keys), opts())).ok).toBe(true);
    expect((await applyUpdate(await signPayload(franceRatifies(), keys), opts())).ok).toBe(true);
    expect(getCountry('DE')?.status).toBe('signed');
    expect(getCountry('FR')?.status).toBe('ratified');
    await restart();
    expect(getCountry('DE')?.status).toBe('signed');
    expect(getCountry('FR')?.status).toBe('ratified');
    expect(dataVersion).toBe('2026.12.12');
  });

  it('refuses A served again after B, and keeps both', async () => {
    const a = await signPayload(germanySigns(), keys);
    await applyUpdate(a, opts());
    await applyUpdate(await signPayload(franceRatifies(), keys), opts());
    expect(await applyUpdate(a, opts())).toMatchObject({ ok: false, reason: 'not_newer' });
    await restart();
    expect([getCountry('DE')?.status, getCountry('FR')?.status]).toEqual(['signed', 'ratified']);
  });

  it('keeps the highest version apart: losing the bundle list re-opens no rollback', async () => {
    const a = await signPayload(germanySigns(), keys);
    await applyUpdate(a, opts());
    await applyUpdate(await signPayload(franceRatifies(), keys), opts());
    expect((await fakeBrowser.storage.local.get(HIGHEST_KEY))[HIGHEST_KEY]).toBe('2026.12.12');
    await fakeBrowser.storage.local.remove(BUNDLES_KEY);
    await restart();
    expect(await applyUpdate(a, opts())).toMatchObject({ ok: false, reason: 'not_newer' });
  });

  it('drops a bundle every change of which a later one repeats', async () => {
    const a = await signPayload(germanySigns('2026.12.11'), keys);
    const b = await signPayload(franceRatifies('2026.12.12'), keys);
    const c = await signPayload(
      { ...germanySigns('2026.12.13'), issued: '2026-12-03', expires: '2027-04-02' },
      keys,
    );
    for (const t of [a, b, c]) expect((await applyUpdate(t, opts())).ok).toBe(true);
    const list = (await fakeBrowser.storage.local.get(BUNDLES_KEY))[BUNDLES_KEY] as string[];
    expect(list).toEqual([b, c]);
    await restart();
    expect([getCountry('DE')?.status, getCountry('FR')?.status]).toEqual(['signed', 'ratified']);
  });

  it('compaction keeps the newest bundle and any bundle with a change no later one makes', () => {
    const p = (version: string, codes: string[]) => ({
      text: version,
      payload: {
        ...germanySigns(version),
        countries: codes.map((code) => ({ ...germanySigns().countries![0]!, code })),
      },
    });
    const kept = compactBundles([
      p('1', ['DE', 'FR']),
      p('2', ['DE']),
      p('3', ['FR']),
      p('4', ['FR']),
    ]);
    expect(kept.map((b) => b.text)).toEqual(['2', '4']);
  });

  it('reads the single overlay older releases stored, once', async () => {
    await fakeBrowser.storage.local.set({
      campaignOverlay: await signPayload(germanySigns(), keys),
    });
    await restart();
    expect(getCountry('DE')?.status).toBe('signed');
    await applyUpdate(await signPayload(franceRatifies(), keys), opts());
    expect(
      (await fakeBrowser.storage.local.get('campaignOverlay')).campaignOverlay,
    ).toBeUndefined();
    await restart();
    expect([getCountry('DE')?.status, getCountry('FR')?.status]).toEqual(['signed', 'ratified']);
  });
});

describe('updates expire', () => {
  it('refuses a bundle without `expires`, or expiring before it was issued', async () => {
    const { expires: _, ...bare } = germanySigns();
    expect(await verifyBundle(await signPayload(bare, keys), opts())).toMatchObject({
      ok: false,
      reason: 'schema',
    });
    const backwards = { ...germanySigns(), expires: '2026-11-01' };
    expect(await verifyBundle(await signPayload(backwards, keys), opts())).toMatchObject({
      ok: false,
      reason: 'schema',
    });
  });

  it('says where the data is from, and that it is stale once the newest bundle expired', async () => {
    expect(freshness(new Date('2026-12-05'))).toEqual({
      issued: BUILTIN_ISSUED,
      expires: BUILTIN_EXPIRES,
      stale: false,
    });
    expect(BUILTIN_ISSUED).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // An expired bundle is still the newest data there is: applied, but marked stale.
    const old = { ...germanySigns(), issued: '2026-11-27', expires: '2026-12-01' };
    expect((await applyUpdate(await signPayload(old, keys), opts())).ok).toBe(true);
    expect(freshness(new Date('2026-12-05'))).toEqual({
      issued: '2026-11-27',
      expires: '2026-12-01',
      stale: true,
    });
    expect(freshness(new Date('2026-11-30')).stale).toBe(false);
    await restart();
    expect(freshness(new Date('2026-12-05')).stale).toBe(true);
    // The panel's view carries it (the panel shows "Campaign data from …" and the warning).
    const view = buildPanelView({
      articleLang: 'en',
      userLang: 'en',
      country: 'DE',
      now: new Date('2026-12-05'),
    });
    expect(view.data).toEqual({ issued: '2026-11-27', stale: true });
  });

  it('counts the built-in data stale four months after its review with no update', () => {
    expect(freshness(new Date(`${BUILTIN_EXPIRES}T12:00:00Z`)).stale).toBe(false);
    const after = new Date(Date.parse(`${BUILTIN_EXPIRES}T12:00:00Z`) + 86_400_000);
    expect(freshness(after).stale).toBe(true);
  });
});
