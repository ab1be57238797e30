/**
 * Make an Ed25519 key pair for signing campaign updates.
 *   npm run feed:keygen -- --out ~/treaty-lens-feed.key
 * Writes the secret key (mode 0600) to --out, outside the repository, and prints the public
 * key to paste into lib/campaign/feed-key.ts. Never commit the secret (*.key is gitignored).
 */
import { writeFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import * as ed from '@noble/ed25519';
import { toBase64 } from '../lib/campaign/feed-crypto.ts';

const { values } = parseArgs({ options: { out: { type: 'string' }, force: { type: 'boolean' } } });
if (!values.out) {
  process.stderr.write('usage: npm run feed:keygen -- --out PATH [--force]\n');
  process.exit(2);
}
const out = resolve(values.out);
if (existsSync(out) && !values.force) {
  process.stderr.write(`${out} exists; refusing to overwrite (use --force)\n`);
  process.exit(1);
}
const { secretKey, publicKey } = await ed.keygenAsync();
writeFileSync(out, `ed25519-secret:${toBase64(secretKey)}\n`, { mode: 0o600 });
process.stdout.write(`secret key written to ${out} (keep it offline; never commit it)\n`);
process.stdout.write(`public key (put in lib/campaign/feed-key.ts): ${toBase64(publicKey)}\n`);
