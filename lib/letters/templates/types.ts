/**
 * The shape of one language's letter building blocks, and the valibot schema that checks it.
 * Placeholders are `{name}`; each field lists the placeholders it may use, and the schema
 * rejects any other (a typo would otherwise ship as a literal "{nmae}" in a letter).
 */
import * as v from 'valibot';
import {
  ASKS,
  CONCERN_IDS,
  RECIPIENT_GROUPS as GROUPS,
  SALUTATION_GROUPS,
  type ConcernId,
} from '../../campaign/ids';
import type { Ask, RecipientGroup } from '../../campaign/types';

// Concern ids, asks and recipient groups are lib/campaign's lists (one source), re-exported.
export { ASKS, CONCERN_IDS, GROUPS, SALUTATION_GROUPS, type ConcernId };

/** What the letter asks for. */
export type LetterAsk = Ask;
/** A recipient group. */
export type LetterGroup = RecipientGroup;

/** Preset roles the sender can pick; each renders as a sentence in the letter's language. */
export const ROLES = [
  'journalist',
  'security_researcher',
  'it_worker',
  'lawyer',
  'parent',
  'teacher',
  'business_owner',
  'student',
] as const;
/** A preset sender role. */
export type RoleId = (typeof ROLES)[number];

/**
 * Kinds of head-of-government office, read from the office's title (`officeKind`). Each has its
 * own formal salutation and phone wording in every language; `government` is the fallback for
 * councils, regents and other collective or unusual offices.
 */
export const OFFICE_KINDS = ['prime_minister', 'president', 'chancellor', 'government'] as const;
/** A kind of head-of-government office. */
export type OfficeKind = (typeof OFFICE_KINDS)[number];

/** One language's building blocks. */
export interface LetterTemplate {
  lang: string;
  dir: 'ltr' | 'rtl';
  /** Subject line per ask; `eu_consent` is used for Members of the European Parliament. */
  subject: Record<LetterAsk | 'eu_consent', string>;
  /**
   * Salutation per recipient group; `{name}` is the recipient's name. Formal, in the register a
   * native speaker uses to that office; where the recipient's gender is not known, both forms
   * in full ("Madame la Députée, Monsieur le Député,"), never a slash or inclusive spelling.
   */
  /**
   * Salutation per recipient group; institutions (foreign ministry, parliament) borrow the
   * head-of-government office's ("Dear Sir or Madam").
   */
  salutation: Record<(typeof SALUTATION_GROUPS)[number], string>;
  /**
   * The House's non-voting members, in languages whose House salutation names the member:
   * the delegates of DC, Guam, the Virgin Islands, American Samoa and the Northern Mariana
   * Islands, and Puerto Rico's Resident Commissioner. Others use `salutation.us_house`.
   */
  us_house_titles?: { delegate: string; resident_commissioner: string };
  /** Salutation to a head-of-government office, by kind (replaces `salutation.head_of_government`). */
  office_salutation: Record<OfficeKind, string>;
  /**
   * The office being called, as the object of the phone intro ("I am calling {office}"):
   * `person` with `{name}` for a named recipient, else by office kind.
   */
  office_of: Record<OfficeKind | 'person', string>;
  /** How a date is written: `{day}`, `{month}` (from `months`), `{year}`. */
  date: string;
  /** Month names in the form `date` needs (genitive in Russian), January first. */
  months: string[];
  /**
   * The country's status, stated only when it is confirmed (lib/letters/status.ts), with its
   * date (`{date}`, formatted with `date`). Never used for a reported or unknown status.
   */
  status: { signed: string; ratified: string };
  /** First paragraph; `opening_city` when the sender gave a city (`{city}`). */
  opening: string;
  opening_city: string;
  /** Role sentences; `role_custom` wraps a free-text role (`{role}`). */
  roles: Record<RoleId, string>;
  role_custom: string;
  /** Sentence citing the article the reader came from. */
  article: string;
  article_passage: string;
  /** Lead-in before the concern paragraphs. */
  concerns_intro: string;
  /** One paragraph per concern. */
  concerns: Record<ConcernId, string>;
  /** Short concern names (phone script). */
  concern_titles: Record<ConcernId, string>;
  /** One paragraph per ask. */
  asks: Record<LetterAsk, string>;
  /** EU member states: the Council decision on the EU's conclusion (national recipients). */
  eu_council: string;
  /** EU member states: the European Parliament's consent (MEPs). */
  eu_consent: string;
  /** Request for a reply, then the sign-off line. */
  reply: string;
  sign_off: string;
  /**
   * Signs a letter sent without the reader's name (the safety notice's "send without my
   * name", components/composer/SafetyNotice.tsx): a neutral description, no name.
   */
  anonymous_signature: string;
  /** Phone script: greeting, ask lines, reasons lead-in, thanks. */
  phone: {
    intro: string;
    intro_city: string;
    asks: Record<LetterAsk | 'eu_consent', string>;
    reasons: string;
    thanks: string;
  };
}

