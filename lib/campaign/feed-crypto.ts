/** Base64 and Ed25519 helpers shared by the extension and the signing CLIs (no extension APIs). */
import * as ed from '@noble/ed25519';

/** Decode standard base64 (no Node Buffer: this runs in the service worker). */
export function fromBase64(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
/** Encode bytes as standard base64. */
export function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

/**
 * Ed25519 verification: WebCrypto where the browser has it (Chrome 137+, Firefox 129+, Node),
 * otherwise @noble/ed25519 (audited, dependency-free).
 */
export async function verifySignature(
  sig: Uint8Array,
  msg: Uint8Array,
  pub: Uint8Array,
): Promise<boolean> {
  if (sig.length !== 64 || pub.length !== 32) return false;
  const subtle = globalThis.crypto?.subtle;
  if (subtle) {
    let key: CryptoKey | undefined;
    try {
      key = await subtle.importKey('raw', pub as BufferSource, { name: 'Ed25519' }, false, [
        'verify',
      ]);
    } catch {
      key = undefined; // no Ed25519 in this WebCrypto: use the library
    }
    if (key) {
      try {
        return await subtle.verify(
          { name: 'Ed25519' },
          key,
          sig as BufferSource,
          msg as BufferSource,
        );
      } catch {
        return false;
      }
    }
  }
  try {
    return await ed.verifyAsync(sig, msg, pub);
  } catch {
    return false;
  }
}
