import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  applyUpdate,
  loadOverlay,
  MAX_BUNDLE_BYTES,
  OVERLAY_KEY,
  BUNDLES_KEY,
  verifyBundle,
} from '../../../lib/campaign/feed';
import { verifySignature } from '../../../lib/campaign/feed-crypto';
import { askFor, BUILTIN_VERSION, dataVersion, getCountry } from '../../../lib/campaign';
import { resetToBuiltIn } from '../../../lib/campaign/store';
import { germanySigns, signPayload, signText, testKeys, type TestKeys } from './sign';

let keys: TestKeys;
let other: TestKeys;

beforeEach(async () => {
  resetToBuiltIn();
  keys = await testKeys();
  other = await testKeys();
});
afterEach(() => resetToBuiltIn());

const stored = async () => {
  const list = (await fakeBrowser.storage.local.get(BUNDLES_KEY))[BUNDLES_KEY] as string[];
  return list?.[list.length - 1];
};

describe('a valid update', () => {
  it('is applied, persisted and bumps the data version', async () => {
    expect(getCountry('DE')?.status).toBe('not_signed');
    const bundle = await signPayload(germanySigns(), keys);
    const res = await applyUpdate(bundle, { publicKey: keys.publicKey });
    expect(res.ok).toBe(true);
    expect(getCountry('DE')).toMatchObject({ status: 'signed', signed: '2026-11-20' });
    expect(askFor('DE', new Date('2026-11-27'))).toBe('do_not_ratify');
    expect(dataVersion).toBe('2026.12.11');
    expect(await stored()).toBe(bundle);
  });

  it('replaces facts by id and adds new ones', async () => {
    const fact = {
      id: 'status-signature',
      kind: 'status',
      title: { en: 'Updated' },
      text: { en: 'Updated text' },
      articles: ['64'],
      sources: [{ publisher: 'UN', title: 'x', date: '2026-11-27' }],
      lastChecked: '2026-11-27',
    };
    const res = await applyUpdate(await signPayload({ ...germanySigns(), facts: [fact] }, keys), {
      publicKey: keys.publicKey,
    });
    expect(res.ok).toBe(true);
    const { facts } = await import('../../../lib/campaign');
    expect(facts.find((f) => f.id === 'status-signature')?.title.en).toBe('Updated');
  });
});

describe('rejections keep the last good data', () => {
  async function expectRejected(bundle: string, reason: string, publicKey = keys.publicKey) {
    const before = JSON.stringify(getCountry('DE'));
    const version = dataVersion;
    const res = await applyUpdate(bundle, { publicKey });
    expect(res).toMatchObject({ ok: false, reason });
    expect(JSON.stringify(getCountry('DE'))).toBe(before);
    expect(dataVersion).toBe(version);
    expect(await stored()).toBeUndefined();
  }

  it('rejects a signature by another key', async () => {
    await expectRejected(await signPayload(germanySigns(), other), 'bad_signature');
  });

  it('rejects a payload changed after signing', async () => {
    const bundle = JSON.parse(await signPayload(germanySigns(), keys)) as {
      payload: string;
      signature: string;
    };
    bundle.payload = bundle.payload.replace('2026-11-20', '2026-11-21');
    await expectRejected(JSON.stringify(bundle), 'bad_signature');
  });

  it('rejects a signed payload that fails the schema', async () => {
    const bad = germanySigns();
    (bad.countries![0] as { status: string }).status = 'acceded';
    await expectRejected(await signPayload(bad, keys), 'schema');
  });

  it('rejects a signed payload with a "not_signed" state carrying a signature date', async () => {
    const bad = germanySigns();
    bad.countries![0]!.status = 'not_signed';
    await expectRejected(await signPayload(bad, keys), 'schema');
  });

  it('rejects an unknown country code', async () => {
    const bad = germanySigns();
    bad.countries![0]!.code = 'XK';
    await expectRejected(await signPayload(bad, keys), 'unknown_country');
  });

  it('rejects a version equal to or older than the current data (no rollback)', async () => {
    await expectRejected(await signPayload(germanySigns(BUILTIN_VERSION), keys), 'not_newer');
    await expectRejected(await signPayload(germanySigns('2025.1.1'), keys), 'not_newer');
    expect(
      (
        await applyUpdate(await signPayload(germanySigns('2026.12.12'), keys), {
          publicKey: keys.publicKey,
        })
      ).ok,
    ).toBe(true);
    const res = await applyUpdate(await signPayload(germanySigns('2026.12.11'), keys), {
      publicKey: keys.publicKey,
    });
    expect(res).toMatchObject({ ok: false, reason: 'not_newer' });
    expect(dataVersion).toBe('2026.12.12');
  });

  it('rejects a bundle over 1 MB before looking at it', async () => {
    const big = { ...germanySigns(), padding: 'x'.repeat(MAX_BUNDLE_BYTES) };
    await expectRejected(await signText(JSON.stringify(big), keys), 'too_large');
  });

  it('rejects text that is not a signed bundle', async () => {
    await expectRejected('not json', 'malformed');
    await expectRejected(JSON.stringify(germanySigns()), 'malformed');
  });

  it('is verified with the built-in key by default, which test keys do not match', async () => {
    const res = await verifyBundle(await signPayload(germanySigns(), keys));
    expect(res).toMatchObject({ ok: false, reason: 'bad_signature' });
  });
});

