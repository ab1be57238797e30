/**
 * Regenerate the shipped recipient JSON (`assets/data/recipients-*.json`) from the source
 * extracts kept in `data/sources/` (see data/sources/README.md for their origin and licences).
 *   npm run data:build            write the files
 *   npm run data:build -- --check exit 1 if the files on disk differ from a fresh build
 * Output is deterministic (sorted, no timestamps), so a rebuild without source changes is a no-op.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { StoredRecipient, RecipientFile } from '../lib/campaign/recipients.ts';
import { US_STATES } from '../lib/campaign/recipients.ts';
import { UN_MEMBERS, OBSERVERS } from '../lib/campaign/data/countries.ts';
import { GLOBAL_STATUS as globalStatus } from '../lib/campaign/data/global.ts';
import type { InstitutionsFile } from './import-decision-makers.ts';
import { parseCsv } from './data-update.ts';

const ROOT = join(import.meta.dirname, '..');
const SRC = join(ROOT, 'data/sources');
const OUT = join(ROOT, 'assets/data');
const read = <T>(f: string): T => JSON.parse(readFileSync(join(SRC, f), 'utf8')) as T;
const EMAIL = /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i;
const clean = <T extends object>(o: T): T =>
  Object.fromEntries(
    Object.entries(o).filter(([, v]) => v !== undefined && v !== null && v !== ''),
  ) as T;

/** "706 Hart Senate Office Building Washington DC 20510" → two postal lines. */
function usPostal(address: string | undefined): string[] | undefined {
  if (!address) return undefined;
  const m = /^(.*?)\s+Washington,? DC\s+(\d{5}(?:-\d{4})?)$/.exec(address.trim());
  return m ? [m[1]!, `Washington, DC ${m[2]}`] : [address];
}

interface UsMember {
  bioguide: string;
  name: string;
  /** Surname from congress-legislators `name.last` (for "Dear Senator …"). */
  last?: string;
  state: string;
  party?: string;
  url?: string;
  contact_form?: string | null;
  phone?: string;
  address?: string;
  district?: number;
  foreign_relations_committee?: string;
}

function usRecipient(m: UsMember, group: 'us_senate' | 'us_house'): StoredRecipient {
  return clean<StoredRecipient>({
    id: `${group === 'us_senate' ? 'us-sen' : 'us-rep'}-${m.bioguide}`,
    name: m.name,
    last: m.last,
    group,
    country: 'US',
    region: m.state,
    regionName: US_STATES[m.state],
    contactForm: m.contact_form?.startsWith('https://') ? m.contact_form : undefined,
    url: m.url,
    phone: m.phone,
    postal: usPostal(m.address),
    // Treaties go to the Senate through the Foreign Relations Committee.
    flags: m.foreign_relations_committee ? (['foreign_relations'] as const).slice() : undefined,
    party: m.party,
    district: group === 'us_house' && typeof m.district === 'number' ? m.district : undefined,
  });
}

function buildUs(): StoredRecipient[] {
  return [
    ...read<UsMember[]>('us-senators.json').map((s) => usRecipient(s, 'us_senate')),
    ...read<UsMember[]>('us-representatives.json').map((r) => usRecipient(r, 'us_house')),
  ].sort((a, b) => a.id.localeCompare(b.id));
}

interface UkFile {
  postal_address_all_mps: string;
  members: {
    member_id: number;
    name: string;
    party?: string;
    constituency: string;
    constituency_code: string;
    email?: string;
    profile_url?: string;
  }[];
}

function buildUk(): StoredRecipient[] {
  const f = read<UkFile>('uk-mps.json');
  const postal = f.postal_address_all_mps.split(',').map((s) => s.trim());
  return f.members
    .map((m): StoredRecipient =>
      clean({
        id: `uk-mp-${m.member_id}`,
        name: m.name,
        group: 'uk_commons' as const,
        country: 'GB',
        region: m.constituency_code,
        regionName: m.constituency,
        email: m.email && EMAIL.test(m.email) ? m.email : undefined,
        url: m.profile_url,
        postal,
        party: m.party,
      }),
    )
    .sort((a, b) => a.id.localeCompare(b.id));
}

interface Mep {
  epid: number;
  first_name: string;
  last_name: string;
  country: string;
  national_party?: string;
  group?: string;
  email?: string;
  phone_brussels?: string;
  office_brussels?: string | null;
  committees?: string[];
  profile_url?: string;
}

