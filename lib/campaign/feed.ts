/**
 * Signed campaign updates: the only way campaign data changes after a release.
 *
 * A bundle is JSON `{ "payload": "<JSON text>", "signature": "<base64 Ed25519 over the UTF-8
 * bytes of payload>" }`. Signing the payload text rather than re-serialised JSON means no
 * canonicalisation: the bytes checked are the bytes signed. A bundle is rejected, and the last
 * good data kept, when it is too large, malformed, badly signed, fails the schema, names an
 * unknown state, or is not newer than the data in use (no rollback).
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
/** `browser.storage.local` key of the last accepted bundle text. */
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
  const current = opts.currentVersion ?? dataVersion;
  if (compareVersions(payload.version, current) <= 0) {
    return { ok: false, reason: 'not_newer', detail: `${payload.version} ≤ ${current}` };
  }
  return { ok: true, payload };
}

/**
 * Verify a bundle and, if it passes, persist it and apply it to the live data. On any
 * rejection nothing changes: the last good data stays in use.
 */
export async function applyUpdate(text: string, opts: VerifyOptions = {}): Promise<VerifyResult> {
  const res = await verifyBundle(text, opts);
  if (!res.ok) return res;
  await browser.storage.local.set({ [OVERLAY_KEY]: text });
  applyPayload(res.payload);
  return res;
}

/**
 * Apply the stored overlay, if any, at start-up. It is verified again (storage is not a trust
 * anchor, and the built-in key may have rotated) and must be newer than the built-in data, so
 * a release that ships fresher data supersedes an old overlay. Works offline: no network.
 */
export async function loadOverlay(
  opts: Pick<VerifyOptions, 'publicKey'> = {},
): Promise<VerifyResult | null> {
  let text: unknown;
  try {
    text = (await browser.storage.local.get(OVERLAY_KEY))[OVERLAY_KEY];
  } catch {
    return null; // no extension storage (Node CLIs): built-in data only
  }
  if (typeof text !== 'string') return null;
  const res = await verifyBundle(text, {
    publicKey: opts.publicKey,
    currentVersion: BUILTIN_VERSION,
  });
  if (res.ok) {
    resetToBuiltIn();
    applyPayload(res.payload);
  }
  return res;
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
        if (area === 'local' && OVERLAY_KEY in changes) void loadOverlay(opts);
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
