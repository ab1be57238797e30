/**
 * Render the letters the composer would produce for a country's default recipients.
 *
 *   npm run --silent letter -- --country CC [--region R] [--lang L] [--concerns a,b] [--sender NAME] [--json]
 *
 * `--country EU` means the European Parliament. `--region` picks US senators by state (AL, NY…)
 * or a UK MP by constituency (ONS code or name). Exit codes: 0 ok, 2 bad arguments.
 */
import { parseArgs } from 'node:util';
import { getCountry, searchConstituencies } from '../lib/campaign';
import { CONCERN_IDS, DEFAULT_CONCERNS, templateLanguages } from '../lib/letters';
import { planLetters } from '../lib/letters/plan';

function fail(msg: string): never {
  process.stderr.write(`letter: ${msg}\n`);
  process.exit(2);
}

const { values } = parseArgs({
  options: {
    country: { type: 'string' },
    region: { type: 'string' },
    lang: { type: 'string', default: 'en' },
    concerns: { type: 'string' },
    sender: { type: 'string', default: '' },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
  strict: true,
});

if (values.help) {
  process.stdout.write(
    'usage: npm run --silent letter -- --country CC [--region R] [--lang L] [--concerns a,b] [--sender NAME] [--json]\n' +
      `languages: ${templateLanguages().join(', ')}\nconcerns: ${CONCERN_IDS.join(', ')}\n`,
  );
  process.exit(0);
}

const country = (values.country ?? fail('--country is required')).toUpperCase();
const status = getCountry(country);
if (!status) fail(`unknown country code "${country}"`);
const lang = values.lang ?? 'en';
if (!templateLanguages().includes(lang))
  fail(`no templates for "${lang}" (have ${templateLanguages().join(', ')})`);
const concerns = values.concerns
  ? values.concerns
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
  : [...DEFAULT_CONCERNS];
const unknown = concerns.filter((c) => !(CONCERN_IDS as readonly string[]).includes(c));
if (unknown.length)
  fail(`unknown concern(s): ${unknown.join(', ')} (have ${CONCERN_IDS.join(', ')})`);

let region = values.region;
if (country === 'GB' && region && !/^[EWSN]\d{8}$/.test(region)) {
  const hit = (await searchConstituencies(region, 1))[0];
  if (!hit) fail(`no UK constituency matches "${region}"`);
  region = hit.id;
}

const plan = await planLetters({
  country,
  region: country === 'US' ? region?.toUpperCase() : region,
  lang,
  concerns,
  sender: values.sender ?? '',
});
const { letters } = plan;

if (values.json) {
  process.stdout.write(JSON.stringify(plan) + '\n');
} else {
  const out: string[] = [
    `# ${country} · status ${plan.status} · ask ${plan.ask} · ${lang} · ${letters.length} letter(s)`,
  ];
  if (!letters.length)
    out.push(
      '(no default recipients: for the US pass --region STATE, for the UK --region CONSTITUENCY)',
    );
  for (const l of letters) {
    out.push(
      '',
      `To: ${l.recipient.name} — ${l.recipient.role}`,
      `Via: ${l.recipient.channel}${l.recipient.address ? ` (${l.recipient.address})` : ''}`,
      `Subject: ${l.subject}`,
      '',
      l.body,
      '',
      '—'.repeat(40),
    );
  }
  process.stdout.write(out.join('\n') + '\n');
}
