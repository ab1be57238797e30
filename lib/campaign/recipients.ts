/**
 * Default recipients, loaded lazily: the contact JSON (~700 kB) lives in `assets/data/` and is
 * pulled in with dynamic `import()`, so bundles that only need facts and status stay small.
 * The same code runs in the extension (Vite chunks) and in the Node CLIs (tsx).
 */
import type { Localized, Recipient, RecipientGroup } from './types';

/** A recipient as stored in the shipped JSON: the role is derived from the group at load. */
export type StoredRecipient = Omit<Recipient, 'role'>;

/** Shape of every `assets/data/recipients-*.json` file. */
export interface RecipientFile {
  dataset: string;
  source: string;
  snapshot: string;
  /**
   * For an openly licensed dataset: its licence and upstream repository (named in
   * ATTRIBUTION.md), which vouch for its channels. Without them every channel needs a `proof`.
   */
  licence?: string;
  upstream?: string;
  records: StoredRecipient[];
}

/** What each group means, in the campaign languages. */
export const RECIPIENT_ROLES: Record<Exclude<RecipientGroup, 'custom'>, Localized> = {
  us_senate: {
    en: 'Member of the United States Senate',
    fr: 'Membre du Sénat des États-Unis',
    es: 'Miembro del Senado de los Estados Unidos',
    de: 'Mitglied des US-Senats',
    pt: 'Membro do Senado dos Estados Unidos',
    ar: 'عضو في مجلس الشيوخ الأمريكي',
    ru: 'Член Сената США',
    zh: '美国参议院议员',
  },
  us_house: {
    en: 'Member of the United States House of Representatives',
    fr: 'Membre de la Chambre des représentants des États-Unis',
    es: 'Miembro de la Cámara de Representantes de los Estados Unidos',
    de: 'Mitglied des US-Repräsentantenhauses',
    pt: 'Membro da Câmara dos Representantes dos Estados Unidos',
    ar: 'عضو في مجلس النواب الأمريكي',
    ru: 'Член Палаты представителей США',
    zh: '美国众议院议员',
  },
  uk_commons: {
    en: 'Member of Parliament (House of Commons)',
    fr: 'Membre de la Chambre des communes',
    es: 'Miembro de la Cámara de los Comunes',
    de: 'Mitglied des britischen Unterhauses',
    pt: 'Membro da Câmara dos Comuns',
    ar: 'عضو في مجلس العموم البريطاني',
    ru: 'Член парламента (Палата общин)',
    zh: '英国下议院议员',
  },
  eu_parliament: {
    en: 'Member of the European Parliament',
    fr: 'Membre du Parlement européen',
    es: 'Miembro del Parlamento Europeo',
    de: 'Mitglied des Europäischen Parlaments',
    pt: 'Membro do Parlamento Europeu',
    ar: 'عضو في البرلمان الأوروبي',
    ru: 'Депутат Европейского парламента',
    zh: '欧洲议会议员',
  },
  head_of_government: {
    en: 'Office of the head of government',
    fr: 'Cabinet du chef du gouvernement',
    es: 'Oficina de la Presidencia del Gobierno',
    de: 'Amt des Regierungschefs',
    pt: 'Gabinete do chefe do Governo',
    ar: 'مكتب رئيس الحكومة',
    ru: 'Аппарат главы правительства',
    zh: '政府首脑办公室',
  },
  foreign_ministry: {
    en: 'Foreign ministry',
    fr: 'Ministère des Affaires étrangères',
    es: 'Ministerio de Asuntos Exteriores',
    de: 'Außenministerium',
    pt: 'Ministério das Relações Exteriores',
    ar: 'وزارة الخارجية',
    ru: 'Министерство иностранных дел',
    zh: '外交部',
  },
  parliament: {
    en: 'Parliament',
    fr: 'Parlement',
    es: 'Parlamento',
    de: 'Parlament',
    pt: 'Parlamento',
    ar: 'البرلمان',
    ru: 'Парламент',
    zh: '议会',
  },
};

type Loader = () => Promise<RecipientFile>;
const unwrap = (m: { default: unknown }) => m.default as RecipientFile;

/** The shipped datasets, each its own lazy chunk. */
export const loaders: Record<'us' | 'uk' | 'eu' | 'offices' | 'institutions', Loader> = {
  us: () => import('../../assets/data/recipients-us.json').then(unwrap),
  uk: () => import('../../assets/data/recipients-uk.json').then(unwrap),
  eu: () => import('../../assets/data/recipients-eu.json').then(unwrap),
  offices: () => import('../../assets/data/recipients-offices.json').then(unwrap),
  institutions: () => import('../../assets/data/recipients-institutions.json').then(unwrap),
};

