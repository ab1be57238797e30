import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  checkForUpdate,
  UPDATE_ALARM,
  UPDATE_STATE_KEY,
  type UpdateDeps,
} from '../../../lib/background/update';
import { getCountry, dataVersion, BUILTIN_VERSION } from '../../../lib/campaign';
import { resetToBuiltIn } from '../../../lib/campaign/store';
import { BUNDLES_KEY, MAX_BUNDLE_BYTES, resetReady } from '../../../lib/campaign/feed';
import { germanySigns, signPayload, testKeys, type TestKeys } from './sign';

let keys: TestKeys;
const URL_ = 'https://feed.example.org/campaign.json';

function deps(
  fetchImpl: typeof fetch,
  over: Partial<Awaited<ReturnType<NonNullable<UpdateDeps['settings']>>>> = {},
): UpdateDeps {
  return {
    fetch: fetchImpl,
    publicKey: keys.publicKey,
    settings: async () => ({
      updateUrl: URL_,
      country: 'DE',
      notifications: true,
      uiLang: 'en',
      ...over,
    }),
  };
}
const serve = (body: string, init: ResponseInit = {}) =>
  vi.fn<typeof fetch>(async () => new Response(body, { status: 200, ...init }));

beforeEach(async () => {
  resetToBuiltIn();
  resetReady();
  keys = await testKeys();
});
afterEach(() => resetToBuiltIn());

describe('checkForUpdate', () => {
  it('applies a valid update and notifies once when the reader’s country changes status', async () => {
    const f = serve(await signPayload(germanySigns(), keys));
    const state = await checkForUpdate(deps(f));
    expect(state).toMatchObject({ outcome: 'updated', version: '2026.12.11', url: URL_ });
    expect(f).toHaveBeenCalledTimes(1);
    expect(f.mock.calls[0]![1]).toMatchObject({
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      redirect: 'error',
    });
    expect(getCountry('DE')?.status).toBe('signed');
    const notes = await fakeBrowser.notifications.getAll();
    expect(Object.keys(notes)).toEqual(['campaign-status-DE']);
    expect(JSON.stringify(notes)).toMatch(/Germany: signed, not ratified/);
    expect((await fakeBrowser.storage.local.get(UPDATE_STATE_KEY))[UPDATE_STATE_KEY]).toMatchObject(
      { outcome: 'updated' },
    );
  });

  it('does not notify when notifications are off or another country changed', async () => {
    await checkForUpdate(
      deps(serve(await signPayload(germanySigns(), keys)), { notifications: false }),
    );
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([]);
    resetToBuiltIn();
    await checkForUpdate(
      deps(serve(await signPayload(germanySigns('2026.12.15'), keys)), { country: 'FR' }),
    );
    expect(getCountry('DE')?.status).toBe('signed');
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toEqual([]);
  });

  it('makes no request when updates are switched off', async () => {
    const f = serve('');
    expect(await checkForUpdate(deps(f, { updateUrl: null }))).toMatchObject({ outcome: 'off' });
    expect(f).not.toHaveBeenCalled();
  });

  it('refuses plain http', async () => {
    const f = serve('');
    expect(
      await checkForUpdate(deps(f, { updateUrl: 'http://feed.example.org/x.json' })),
    ).toMatchObject({
      outcome: 'network',
      detail: 'https only',
    });
    expect(f).not.toHaveBeenCalled();
  });

  it('keeps the data on network errors, HTTP errors and timeouts', async () => {
    const offline = vi.fn<typeof fetch>(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await checkForUpdate(deps(offline))).toMatchObject({ outcome: 'network' });
    expect(await checkForUpdate(deps(serve('nope', { status: 503 })))).toMatchObject({
      outcome: 'http',
      detail: '503',
    });
    const hanging = vi.fn<typeof fetch>(
      (_url, init) =>
        new Promise((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () =>
            reject(new DOMException('aborted', 'AbortError')),
          );
        }),
    );
    expect(await checkForUpdate({ ...deps(hanging), timeoutMs: 5 })).toMatchObject({
      outcome: 'network',
      detail: 'AbortError',
    });
    expect(getCountry('DE')?.status).toBe('not_signed');
    expect(dataVersion).toBe(BUILTIN_VERSION);
  });

  it('refuses an oversized body, declared or streamed', async () => {
    const declared = serve('{}', { headers: { 'content-length': String(MAX_BUNDLE_BYTES + 1) } });
    expect(await checkForUpdate(deps(declared))).toMatchObject({ outcome: 'too_large' });
    const streamed = serve('x'.repeat(MAX_BUNDLE_BYTES + 10));
    expect(await checkForUpdate(deps(streamed))).toMatchObject({ outcome: 'too_large' });
  });

  it('reports not_newer ("already up to date") when the feed still serves the applied bundle or an older one', async () => {
    const bundle = await signPayload(germanySigns(), keys);
    expect(await checkForUpdate(deps(serve(bundle)))).toMatchObject({ outcome: 'updated' });
    expect(await checkForUpdate(deps(serve(bundle)))).toMatchObject({ outcome: 'not_newer' });
    const older = await signPayload(germanySigns('2026.11.30'), keys);
    expect(await checkForUpdate(deps(serve(older)))).toMatchObject({ outcome: 'not_newer' });
    expect(dataVersion).toBe('2026.12.11');
  });

  it('reports a bad signature and keeps the last good data', async () => {
    const good = await signPayload(germanySigns(), keys);
    await checkForUpdate(deps(serve(good)));
    const stranger = await testKeys();
    const forged = await signPayload({ ...germanySigns('2027.1.1'), countries: [] }, stranger);
    expect(await checkForUpdate(deps(serve(forged)))).toMatchObject({ outcome: 'bad_signature' });
    expect(getCountry('DE')?.status).toBe('signed');
    expect((await fakeBrowser.storage.local.get(BUNDLES_KEY))[BUNDLES_KEY]).toEqual([good]);
  });
});

describe('registerUpdates', () => {
  it('schedules one daily alarm and checks when it fires', async () => {
    vi.resetModules();
    const f = serve(await signPayload(germanySigns(), keys));
    const upd = await import('../../../lib/background/update');
    upd.registerUpdates(deps(f));
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(UPDATE_ALARM)).toBeTruthy());
    const alarm = await fakeBrowser.alarms.get(UPDATE_ALARM);
    expect(alarm?.periodInMinutes).toBe(24 * 60);
    await fakeBrowser.alarms.onAlarm.trigger(alarm!);
    await vi.waitFor(() => expect(f).toHaveBeenCalledTimes(1));
    const campaign = await import('../../../lib/campaign');
    await vi.waitFor(() => expect(campaign.getCountry('DE')?.status).toBe('signed'));
  });
});