/** "BERNHUBER" → "Bernhuber", "VAN DER BURG" → "van der Burg"-ish: EP prints surnames in caps. */
function surname(s: string): string {
  const lower = new Set([
    'van',
    'von',
    'der',
    'de',
    'den',
    'del',
    'della',
    'di',
    'da',
    'dos',
    'du',
    'la',
    'le',
    'zu',
  ]);
  return s
    .toLocaleLowerCase()
    .split(/(\s+|-|')/)
    .map((w, i) => (i > 0 && lower.has(w) ? w : w.charAt(0).toLocaleUpperCase() + w.slice(1)))
    .join('');
}

function buildEu(): StoredRecipient[] {
  return read<Mep[]>('meps.json')
    .map((m): StoredRecipient => {
      const c = m.committees ?? [];
      const flags = [
        ...(c.includes('LIBE') ? ['libe'] : []),
        ...(c.includes('LIBE (sub)') ? ['libe_substitute'] : []),
        ...(c.includes('AFET') ? ['afet'] : []),
      ];
      const party = [m.national_party, m.group].filter(Boolean).join(' · ');
      return clean({
        id: `mep-${m.epid}`,
        name: `${m.first_name} ${surname(m.last_name)}`,
        group: 'eu_parliament' as const,
        country: m.country,
        email: m.email && EMAIL.test(m.email) ? m.email : undefined,
        url: m.profile_url,
        phone: m.phone_brussels,
        postal: m.office_brussels
          ? [
              'European Parliament',
              `Office ${m.office_brussels}`,
              'Rue Wiertz / Wiertzstraat 60',
              '1047 Brussels',
              'Belgium',
            ]
          : undefined,
        flags: flags.length ? (flags as StoredRecipient['flags']) : undefined,
        party: party || undefined,
      });
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

interface HeadsFile {
  countries: { country: string; positions: { position: string }[] }[];
}

// Wikidata country labels that Intl.DisplayNames spells differently.
const NAME_ALIASES: Record<string, string> = {
  'Czech Republic': 'CZ',
  'Democratic Republic of the Congo': 'CD',
  'Republic of the Congo': 'CG',
  'Federated States of Micronesia': 'FM',
  'Ivory Coast': 'CI',
  'Kingdom of Denmark': 'DK',
  'Kingdom of the Netherlands': 'NL',
  'North Korea': 'KP',
  'South Korea': 'KR',
  "People's Republic of China": 'CN',
  'The Bahamas': 'BS',
  'The Gambia': 'GM',
  'Vatican City': 'VA',
  'Cape Verde': 'CV',
  Eswatini: 'SZ',
  Turkey: 'TR',
  Vietnam: 'VN',
  Palestine: 'PS',
  'Timor-Leste': 'TL',
  Myanmar: 'MM',
  'São Tomé and Príncipe': 'ST',
  'Bosnia and Herzegovina': 'BA',
  'Saint Kitts and Nevis': 'KN',
  'Saint Lucia': 'LC',
  'Saint Vincent and the Grenadines': 'VC',
  'Antigua and Barbuda': 'AG',
  'Trinidad and Tobago': 'TT',
};

// Offices the dataset does not give as a head-of-government position, or gives oddly.
const OFFICE_OVERRIDES: Record<string, string> = {
  VA: 'The Secretary of State of the Holy See',
  LI: 'The Prime Minister of Liechtenstein',
  MC: 'The Minister of State of Monaco',
  CH: 'The Swiss Federal Council',
  BF: 'The President of Burkina Faso',
  MM: 'The Government of Myanmar',
  SM: 'The Captains Regent of San Marino',
  IE: 'The Taoiseach (Prime Minister of Ireland)',
  // Parliamentary systems where the source lists only the head of state.
  CZ: 'The Prime Minister of the Czech Republic',
  VU: 'The Prime Minister of Vanuatu',
  MU: 'The Prime Minister of Mauritius',
  CI: 'The Prime Minister of Côte d’Ivoire',
};

const HEAD_OF_GOVERNMENT =
  /prime minister|premier|chancellor|taoiseach|council of ministers|minister of state/i;

function buildOffices(): { records: StoredRecipient[]; missing: string[] } {
  // A head-of-government office read on an official page replaces the generic office.
  const proven = new Set(
    readInstitutions()
      .institutions.filter((i) => i.kind === 'head_of_government')
      .map((i) => i.country),
  );
  const dn = new Intl.DisplayNames(['en'], { type: 'region' });
  const byName = new Map<string, string>();
  for (const code of [...UN_MEMBERS, ...OBSERVERS]) byName.set(dn.of(code)!, code);
  const positions = new Map<string, string[]>();
  for (const c of read<HeadsFile>('heads-of-government-offices.json').countries) {
    const code = NAME_ALIASES[c.country] ?? byName.get(c.country);
    if (code)
      positions.set(
        code,
        c.positions.map((p) => p.position),
      );
  }
  const records: StoredRecipient[] = [];
  const missing: string[] = [];
  for (const code of [...UN_MEMBERS, ...OBSERVERS]) {
    let name = OFFICE_OVERRIDES[code];
    if (!name) {
      const ps = positions.get(code) ?? [];
      const pick =
        ps.find((p) => HEAD_OF_GOVERNMENT.test(p)) ??
        ps.find((p) => /^president/i.test(p)) ??
        ps.find(
          (p) =>
            /sultan|emir|king|monarch/i.test(p) &&
            !/monarch of (?!Spain|Sweden|Norway|Denmark)/i.test(p),
        );
      if (pick) name = `The ${pick.charAt(0).toUpperCase()}${pick.slice(1)}`;
    }
    if (proven.has(code)) continue;
    if (!name) {
      missing.push(code);
      name = `The Head of Government of ${dn.of(code)}`;
    }
    records.push(
      clean({
        id: `hog-${code.toLowerCase()}`,
        name,
        group: 'head_of_government' as const,
        country: code,
      }),
    );
  }
  return { records, missing };
}

/** data/sources/institutions.json, written by scripts/import-decision-makers.ts. */
export function readInstitutions(): InstitutionsFile {
  return read<InstitutionsFile>('institutions.json');
}

const KIND_GROUP = {
  foreign_ministry: 'foreign_ministry',
  parliament: 'parliament',
  parliament_committee: 'parliament',
  head_of_government: 'head_of_government',
} as const;

/** Institutions read on official pages: each channel keeps its page, excerpt and date. */
function buildInstitutions(): StoredRecipient[] {
  const out: StoredRecipient[] = [];
  const n = new Map<string, number>();
  for (const inst of readInstitutions().institutions) {
    const group = KIND_GROUP[inst.kind];
    const base = `inst-${inst.country.toLowerCase()}-${group.replace(/_/g, '-')}`;
    const k = (n.get(base) ?? 0) + 1;
    n.set(base, k);
    const r: StoredRecipient = {
      id: `${base}-${k}`,
      name: inst.institution,
      group,
      country: inst.country,
    };
    if (inst.institution_en && inst.institution_en !== inst.institution)
      r.nameEn = inst.institution_en;
    const proof: NonNullable<StoredRecipient['proof']> = {};
    for (const c of inst.channels) {
      if (r[c.field] !== undefined) continue; // the first proven value of each kind
      if (c.field === 'postal') r.postal = Array.isArray(c.value) ? c.value : [c.value];
      else r[c.field] = Array.isArray(c.value) ? c.value.join(' ') : c.value;
      proof[c.field] = c.proof;
    }
    r.proof = proof;
    out.push(r);
  }
  return out;
}

/** How each state decides: the reviewed procedures, keyed by country code. */
function buildProcedures() {
  const f = readInstitutions();
  return {
    dataset: 'Treaty procedures',
    source: 'decision-makers seed, reviewed (data/review/decision-makers-review.json)',
    read: f.read,
    procedures: Object.fromEntries(
      f.procedures.map((p) => {
        const { country, ...rest } = p;
        return [country, rest];
      }),
    ),
  };
}

/** The small index the panel ships: approval, official source, submissions, source page. */
function buildProcedureIndex() {
  return Object.fromEntries(
    readInstitutions().procedures.map((p) => [
      p.country,
      [p.approval, p.official ? 1 : 0, p.submissions ? 1 : 0, p.source],
    ]),
  );
}

/**
 * ZCTA → 119th-Congress district, from the Census relationship files via
 * OpenSourceActivismTech/us-zipcodes-congress `zccd.csv` (public domain). One string per state,
 * "zip:cd[.cd…]" tokens separated by spaces, so the lookup chunk stays small.
 */
export function buildZip() {
  const rows = parseCsv(readFileSync(join(SRC, 'us-zccd.csv'), 'utf8'));
  const [head, ...body] = rows;
  const col = (name: string) => head!.indexOf(name);
  const [st, zc, cd] = [col('state_abbr'), col('zcta'), col('cd')];
  const byState = new Map<string, Map<string, Set<number>>>();
  for (const r of body) {
    const state = r[st]!.trim();
    const zip = r[zc]!.trim().padStart(5, '0');
    const d = Number(r[cd]);
    if (!/^\d{5}$/.test(zip) || !Number.isInteger(d) || !(state in US_STATES)) continue;
    const m = byState.get(state) ?? new Map<string, Set<number>>();
    byState.set(state, m);
    const set = m.get(zip) ?? new Set<number>();
    m.set(zip, set);
    set.add(d);
  }
  const states: Record<string, string> = {};
  for (const state of [...byState.keys()].sort()) {
    const m = byState.get(state)!;
    states[state] = [...m.keys()]
      .sort()
      .map((z) => `${z}:${[...m.get(z)!].sort((a, b) => a - b).join('.')}`)
      .join(' ');
  }
  return {
    dataset: 'US ZIP code (ZCTA) to congressional district, 119th Congress',
    source:
      'US Census Bureau ZCTA and 119th Congress block-equivalency files (public domain) via OpenSourceActivismTech/us-zipcodes-congress zccd.csv @ 1335b61',
    snapshot: '2024-11-12',
    states,
  };
}

/** Build every dataset in memory. */
export function buildAll(): Record<string, RecipientFile | object> {
  const offices = buildOffices();
  return {
    'recipients-us.json': {
      dataset: 'US Congress (Senate and House)',
      source: 'unitedstates/congress-legislators @ dfa9622 (CC0 1.0)',
      snapshot: '2026-06-15',
      licence: 'CC0 1.0',
      upstream: 'unitedstates/congress-legislators',
      records: buildUs(),
    },
    'recipients-uk.json': {
      dataset: 'UK House of Commons',
      source:
        'UK Parliament Members API via dfe-analytical-services/mp-lookup @ 793ea66 (Open Parliament Licence v3.0)',
      snapshot: '2026-06-27',
      licence: 'Open Parliament Licence v3.0',
      upstream: 'dfe-analytical-services/mp-lookup',
      records: buildUk(),
    },
    'recipients-eu.json': {
      dataset: 'Members of the European Parliament',
      source: '© European Union – European Parliament, via TechToThePeople/mep @ 908f5f8',
      snapshot: '2024-10-15',
      licence: '© European Union – European Parliament, reuse with source acknowledgement',
      upstream: 'TechToThePeople/mep',
      records: buildEu(),
    },
    'recipients-offices.json': {
      dataset: 'Head-of-government offices',
      source:
        'Office titles from Wikidata (CC0) via every-politician-scrapers/world-leaders-2021; reviewed overrides',
      snapshot: '2026-11-27',
      records: offices.records,
    },
    'recipients-institutions.json': {
      dataset: 'Institutions read on official pages',
      source:
        'Official pages of foreign ministries, parliaments and government offices; every channel carries its page, a verbatim excerpt and the date read',
      snapshot: readInstitutions().read,
      records: buildInstitutions(),
    },
    'procedures.json': buildProcedures(),
    'procedure-index.json': buildProcedureIndex(),
    'us-zip-districts.json': buildZip(),
  };
}

const isMain = process.argv[1] && import.meta.filename === process.argv[1];
if (isMain) {
  const { values } = parseArgs({ options: { check: { type: 'boolean' } } });
  mkdirSync(OUT, { recursive: true });
  let stale = 0;
  for (const [file, data] of Object.entries(buildAll())) {
    const json = JSON.stringify(data) + '\n';
    const path = join(OUT, file);
    let old = '';
    try {
      old = readFileSync(path, 'utf8');
    } catch {
      old = '';
    }
    if (values.check) {
      if (old !== json) {
        stale++;
        process.stderr.write(`stale: assets/data/${file} (run npm run data:build)\n`);
      }
    } else {
      writeFileSync(path, json);
      const count = 'records' in data ? `${data.records.length} records, ` : '';
      process.stdout.write(`assets/data/${file}: ${count}${(json.length / 1024).toFixed(0)} kB\n`);
    }
  }
  if (!values.check) {
    // The two dates every message depends on, restated from the campaign data on each build.
    process.stdout.write(
      `signature closes ${globalStatus.signatureDeadline} (then accession only); entry into force: 90 days after the ${globalStatus.needed}th instrument; reported ratifications: ${globalStatus.ratifications} (as of ${globalStatus.asOf})\n`,
    );
  }
  const missing = buildOffices().missing;
  if (missing.length)
    process.stdout.write(
      `offices with a generic title (no position in source): ${missing.join(' ')}\n`,
    );
  process.exit(stale ? 1 : 0);
}