/** Every dataset key, for checks that read them all. */
export const DATASET_KEYS = Object.keys(loaders) as (keyof typeof loaders)[];

const cache = new Map<string, Promise<Recipient[]>>();

/** All recipients of one dataset, with roles attached (memoised). */
export function loadDataset(key: keyof typeof loaders): Promise<Recipient[]> {
  let p = cache.get(key);
  if (!p) {
    p = loaders[key]().then((f) =>
      f.records.map((r) => ({ ...r, role: r.group === 'custom' ? '' : RECIPIENT_ROLES[r.group] })),
    );
    cache.set(key, p);
  }
  return p;
}

/** US states and territories with members of Congress, by USPS code. */
export const US_STATES: Record<string, string> = {
  AL: 'Alabama',
  AK: 'Alaska',
  AZ: 'Arizona',
  AR: 'Arkansas',
  CA: 'California',
  CO: 'Colorado',
  CT: 'Connecticut',
  DE: 'Delaware',
  FL: 'Florida',
  GA: 'Georgia',
  HI: 'Hawaii',
  ID: 'Idaho',
  IL: 'Illinois',
  IN: 'Indiana',
  IA: 'Iowa',
  KS: 'Kansas',
  KY: 'Kentucky',
  LA: 'Louisiana',
  ME: 'Maine',
  MD: 'Maryland',
  MA: 'Massachusetts',
  MI: 'Michigan',
  MN: 'Minnesota',
  MS: 'Mississippi',
  MO: 'Missouri',
  MT: 'Montana',
  NE: 'Nebraska',
  NV: 'Nevada',
  NH: 'New Hampshire',
  NJ: 'New Jersey',
  NM: 'New Mexico',
  NY: 'New York',
  NC: 'North Carolina',
  ND: 'North Dakota',
  OH: 'Ohio',
  OK: 'Oklahoma',
  OR: 'Oregon',
  PA: 'Pennsylvania',
  RI: 'Rhode Island',
  SC: 'South Carolina',
  SD: 'South Dakota',
  TN: 'Tennessee',
  TX: 'Texas',
  UT: 'Utah',
  VT: 'Vermont',
  VA: 'Virginia',
  WA: 'Washington',
  WV: 'West Virginia',
  WI: 'Wisconsin',
  WY: 'Wyoming',
  DC: 'District of Columbia',
  AS: 'American Samoa',
  GU: 'Guam',
  MP: 'Northern Mariana Islands',
  PR: 'Puerto Rico',
  VI: 'U.S. Virgin Islands',
};

const has = (r: Recipient, flag: string) => r.flags?.includes(flag) ?? false;

/** Order MEPs: LIBE full members, then AFET, then LIBE substitutes, then the rest; by name. */
function mepRank(r: Recipient): number {
  if (has(r, 'libe')) return 0;
  if (has(r, 'afet')) return 1;
  if (has(r, 'libe_substitute')) return 2;
  return 3;
}
const byName = (a: Recipient, b: Recipient) => a.name.localeCompare(b.name);

/**
 * A US region: a state ("CA"), or a state and one or more districts ("CA-12", "CA-12.14" when
 * a ZIP code spans districts; 0 is an at-large seat).
 */
export function parseUsRegion(region: string | undefined): { state: string; districts: number[] } {
  const m = /^([A-Z]{2})(?:-(\d{1,2}(?:\.\d{1,2})*))?$/.exec((region ?? '').toUpperCase());
  if (!m) return { state: '', districts: [] };
  return { state: m[1]!, districts: m[2] ? m[2].split('.').map(Number) : [] };
}

/** How good a recipient's best channel is: e-mail or form, then website, then print/phone. */
export function channelRank(r: Pick<Recipient, 'email' | 'contactForm' | 'url'>): number {
  if (r.email || r.contactForm) return 0;
  if (r.url) return 1;
  return 2;
}

const INSTITUTION_ORDER: Partial<Record<RecipientGroup, number>> = {
  foreign_ministry: 0,
  head_of_government: 1,
  parliament: 2,
};

