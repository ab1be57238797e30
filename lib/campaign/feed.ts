/**
 * Signed campaign updates: the only way campaign data changes after a release.
 *
 * A bundle is JSON `{ "payload": "<JSON text>", "signature": "<base64 Ed25519 over the UTF-8
 * bytes of payload>" }`. Signing the payload text rather than re-serialised JSON means no
 * canonicalisation: the bytes checked are the bytes signed. A bundle is rejected, and the last
 * good data kept, when it is too large, malformed, badly signed, fails the schema, names an
 * unknown state, or is not newer than the data in use (no rollback). Accepted bundles
 * accumulate: each is kept and all are re-applied in version order at start-up.
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { UpdatePayloadSchema, type UpdatePayload } from './schema';
import { FEED_PUBLIC_KEY } from './feed-key';
import { fromBase64, verifySignature } from './feed-crypto';
export { fromBase64, toBase64, verifySignature } from './feed-crypto';
import {
  applyPayload,
  BUILTIN_VERSION,
  compareVersions,
  countries,
  dataVersion,
  resetToBuiltIn,
} from './store';

/** Largest bundle accepted, in bytes. */
export const MAX_BUNDLE_BYTES = 1024 * 1024;
/** `browser.storage.local` key of every accepted bundle text, in version order. */
export const BUNDLES_KEY = 'campaignBundles';
/** `browser.storage.local` key of the highest version ever accepted (no rollback below it). */
export const HIGHEST_KEY = 'campaignHighestVersion';
/** Where releases before accumulation kept the one last accepted bundle (read, then removed). */
export const OVERLAY_KEY = 'campaignOverlay';

/** Why a bundle was refused. */
export type RejectReason =
  'too_large' | 'malformed' | 'bad_signature' | 'schema' | 'unknown_country' | 'not_newer';

export type VerifyResult =
  { ok: true; payload: UpdatePayload } | { ok: false; reason: RejectReason; detail?: string };

export interface VerifyOptions {
  /** Raw 32-byte Ed25519 public key; defaults to the built-in key. */
  publicKey?: Uint8Array;
  /** Version the update must be newer than; defaults to the data in use. */
  currentVersion?: string;
}

const BundleSchema = v.strictObject({
  payload: v.pipe(v.string(), v.minLength(2)),
  signature: v.pipe(v.string(), v.regex(/^[A-Za-z0-9+/]{86}==$/)),
});

/** The built-in key, decoded; throws if the build carries a malformed key. */
export function builtInKey(): Uint8Array {
  const k = fromBase64(FEED_PUBLIC_KEY);
  if (k.length !== 32) throw new Error('built-in feed key is not a 32-byte Ed25519 key');
  return k;
}

/** Check a bundle's size, signature, schema and version; does not apply it. */
export async function verifyBundle(text: string, opts: VerifyOptions = {}): Promise<VerifyResult> {
  const bytes = new TextEncoder().encode(text);
  if (bytes.length > MAX_BUNDLE_BYTES) return { ok: false, reason: 'too_large' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'malformed', detail: 'not JSON' };
  }
  const bundle = v.safeParse(BundleSchema, raw);
  if (!bundle.success) return { ok: false, reason: 'malformed', detail: 'not a signed bundle' };
  const payloadBytes = new TextEncoder().encode(bundle.output.payload);
  const good = await verifySignature(
    fromBase64(bundle.output.signature),
    payloadBytes,
    opts.publicKey ?? builtInKey(),
  );
  if (!good) return { ok: false, reason: 'bad_signature' };
  // Only signed bytes are parsed beyond this point.
  let data: unknown;
  try {
    data = JSON.parse(bundle.output.payload);
  } catch {
    return { ok: false, reason: 'malformed', detail: 'payload is not JSON' };
  }
  const parsed = v.safeParse(UpdatePayloadSchema, data);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
    return { ok: false, reason: 'schema', detail: `${path}: ${issue.message}` };
  }
  const payload = parsed.output;
  const unknownCode = payload.countries?.find((c) => !countries.has(c.code));
  if (unknownCode) return { ok: false, reason: 'unknown_country', detail: unknownCode.code };
  for (const code of payload.globalStatus?.ratifiedBy ?? []) {
    if (!countries.has(code)) return { ok: false, reason: 'unknown_country', detail: code };
  }
  if (payload.expires <= payload.issued)
    return { ok: false, reason: 'schema', detail: 'expires: not after issued' };
  const current = opts.currentVersion ?? dataVersion;
  if (compareVersions(payload.version, current) <= 0) {
    return { ok: false, reason: 'not_newer', detail: `${payload.version} ≤ ${current}` };
  }
  return { ok: true, payload };
}

/** Most bundles kept, and most bytes they may take together, after superseded ones are dropped. */
export const MAX_STORED_BUNDLES = 64;
export const MAX_STORED_BYTES = 4 * MAX_BUNDLE_BYTES;

/** What the stored bundles change: country codes, fact ids, and the world-wide figures. */
function touches(p: UpdatePayload): string[] {
  return [
    ...(p.countries ?? []).map((c) => `c:${c.code}`),
    ...(p.facts ?? []).map((f) => `f:${f.id}`),
    ...(p.globalStatus ? ['g'] : []),
  ];
}

/**
 * Drop bundles whose every change a later bundle makes again (re-applying them changes
 * nothing that survives). Input and output in version order.
 */