describe('start-up', () => {
  it('applies the stored overlay offline, without any network', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockRejectedValue(new Error('offline'));
    await fakeBrowser.storage.local.set({ [OVERLAY_KEY]: await signPayload(germanySigns(), keys) });
    const res = await loadOverlay({ publicKey: keys.publicKey });
    expect(res?.ok).toBe(true);
    expect(getCountry('DE')?.status).toBe('signed');
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('keeps the built-in data when there is no overlay', async () => {
    expect(await loadOverlay({ publicKey: keys.publicKey })).toBeNull();
    expect(getCountry('DE')?.status).toBe('not_signed');
    expect(dataVersion).toBe(BUILTIN_VERSION);
  });

  it('ignores a stored overlay that is tampered with or older than the built-in data', async () => {
    const bundle = JSON.parse(await signPayload(germanySigns(), keys)) as { payload: string };
    bundle.payload = bundle.payload.replace('signed', 'ratified');
    await fakeBrowser.storage.local.set({ [OVERLAY_KEY]: JSON.stringify(bundle) });
    expect((await loadOverlay({ publicKey: keys.publicKey }))?.ok).toBe(false);
    await fakeBrowser.storage.local.set({
      [OVERLAY_KEY]: await signPayload(germanySigns('2026.1.1'), keys),
    });
    expect(await loadOverlay({ publicKey: keys.publicKey })).toMatchObject({
      ok: false,
      reason: 'not_newer',
    });
    expect(getCountry('DE')?.status).toBe('not_signed');
  });
});

describe('signature verification', () => {
  it('falls back to the library where WebCrypto has no Ed25519', async () => {
    const msg = new TextEncoder().encode('hello');
    const ed = await import('@noble/ed25519');
    const sig = await ed.signAsync(msg, keys.secretKey);
    vi.spyOn(crypto.subtle, 'importKey').mockRejectedValue(
      new DOMException('unsupported', 'NotSupportedError'),
    );
    expect(await verifySignature(sig, msg, keys.publicKey)).toBe(true);
    expect(await verifySignature(sig, msg, other.publicKey)).toBe(false);
    expect(crypto.subtle.importKey).toHaveBeenCalled();
  });

  it('uses WebCrypto when available and agrees with the library', async () => {
    const msg = new TextEncoder().encode('payload');
    const ed = await import('@noble/ed25519');
    const sig = await ed.signAsync(msg, keys.secretKey);
    const verify = vi.spyOn(crypto.subtle, 'verify');
    expect(await verifySignature(sig, msg, keys.publicKey)).toBe(true);
    expect(verify).toHaveBeenCalled();
    sig[0] = sig[0]! ^ 1;
    expect(await verifySignature(sig, msg, keys.publicKey)).toBe(false);
  });
});

describe('open pages', () => {
  it('pick up an update the background accepted later, and only a genuine one', async () => {
    const { ready, resetReady } = await import('../../../lib/campaign/feed');
    resetReady();
    await ready({ publicKey: keys.publicKey });
    expect(getCountry('DE')?.status).toBe('not_signed');
    await fakeBrowser.storage.local.set({
      [BUNDLES_KEY]: [await signPayload(germanySigns(), other)],
    });
    await fakeBrowser.storage.local.set({
      [BUNDLES_KEY]: [await signPayload(germanySigns(), keys)],
    });
    await vi.waitFor(() => expect(getCountry('DE')?.status).toBe('signed'));
    resetReady();
  });
});