/** Default recipients for a person in a country (and region), best first. */
export async function recipientsFor(q: { country: string; region?: string }): Promise<Recipient[]> {
  const country = q.country.toUpperCase();
  const out: Recipient[] = [];
  if (country === 'EU') {
    const meps = await loadDataset('eu');
    return meps
      .filter((r) => has(r, 'libe') || has(r, 'libe_substitute'))
      .sort((a, b) => mepRank(a) - mepRank(b) || byName(a, b));
  }
  if (country === 'US') {
    const us = await loadDataset('us');
    const { state, districts } = parseUsRegion(q.region);
    const inState = us.filter((r) => r.region === state);
    const senators = inState
      .filter((r) => r.group === 'us_senate')
      .sort(
        (a, b) =>
          Number(has(b, 'foreign_relations')) - Number(has(a, 'foreign_relations')) || byName(a, b),
      );
    // Only the reader's own representative(s): found by ZIP code or district, never the whole
    // state's delegation in alphabetical order. A state with one seat needs no ZIP.
    const reps = inState.filter((r) => r.group === 'us_house');
    const mine =
      districts.length > 0
        ? reps.filter((r) => districts.includes(r.district ?? -1))
        : reps.length === 1
          ? reps
          : [];
    out.push(...senators, ...mine);
  } else if (country === 'GB') {
    if (q.region) {
      const uk = await loadDataset('uk');
      out.push(...uk.filter((r) => r.region === q.region));
    }
  } else {
    const eu = await loadDataset('eu');
    const meps = eu.filter((r) => r.country === country);
    out.push(...meps.sort((a, b) => mepRank(a) - mepRank(b) || byName(a, b)));
  }
  // Institutions proven on official pages, best channel first; the generic office where no
  // head-of-government office was proven.
  const institutions = (await loadDataset('institutions'))
    .filter((r) => r.country === country)
    .sort(
      (a, b) =>
        channelRank(a) - channelRank(b) ||
        (INSTITUTION_ORDER[a.group] ?? 9) - (INSTITUTION_ORDER[b.group] ?? 9) ||
        a.id.localeCompare(b.id),
    );
  const offices = await loadDataset('offices');
  const office = offices.find((r) => r.country === country);
  const electronic = institutions.filter((r) => channelRank(r) < 2);
  const rest = institutions.filter((r) => channelRank(r) === 2);
  out.push(...electronic, ...(office ? [office] : []), ...rest);
  return out;
}

/** ZIP code → the states and districts it lies in (several when it spans districts). */
export async function districtsForZip(zip: string): Promise<{ state: string; district: number }[]> {
  const z = zip.trim().slice(0, 5);
  if (!/^\d{5}$/.test(z)) return [];
  const data = (await import('../../assets/data/us-zip-districts.json')).default as {
    states: Record<string, string>;
  };
  const out: { state: string; district: number }[] = [];
  for (const [state, list] of Object.entries(data.states)) {
    const at = ` ${list}`.indexOf(` ${z}:`);
    if (at < 0) continue;
    const end = list.indexOf(' ', at);
    const token = list.slice(at, end < 0 ? undefined : end);
    for (const d of token.split(':')[1]!.split('.')) out.push({ state, district: Number(d) });
  }
  return out;
}

/** Regions a user picks from: US states, UK constituencies (by ONS code), [] elsewhere. */
export async function regionsFor(country: string): Promise<{ id: string; name: string }[]> {
  const c = country.toUpperCase();
  if (c === 'US') {
    const us = await loadDataset('us');
    const present = new Set(us.map((r) => r.region));
    return Object.entries(US_STATES)
      .filter(([id]) => present.has(id))
      .map(([id, name]) => ({ id, name }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }
  if (c === 'GB') {
    const uk = await loadDataset('uk');
    return uk
      .map((r) => ({ id: r.region ?? '', name: constituencyName(r) }))
      .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  }
  return [];
}

function constituencyName(r: Recipient): string {
  return r.regionName ?? r.region ?? '';
}

/** Fold case and strip diacritics, so "Ynys Môn" matches "ynys mon". */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

/** UK constituencies by constituency or MP name; prefix matches first. */
export async function searchConstituencies(
  query: string,
  limit = 10,
): Promise<{ id: string; name: string; mp: string }[]> {
  const q = fold(query);
  if (!q) return [];
  const uk = await loadDataset('uk');
  const scored: { score: number; row: { id: string; name: string; mp: string } }[] = [];
  for (const r of uk) {
    const name = constituencyName(r);
    const fn = fold(name);
    const fm = fold(r.name);
    let score = -1;
    if (fn.startsWith(q)) score = 0;
    else if (fm.startsWith(q) || fm.split(' ').some((w) => w.startsWith(q))) score = 1;
    else if (fn.includes(q)) score = 2;
    else if (fm.includes(q)) score = 3;
    if (score >= 0) scored.push({ score, row: { id: r.region ?? '', name, mp: r.name } });
  }
  scored.sort((a, b) => a.score - b.score || a.row.name.localeCompare(b.row.name, 'en'));
  return scored.slice(0, limit).map((s) => s.row);
}
