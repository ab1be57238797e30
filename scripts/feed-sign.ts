/**
 * Sign a campaign update.
 *   npm run feed:sign -- --key PATH --in data.json --out bundle.json
 * data.json is the update payload (see docs/campaign-data.md). It is validated with the same
 * schema the extension applies (which requires `expires`: here it must be ahead of today and at
 * most a year after `issued`), merged over the built-in data and put through the data:check
 * rules, and verified after signing, before anything is written. The extension keeps every
 * accepted bundle and re-applies them in version order, so a bundle only needs what changed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import * as v from 'valibot';
import * as ed from '@noble/ed25519';
import { UpdatePayloadSchema } from '../lib/campaign/schema.ts';
import { fromBase64, toBase64 } from '../lib/campaign/feed-crypto.ts';
import { verifyBundle, MAX_BUNDLE_BYTES } from '../lib/campaign/feed.ts';
import {
  applyPayload,
  BUILTIN_VERSION,
  countries,
  facts,
  globalStatus,
} from '../lib/campaign/store.ts';
import { checkCountries, checkFacts } from '../lib/campaign/check.ts';

const { values } = parseArgs({
  options: { key: { type: 'string' }, in: { type: 'string' }, out: { type: 'string' } },
});
if (!values.key || !values.in || !values.out) {
  process.stderr.write('usage: npm run feed:sign -- --key PATH --in data.json --out bundle.json\n');
  process.exit(2);
}
const fail = (msg: string): never => {
  process.stderr.write(`feed:sign: ${msg}\n`);
  process.exit(1);
};

const keyText = readFileSync(values.key, 'utf8').trim();
const m = /^ed25519-secret:([A-Za-z0-9+/=]+)$/.exec(keyText);
if (!m) fail('key file is not an ed25519-secret file (make one with npm run feed:keygen)');
const secret = fromBase64(m![1]!);
if (secret.length !== 32) fail('secret key must be 32 bytes');

const payload = readFileSync(values.in, 'utf8');
let data: unknown;
try {
  data = JSON.parse(payload);
} catch {
  fail('--in is not JSON');
}
const parsed = v.safeParse(UpdatePayloadSchema, data);
if (!parsed.success) {
  const i = parsed.issues[0];
  fail(`schema: ${i.path?.map((p) => String(p.key)).join('.') ?? ''}: ${i.message}`);
}
const version = parsed.success ? parsed.output.version : '';
// Every bundle ages: `expires` is required by the schema; here it must also lie ahead, and
// within a year of issue, so a feed that stops updating is noticed by its readers.
if (parsed.success) {
  const { issued, expires } = parsed.output;
  const today = new Date().toISOString().slice(0, 10);
  if (issued > today) fail(`issued ${issued} is in the future`);
  if (expires <= today) fail(`expires ${expires} is not in the future`);
  const limit = new Date(Date.parse(`${issued}T00:00:00Z`) + 366 * 86_400_000);
  if (expires > limit.toISOString().slice(0, 10))
    fail(`expires ${expires} is more than a year after issued ${issued}`);
}

const signature = await ed.signAsync(new TextEncoder().encode(payload), secret);
const bundle = JSON.stringify({ payload, signature: toBase64(signature) });
if (new TextEncoder().encode(bundle).length > MAX_BUNDLE_BYTES) fail('bundle is larger than 1 MB');

const publicKey = await ed.getPublicKeyAsync(secret);
const check = await verifyBundle(bundle, { publicKey, currentVersion: BUILTIN_VERSION });
if (!check.ok) fail(`self-check failed: ${check.reason} ${check.detail ?? ''}`);

// The same consistency rules as data:check, on the data users would end up with.
if (check.ok) {
  applyPayload(check.payload);
  const today = new Date().toISOString().slice(0, 10);
  const problems = [
    ...checkCountries([...countries.values()], globalStatus, today),
    ...checkFacts(facts, today),
  ];
  if (problems.length)
    fail(`the updated data would not pass data:check:\n  ${problems.join('\n  ')}`);
}

writeFileSync(values.out, bundle + '\n');
process.stdout.write(
  `signed ${values.out} (version ${version}, public key ${toBase64(publicKey)})\n`,
);
