/**
 * Render the letters the composer would produce for a country's default recipients.
 *
 *   npm run --silent letter -- --country CC [--region R] [--lang L] [--concerns a,b] [--sender NAME] [--json]
 *
 * `--country EU` means the European Parliament. `--region` picks US senators by state (AL, NY…)
 * or a UK MP by constituency (ONS code or name). Exit codes: 0 ok, 2 bad arguments.
 */
import { parseArgs } from 'node:util';
import { askFor, getCountry, recipientsFor, searchConstituencies } from '../lib/campaign';
import {
  CONCERN_IDS,
  DEFAULT_CONCERNS,
  compose,
  confirmedStatus,
  defaultSelection,
  mailtoUrl,
  primaryChannel,
  roleOf,
  templateLanguages,
} from '../lib/letters';

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

/** The named dataset a recipient without a page proof comes from. */
function datasetOf(group: string): string {
  if (group === 'us_senate' || group === 'us_house')
    return 'unitedstates/congress-legislators (CC0 1.0)';
  if (group === 'uk_commons')
    return 'UK Parliament Members API via mp-lookup (Open Parliament Licence v3.0)';
  if (group === 'eu_parliament')
    return '© European Union – European Parliament, via TechToThePeople/mep';
  return '';
}

let region = values.region;
if (country === 'GB' && region && !/^[EWSN]\d{8}$/.test(region)) {
  const hit = (await searchConstituencies(region, 1))[0];
  if (!hit) fail(`no UK constituency matches "${region}"`);
  region = hit.id;
}

const all = await recipientsFor({
  country,
  region: country === 'US' ? region?.toUpperCase() : region,
});
const chosen = new Set(defaultSelection(all, country));
const recipients = all.filter((r) => chosen.has(r.id));
const ask = askFor(country);
// The letter states the status only when it is confirmed, with its date (docs/letters.md).
const confirmed = confirmedStatus(status);

const letters = recipients.map((r) => {
  const letter = compose({
    sender: { name: values.sender ?? '' },
    recipient: r,
    lang,
    ask,
    concerns,
    country,
    status: confirmed,
  });
  const { channel, address } = primaryChannel(r);
  // Where the address comes from: the page it was read on (with the excerpt), or the dataset.
  const field = { mailto: 'email', form: 'contactForm', web: 'url', phone: 'phone' }[
    channel as string
  ] as keyof NonNullable<typeof r.proof> | undefined;
  const proof = r.proof?.[field ?? (r.postal ? 'postal' : 'phone')];
  return {
    recipient: {
      id: r.id,
      name: r.name,
      ...(r.nameEn ? { nameEn: r.nameEn } : {}),
      group: r.group,
      role: roleOf(r, lang),
      channel,
      address,
      ...(proof
        ? { source: proof.source, excerpt: proof.excerpt, read: proof.read }
        : address
          ? { dataset: datasetOf(r.group) }
          : {}),
    },
    subject: letter.subject,
    body: letter.body,
    ...(channel === 'mailto'
      ? { mailto: mailtoUrl({ to: [address], subject: letter.subject, body: letter.body }).url }
      : {}),
  };
});

if (values.json) {
  process.stdout.write(
    JSON.stringify({ country, status: status.status, ask, lang, letters }) + '\n',
  );
} else {
  const out: string[] = [
    `# ${country} · status ${status.status} · ask ${ask} · ${lang} · ${letters.length} letter(s)`,
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
