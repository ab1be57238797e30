/**
 * Campaign data: the one place the panel, the composer and the tracker read facts, treaty
 * status, asks and recipients from. Built-in data is a reviewed snapshot (see
 * docs/campaign-data.md); a signed update accepted by `lib/campaign/feed.ts` is overlaid at
 * start-up (`ready()`), so figures can change without a new release.
 */
import type { Ask, CountryStatus, Fact } from './types';
import { countries, facts } from './store';
import { signatureClosed } from './clock';
import { effectiveStatus } from './confidence';

export type {
  Ask,
  CountryStatus,
  Fact,
  GlobalStatus,
  Localized,
  Recipient,
  RecipientGroup,
  ReportedStatus,
  Source,
  SourceKind,
  StatusConfidence,
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
  effectiveStatus,
  statusAssertion,
  statusIsConfirmed,
  type StatusAssertion,
} from './confidence';
export {
  SIGNATURE_DEADLINE,
  SIGNATURE_CLOSES_AT,
  TREATY_TIME_ZONE,
  TREATY_DATE_FORMAT,
  signatureClosed,
  signatureDaysLeft,
  newYorkDay,
} from './clock';
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

/** Treaty status of a state (ISO 3166-1 alpha-2, any case) or 'EU'. */
export function getCountry(code: string): CountryStatus | undefined {
  return countries.get(code.toUpperCase());
}

/**
 * The reader's country as guessed from a browser locale ('en-US' → 'US', 'zh-Hans-CN' → 'CN'),
 * or '' when the tag names no region the campaign knows. A guess only: the product asks the
 * reader once and says "guessed" until they confirm (issue 18 item 6).
 */
export function guessCountry(tag: string | undefined): string {
  const m = /^[a-z]{2,3}(?:[-_][A-Za-z]{4})?[-_]([A-Za-z]{2})\b/i.exec(tag ?? '');
  const code = m?.[1]?.toUpperCase() ?? '';
  return code && getCountry(code) ? code : '';
}

/** Every state with a status: 193 UN members, the Holy See, Palestine, then the EU. */
export function allCountries(): CountryStatus[] {
  return [...countries.values()];
}

/**
 * What to ask of a government, from the furthest step confirmed or reported
 * (`effectiveStatus`): signed → do not ratify; ratified → safeguards; otherwise (not listed,
 * unknown) → do not sign, and from New York midnight on 31 Dec 2026 do not accede. The ask
 * is what to request; a letter states the status itself only when `statusAssertion` allows it,
 * and otherwise asks conditionally.
 */
export function askFor(code: string, now: Date = new Date()): Ask {
  const c = getCountry(code);
  switch (c ? effectiveStatus(c) : undefined) {
    case 'signed':
      return 'do_not_ratify';
    case 'ratified':
      return 'safeguards';
    default:
      return signatureClosed(now) ? 'do_not_accede' : 'do_not_sign';
  }
}

/**
 * True only for a confirmed status (same as `statusIsConfirmed`). When false the UI says why,
 * by confidence: reported (by whom), not listed as of a date, or unknown.
 */
export function statusIsCertain(code: string): boolean {
  return getCountry(code)?.confidence === 'confirmed';
}

/** For EU member states the European Parliament's consent to EU conclusion is a target too. */
export function alsoAskEuropeanParliament(code: string): boolean {
  return getCountry(code)?.euMember === true;
}

export { countryName, localize } from './names';

/** Facts of one kind, in their stable (authored) order. */
export function factsOf(kind: Fact['kind']): Fact[] {
  return facts.filter((f) => f.kind === kind);
}

/** The concerns, in a stable order. */
export function concerns(): Fact[] {
  return factsOf('concern');
}
