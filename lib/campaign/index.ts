/**
 * Campaign data: the one place the panel, the composer and the tracker read facts, treaty
 * status, asks and recipients from. Built-in data is a reviewed snapshot (see
 * docs/campaign-data.md); a signed update accepted by `lib/campaign/feed.ts` is overlaid at
 * start-up (`ready()`), so figures can change without a new release.
 */
import type { Ask, CountryStatus, Fact, Localized } from './types';
import { countries, facts } from './store';

export type {
  Ask,
  CountryStatus,
  Fact,
  GlobalStatus,
  Localized,
  Recipient,
  RecipientGroup,
  Source,
  TreatyStatus,
} from './types';
export {
  dataVersion,
  facts,
  globalStatus,
  BUILTIN_VERSION,
  compareVersions,
  freshness,
} from './store';
export {
  recipientsFor,
  regionsFor,
  searchConstituencies,
  US_STATES,
  RECIPIENT_ROLES,
} from './recipients';
export { loadOverlay, applyUpdate, ready } from './feed';
export { EU_MEMBERS, UN_MEMBERS, OBSERVERS } from './data/countries';
export { DATA_SOURCES, type DataSourceCredit } from './attribution';
export { CONCERN_IDS, ASKS, RECIPIENT_GROUPS, type ConcernId } from './ids';

export { CONTENT_LANGUAGES, panelLanguage } from './languages';

/** Last day a state can sign (Art. 64); after it, only accession. */
export const SIGNATURE_DEADLINE = '2026-12-31';
/**
 * The signature window closes at the end of 31 Dec 2026 at UN Headquarters (New York, UTC−5),
 * so the ask switches at 05:00 UTC on 1 Jan 2027, by date and without a release.
 */
export const SIGNATURE_CLOSES_AT = Date.UTC(2027, 0, 1, 5, 0, 0);

/** Treaty status of a state (ISO 3166-1 alpha-2, any case) or 'EU'. */
export function getCountry(code: string): CountryStatus | undefined {
  return countries.get(code.toUpperCase());
}

/** Every state with a status: 193 UN members, the Holy See, Palestine, then the EU. */
export function allCountries(): CountryStatus[] {
  return [...countries.values()];
}

/** True once the signature window has closed. */
export function signatureClosed(now: Date = new Date()): boolean {
  return now.getTime() >= SIGNATURE_CLOSES_AT;
}

/**
 * What to ask of a government. Not signed → do not sign (after the deadline: do not accede);
 * signed → do not ratify; ratified → safeguards. An "unknown" status is treated as not signed:
 * most states whose status is unconfirmed had not signed (see docs/campaign-data.md), and the
 * composer shows the uncertainty (`statusIsCertain`).
 */
export function askFor(code: string, now: Date = new Date()): Ask {
  const c = getCountry(code);
  switch (c?.status) {
    case 'signed':
      return 'do_not_ratify';
    case 'ratified':
      return 'safeguards';
    default:
      return signatureClosed(now) ? 'do_not_accede' : 'do_not_sign';
  }
}

/** False when the status is "unknown" or rests on unconfirmed reports (say so in the UI). */
export function statusIsCertain(code: string): boolean {
  const c = getCountry(code);
  return !!c && c.status !== 'unknown' && !c.uncertain;
}

/** For EU member states the European Parliament's consent to EU conclusion is a target too. */
export function alsoAskEuropeanParliament(code: string): boolean {
  return getCountry(code)?.euMember === true;
}

const NAME_OVERRIDES: Record<string, Localized> = {
  // UN usage rather than CLDR's "Palestinian Territories" / "Vatican City".
  PS: {
    en: 'State of Palestine',
    fr: 'État de Palestine',
    es: 'Estado de Palestina',
    de: 'Staat Palästina',
    pt: 'Estado da Palestina',
    ar: 'دولة فلسطين',
  },
  VA: {
    en: 'Holy See',
    fr: 'Saint-Siège',
    es: 'Santa Sede',
    de: 'Heiliger Stuhl',
    pt: 'Santa Sé',
    ar: 'الكرسي الرسولي',
  },
  EU: {
    en: 'European Union',
    fr: 'Union européenne',
    es: 'Unión Europea',
    de: 'Europäische Union',
    pt: 'União Europeia',
    ar: 'الاتحاد الأوروبي',
  },
};

const displayNames = new Map<string, Intl.DisplayNames | null>();
function regionNames(lang: string): Intl.DisplayNames | null {
  const tag = lang.replace('_', '-');
  if (!displayNames.has(tag)) {
    let dn: Intl.DisplayNames | null = null;
    try {
      dn = new Intl.DisplayNames([tag, 'en'], { type: 'region', fallback: 'none' });
    } catch {
      dn = null;
    }
    displayNames.set(tag, dn);
  }
  return displayNames.get(tag) ?? null;
}

/** Localized name of a state or the EU ('EU' → "European Union"), via Intl.DisplayNames. */
export function countryName(code: string, lang: string): string {
  const c = code.toUpperCase();
  const o = NAME_OVERRIDES[c];
  if (o) {
    const l = localize(o, lang);
    if (!l.fallback) return l.text;
  }
  const name = regionNames(lang)?.of(c);
  if (name && name !== c) return name;
  return o?.en ?? c;
}

/** Pick the text for a language: exact tag, then its base ('pt_BR' → 'pt'), then English. */
export function localize(
  text: Localized,
  lang: string,
): { text: string; lang: string; fallback: boolean } {
  const tag = lang.replace('-', '_');
  const exact = text[tag];
  if (exact) return { text: exact, lang: tag, fallback: false };
  const base = tag.split('_')[0]!.toLowerCase();
  const b = text[base];
  if (b) return { text: b, lang: base, fallback: false };
  return { text: text.en, lang: 'en', fallback: base !== 'en' };
}

/** Facts of one kind, in their stable (authored) order. */
export function factsOf(kind: Fact['kind']): Fact[] {
  return facts.filter((f) => f.kind === kind);
}

/** The concerns, in a stable order. */
export function concerns(): Fact[] {
  return factsOf('concern');
}