export function compactBundles(list: { text: string; payload: UpdatePayload }[]) {
  const later = new Set<string>();
  const kept: typeof list = [];
  for (let i = list.length - 1; i >= 0; i--) {
    const keys = touches(list[i]!.payload);
    if (i === list.length - 1 || keys.some((k) => !later.has(k))) kept.unshift(list[i]!);
    for (const k of keys) later.add(k);
  }
  return kept;
}

/** The accepted bundles (version order) and the highest version ever accepted. */
async function readStored(): Promise<{ bundles: string[]; highest: string | null }> {
  const got = await browser.storage.local.get([BUNDLES_KEY, HIGHEST_KEY, OVERLAY_KEY]);
  const list = Array.isArray(got[BUNDLES_KEY])
    ? (got[BUNDLES_KEY] as unknown[]).filter((t): t is string => typeof t === 'string')
    : [];
  // Before updates accumulated, only the last accepted bundle was kept, under OVERLAY_KEY.
  const legacy = got[OVERLAY_KEY];
  if (typeof legacy === 'string' && !list.includes(legacy)) list.unshift(legacy);
  const highest = typeof got[HIGHEST_KEY] === 'string' ? (got[HIGHEST_KEY] as string) : null;
  return { bundles: list, highest };
}

/** Verify stored bundles in order, each newer than the one before and than the built-in data. */
async function verifyStored(
  texts: string[],
  publicKey?: Uint8Array,
): Promise<{ text: string; payload: UpdatePayload }[]> {
  const ok: { text: string; payload: UpdatePayload }[] = [];
  let floor = BUILTIN_VERSION;
  for (const text of texts) {
    const r = await verifyBundle(text, { publicKey, currentVersion: floor });
    if (!r.ok) continue;
    ok.push({ text, payload: r.payload });
    floor = r.payload.version;
  }
  return ok;
}

/**
 * Verify a bundle and, if it passes, keep it with the ones accepted before and apply it to the
 * live data. It must be newer than the data in use and than every version ever accepted (kept
 * apart from the bundles, so dropping or losing them never re-opens a rollback). On any
 * rejection nothing changes: the last good data stays in use.
 */
export async function applyUpdate(text: string, opts: VerifyOptions = {}): Promise<VerifyResult> {
  const stored = await readStored();
  let floor = dataVersion;
  if (stored.highest && compareVersions(stored.highest, floor) > 0) floor = stored.highest;
  const res = await verifyBundle(text, {
    ...opts,
    currentVersion: opts.currentVersion ?? floor,
  });
  if (!res.ok) return res;
  const list = compactBundles([
    ...(await verifyStored(stored.bundles, opts.publicKey)),
    { text, payload: res.payload },
  ]);
  const bytes = list.reduce((n, b) => n + b.text.length, 0);
  if (list.length > MAX_STORED_BUNDLES || bytes > MAX_STORED_BYTES)
    return { ok: false, reason: 'too_large', detail: 'stored updates over the limit' };
  await browser.storage.local.set({
    [BUNDLES_KEY]: list.map((b) => b.text),
    [HIGHEST_KEY]: res.payload.version,
  });
  await browser.storage.local.remove(OVERLAY_KEY);
  applyPayload(res.payload);
  return res;
}

/**
 * Apply the stored bundles, if any, at start-up: back to the built-in data, then every bundle
 * in version order. Each is verified again (storage is not a trust anchor, and the built-in key
 * may have rotated) and must be newer than the built-in data and the bundle before it, so a
 * release that ships fresher data supersedes older updates. Works offline: no network.
 * Returns the last bundle's verification, or null when none is stored.
 */
export async function loadOverlay(
  opts: Pick<VerifyOptions, 'publicKey'> = {},
): Promise<VerifyResult | null> {
  let stored: Awaited<ReturnType<typeof readStored>>;
  try {
    stored = await readStored();
  } catch {
    return null; // no extension storage (Node CLIs): built-in data only
  }
  if (!stored.bundles.length) return null;
  const good = await verifyStored(stored.bundles, opts.publicKey);
  const last = good[good.length - 1];
  if (last) {
    resetToBuiltIn();
    for (const b of good) applyPayload(b.payload);
    return { ok: true, payload: last.payload };
  }
  // Report why the newest stored bundle was refused.
  return verifyBundle(stored.bundles[stored.bundles.length - 1]!, {
    publicKey: opts.publicKey,
    currentVersion: BUILTIN_VERSION,
  });
}

let readyPromise: Promise<void> | null = null;
/**
 * Resolves once the stored overlay (if any) is applied; call before reading data in a page.
 * Also follows later updates: when the background accepts a bundle, open pages re-apply it.
 */
export function ready(opts: Pick<VerifyOptions, 'publicKey'> = {}): Promise<void> {
  if (!readyPromise) {
    try {
      browser.storage.onChanged.addListener((changes, area) => {
        if (area === 'local' && BUNDLES_KEY in changes) void loadOverlay(opts);
      });
    } catch {
      // no extension APIs (Node CLIs): built-in data only
    }
    readyPromise = loadOverlay(opts).then(
      () => undefined,
      () => undefined,
    );
  }
  return readyPromise;
}

/** Forget the cached start-up (tests). */
export function resetReady(): void {
  readyPromise = null;
}