/** Placeholders each field may use. */
export const ALLOWED_VARS = {
  subject: [],
  salutation: ['name'],
  us_house_titles: ['name'],
  office_salutation: [],
  office_of: ['name'],
  date: ['day', 'month', 'year'],
  months: [],
  status: ['date'],
  opening: [],
  opening_city: ['city'],
  roles: [],
  role_custom: ['role'],
  article: ['title', 'outlet', 'url'],
  article_passage: ['title', 'outlet', 'url', 'passage'],
  concerns_intro: [],
  concerns: [],
  concern_titles: [],
  asks: [],
  eu_council: [],
  eu_consent: [],
  reply: [],
  sign_off: [],
  anonymous_signature: [],
  phone: ['name', 'city', 'recipient', 'office'],
} as const satisfies Record<Exclude<keyof LetterTemplate, 'lang' | 'dir'>, readonly string[]>;

const VAR_RE = /\{([A-Za-z_]+)\}/g;

/** The placeholders used in a string. */
export function varsIn(s: string): string[] {
  return [...s.matchAll(VAR_RE)].map((m) => m[1]!);
}

const text = (allowed: readonly string[]) =>
  v.pipe(
    v.string(),
    v.trim(),
    v.minLength(1, 'empty text'),
    v.check(
      (s) => varsIn(s).every((x) => allowed.includes(x)),
      (issue) => `unknown placeholder in "${String(issue.input).slice(0, 60)}…"`,
    ),
    v.check((s) => !/[{}]/.test(s.replace(VAR_RE, '')), 'stray brace'),
  );

const record = <K extends string>(keys: readonly K[], allowed: readonly string[]) =>
  v.strictObject(
    Object.fromEntries(keys.map((k) => [k, text(allowed)])) as Record<K, ReturnType<typeof text>>,
  );

/** Schema for one language's template. */
export const TemplateSchema = v.strictObject({
  lang: v.pipe(v.string(), v.regex(/^[a-z]{2,3}(_[A-Z]{2})?$/)),
  dir: v.picklist(['ltr', 'rtl']),
  subject: record([...ASKS, 'eu_consent'], ALLOWED_VARS.subject),
  salutation: record(SALUTATION_GROUPS, ALLOWED_VARS.salutation),
  us_house_titles: v.optional(
    record(['delegate', 'resident_commissioner'], ALLOWED_VARS.us_house_titles),
  ),
  office_salutation: record(OFFICE_KINDS, ALLOWED_VARS.office_salutation),
  office_of: record([...OFFICE_KINDS, 'person'], ALLOWED_VARS.office_of),
  date: text(ALLOWED_VARS.date),
  months: v.pipe(v.array(text(ALLOWED_VARS.months)), v.length(12, 'twelve months')),
  status: record(['signed', 'ratified'], ALLOWED_VARS.status),
  opening: text(ALLOWED_VARS.opening),
  opening_city: text(ALLOWED_VARS.opening_city),
  roles: record(ROLES, ALLOWED_VARS.roles),
  role_custom: text(ALLOWED_VARS.role_custom),
  article: text(ALLOWED_VARS.article),
  article_passage: text(ALLOWED_VARS.article_passage),
  concerns_intro: text(ALLOWED_VARS.concerns_intro),
  concerns: record(CONCERN_IDS, ALLOWED_VARS.concerns),
  concern_titles: record(CONCERN_IDS, ALLOWED_VARS.concern_titles),
  asks: record(ASKS, ALLOWED_VARS.asks),
  eu_council: text(ALLOWED_VARS.eu_council),
  eu_consent: text(ALLOWED_VARS.eu_consent),
  reply: text(ALLOWED_VARS.reply),
  sign_off: text(ALLOWED_VARS.sign_off),
  anonymous_signature: text(ALLOWED_VARS.anonymous_signature),
  phone: v.strictObject({
    intro: text(ALLOWED_VARS.phone),
    intro_city: text(ALLOWED_VARS.phone),
    asks: record([...ASKS, 'eu_consent'], ALLOWED_VARS.phone),
    reasons: text(ALLOWED_VARS.phone),
    thanks: text(ALLOWED_VARS.phone),
  }),
});
