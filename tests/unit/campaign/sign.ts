// Test-only signing helpers: a fresh key pair per test run, never a committed secret.
import * as ed from '@noble/ed25519';
import { toBase64 } from '../../../lib/campaign/feed-crypto';
import type { UpdatePayload } from '../../../lib/campaign/schema';

export interface TestKeys {
  secretKey: Uint8Array;
  publicKey: Uint8Array;
}

export async function testKeys(): Promise<TestKeys> {
  return ed.keygenAsync();
}

/** Sign payload text exactly as `npm run feed:sign` does. */
export async function signText(payload: string, keys: TestKeys): Promise<string> {
  const sig = await ed.signAsync(new TextEncoder().encode(payload), keys.secretKey);
  return JSON.stringify({ payload, signature: toBase64(sig) });
}

export async function signPayload(p: unknown, keys: TestKeys): Promise<string> {
  return signText(JSON.stringify(p), keys);
}

/** A minimal valid update: Germany signs. */
export function germanySigns(version = '2026.12.11'): UpdatePayload {
  return {
    format: 1,
    version,
    issued: '2026-11-27',
    expires: '2027-03-27',
    countries: [
      {
        code: 'DE',
        status: 'signed',
        confidence: 'confirmed',
        signed: '2026-11-20',
        source: {
          publisher: 'United Nations Treaty Collection',
          title: 'Chapter XVIII-16',
          url: 'https://treaties.un.org/doc/Publication/MTDSG/Volume%20II/Chapter%20XVIII/XVIII-16.en.xml',
          date: '2026-11-20',
          kind: 'depositary',
        },
        asOf: '2026-11-20',
        euMember: true,
      },
    ],
  };
}
