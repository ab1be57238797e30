import type { ASKS, RECIPIENT_GROUPS } from './ids';
import type { ChannelField, ChannelProof } from './proof';

/** Text in several languages; English is always present and is the fallback. */
export type Localized = { en: string } & Partial<Record<string, string>>;

/**
 * What kind of publisher a source is. Only `depositary` (UN Treaty Collection), `treaty_database`
 * (the Dutch government's treaty database) and `government` / `parliament` (the state's own)
 * may confirm a treaty status; see `lib/campaign/source-policy.ts`.
 */
export type SourceKind =
  | 'depositary'
  | 'treaty_database'
  | 'government'
  | 'parliament'
  | 'intergovernmental'
  | 'press'
  | 'ngo'
  | 'industry'
  | 'academic';

/** Where a statement comes from. `url` only for the original publisher's page, never a mirror. */
export interface Source {
  publisher: string;
  title: string;
  url?: string;
  /** What kind of publisher this is; required for a status source (see `StatusConfidence`). */
  kind?: SourceKind;
  /** YYYY-MM-DD or YYYY-MM: publication date, or the month it was read when `accessed` is set */
  date: string;
  /** True when the page carries no date and `date` is when it was read. */
  accessed?: boolean;
}

/** One sourced statement the panel, composer and tracker may show. */
export interface Fact {
  id: string;
  kind: 'about' | 'status' | 'concern' | 'supporters';
  title: Localized;
  text: Localized;
  /** Article numbers of the convention the statement rests on, e.g. '2(h)', '7-11'. */
  articles: string[];
  sources: Source[];
  /** YYYY-MM-DD: when the statement was last checked against its sources. */
  lastChecked: string;
  /** Organisations that raised the concern (short names). */
  raisedBy?: string[];
  /** True when part of the statement could not be confirmed; the text says which part. */
  uncertain?: boolean;
}

export type TreatyStatus = 'not_signed' | 'signed' | 'ratified' | 'unknown';

/**
 * How far a status may be trusted (research notes, source policy):
 * - `confirmed`: the UN Treaty Collection (XVIII-16), the state's own government or parliament,
 *   or the Dutch government's treaty database says so. Only this may be stated in a letter.
 * - `reported`: a named reporter (press, NGO…) says so; shown as "reported by X, not confirmed
 *   by the UN depositary", never asserted in a letter.
 * - `not_listed`: the state is absent from a dated depositary list (or the Dutch database's
 *   mirror of it): it had not signed *as of that date* (`asOf`). Never "did not sign".
 *   The status is then `not_signed`.
 * - `unknown`: nothing citable settles it. The status is then `unknown`.
 */
export type StatusConfidence = 'confirmed' | 'reported' | 'not_listed' | 'unknown';

/** A status a named reporter gives beyond what is confirmed (e.g. a ratification not deposited). */
export interface ReportedStatus {
  status: TreatyStatus;
  /** YYYY-MM-DD or YYYY-MM, only when the reporter gives it */
  date?: string;
  source: Source;
  /** YYYY-MM-DD: the reporter's date */
  asOf: string;
}

/** Treaty status of one state (or the EU). */
export interface CountryStatus {
  /** ISO 3166-1 alpha-2, or 'EU' */
  code: string;
  status: TreatyStatus;
  /** How far `status` may be trusted, by the kind of its `source`. */
  confidence: StatusConfidence;
  /** YYYY-MM-DD or YYYY-MM, only when a source gives it */
  signed?: string;
  ratified?: string;
  source: Source;
  /** YYYY-MM-DD: the date up to which `source` supports the status (a list's date for not_listed) */
  asOf: string;
  /** A further step reported by a named reporter but not confirmed (shown as reported). */
  reported?: ReportedStatus;
  /**
   * A further step (e.g. ratification) is claimed only by sources we may not cite: the
   * confirmed status may be out of date, so letters do not state it (the note says why).
   */
  laterStepClaimed?: boolean;
  euMember?: boolean;
  note?: Localized;
  /** Sources of statements in `note` that `source` does not cover. */
  noteSources?: Source[];
}

/** What a letter asks of a government, following its status and the date. */
export type Ask = (typeof ASKS)[number];

/** Who a recipient is, for the salutation and the default selection. */
export type RecipientGroup = (typeof RECIPIENT_GROUPS)[number];

/** Someone a letter can be addressed to. */
export interface Recipient {
  id: string;
  name: string;
  /** A US member's surname from the dataset, for the salutation ("Dear Senator Cortez Masto"). */
  last?: string;
  role: Localized | string;
  group: RecipientGroup;
  country: string;
  /** US state code or UK constituency ONS code */
  region?: string;
  /** Human-readable region: state or constituency name */
  regionName?: string;
  email?: string;
  contactForm?: string;
  url?: string;
  phone?: string;
  postal?: string[];
  /** 'foreign_relations' | 'libe' | 'libe_substitute' | 'afet' */
  flags?: string[];
  party?: string;
  /** US House: the congressional district (0 = at-large). */
  district?: number;
  /** An institution's name in English, when `name` is in the institution's own language. */
  nameEn?: string;
  /** Where each channel value was read (page, verbatim excerpt, date); datasets need none. */
  proof?: Partial<Record<ChannelField, ChannelProof>>;
}

/** World-wide treaty figures. */
export interface GlobalStatus {
  /** Signatories in the depositary's list as of `asOf` (null when no such list was read). */
  signatories: number | null;
  signatoriesNote: Localized;
  ratifications: number;
  ratifiedBy: string[];
  needed: 40;
  signatureDeadline: '2026-12-31';
  entryIntoForce: Localized;
  asOf: string;
  sources: Source[];
}
