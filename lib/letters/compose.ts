/**
 * Turn building blocks + the reader's own words into one letter for one recipient.
 * Pure: no I/O, no campaign lookups (callers pass what they know), so the composer, the CLI
 * and the tests produce byte-identical letters.
 */
import {
  CONCERN_IDS,
  ROLES,
  templateFor,
  type ConcernId,
  type LetterAsk,
  type LetterGroup,
  type LetterTemplate,
  type OfficeKind,
  type RoleId,
} from './templates';
import { EU_MEMBERS } from '../campaign';
import type { ConfirmedStatus } from './status';
import { isolateLtrRuns } from './bidi';
import { citationOf } from '../text/citation';
import { cleanLine, cleanText } from '../text/clean';
import { powerAsk } from './templates/power-asks';

/** Who writes. `role` is a preset role id or the reader's own words. */
export interface Sender {
  name: string;
  city?: string;
  role?: string;
}

/** The parts of a recipient a letter needs. */
export interface LetterRecipient {
  id?: string;
  name: string;
  /** Surname given by the dataset; US members are greeted by it ("Dear Senator Schiff"). */
  last?: string;
  /** US state or territory code (a territory's House member is a delegate). */
  region?: string;
  group: LetterGroup | string;
}

/** The reader's own words; each non-empty answer becomes a paragraph. */
export interface PersonalText {
  why?: string;
  whatIDo?: string;
  local?: string;
}

/** The news article the reader came from. */
export interface ArticleCitation {
  title: string;
  outlet: string;
  url: string;
  passage?: string;
}

/** Everything `compose` needs. */
export interface ComposeInput {
  sender: Sender;
  recipient: LetterRecipient;
  lang: string;
  ask: LetterAsk;
  concerns: readonly string[];
  personal?: PersonalText;
  article?: ArticleCitation;
  /** The sender's country (ISO alpha-2, or 'EU'). */
  country: string;
  /**
   * The country's status when it is CONFIRMED (`confirmedStatus(getCountry(country))`); the
   * letter then states it with its date. Absent or null: the letter says nothing about status.
   */
  status?: ConfirmedStatus | null;
  /**
   * Sent without the reader's name (the safety notice before a letter to the government of a
   * state rated Not Free): signed with the template's `anonymous_signature`, and without the
   * role sentence; the name typed in the form appears nowhere in the letter.
   */
  anonymous?: boolean;
}

/** A composed letter. Line breaks are LF; channels convert as their format needs. */
export interface Letter {
  subject: string;
  body: string;
  lang: string;
  dir: 'ltr' | 'rtl';
}

/**
 * EU member states' letters add the EU-level step (Council decision, European Parliament
 * consent). The list is the campaign data's (static, so composing stays pure).
 */
export function isEuMember(country: string): boolean {
  return EU_MEMBERS.includes(country.toUpperCase());
}

/** Replace `{var}` placeholders. Values are inserted literally (never re-scanned). */
export function fill(template: string, vars: Readonly<Record<string, string>>): string {
  return template.replace(/\{([A-Za-z_]+)\}/g, (m, k: string) =>
    Object.hasOwn(vars, k) ? vars[k]! : m,
  );
}

/**
 * The reader's text as it enters a letter: every invisible and format character removed (the
 * one cleaner, `./clean`), line breaks normalised, runs of blank lines collapsed, trimmed.
 */
export function tidy(s: string | undefined): string {
  return cleanText(s);
}

function isRoleId(r: string): r is RoleId {
  return (ROLES as readonly string[]).includes(r);
}

/** The role sentence, or '' when no role was given. */
export function roleSentence(tpl: LetterTemplate, role: string | undefined): string {
  const r = tidy(role);
  if (!r) return '';
  if (isRoleId(r)) return tpl.roles[r];
  return fill(tpl.role_custom, { role: r.replace(/[.。]+$/, '') });
}

/** Known concern ids in letter order (unknown ids are dropped). */
export function orderedConcerns(ids: readonly string[]): ConcernId[] {
  return CONCERN_IDS.filter((c) => ids.includes(c));
}

/** Which subject/ask block applies: MEPs get the European Parliament consent ask. */
export function askKey(group: string, ask: LetterAsk): LetterAsk | 'eu_consent' {
  return group === 'eu_parliament' ? 'eu_consent' : ask;
}

/** The subject line for a recipient. */
export function subjectFor(tpl: LetterTemplate, group: string, ask: LetterAsk): string {
  return tpl.subject[askKey(group, ask)];
}

/**
 * The kind of a head-of-government office, from its title as the data gives it
 * ("The Prime Minister of Kenya", "The Federal Chancellor of Austria", "Premier", "Taoiseach").
 */
export function officeKind(name: string): OfficeKind {
  const n = name.toLowerCase();
  if (/chancellor|kanzler/.test(n)) return 'chancellor';
  if (/prime minister|premier|taoiseach|premierminister|premier ministre/.test(n))
    return 'prime_minister';
  if (/^(the )?president\b|présidente? |presidente? /.test(n)) return 'president';
  return 'government';
}

/** The salutation for a recipient: by group, and for a head-of-government office by its kind. */
export function salutationFor(tpl: LetterTemplate, r: LetterRecipient): string {
  if (r.group === 'head_of_government') return tpl.office_salutation[officeKind(tidy(r.name))];
  // Institutions (a foreign ministry, a parliament or its committee) are written to as offices.
  const institution = r.group === 'foreign_ministry' || r.group === 'parliament';
  const group = (
    institution ? 'head_of_government' : r.group in tpl.salutation ? r.group : 'custom'
  ) as keyof LetterTemplate['salutation'];
  // US members are greeted by title and surname; the surname comes from the dataset only (never
  // split from the full name: "Cortez Masto", "Van Hollen"), otherwise the full name is kept.
  const us = group === 'us_senate' || group === 'us_house';
  const name = us && r.last?.trim() ? r.last : r.name;
  const titles = group === 'us_house' ? tpl.us_house_titles : undefined;
  const nonVoting =
    r.region === 'PR'
      ? 'resident_commissioner'
      : US_DELEGATES.has(r.region ?? '')
        ? 'delegate'
        : '';
  const form = titles && nonVoting ? titles[nonVoting] : tpl.salutation[group];
  return fill(form, { name: cleanLine(name) });
}

/** House seats held by a delegate (Puerto Rico's is a Resident Commissioner). */
const US_DELEGATES = new Set(['DC', 'GU', 'VI', 'AS', 'MP']);

/** A YYYY-MM-DD date written the letter's way ("25 October 2025", "2025年10月25日"). */
export function letterDate(tpl: LetterTemplate, iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const month = tpl.months[(m ?? 1) - 1] ?? '';
  // French writes the first of the month as an ordinal: « 1er octobre ».
  const day = d === 1 && tpl.lang === 'fr' ? '1er' : String(d ?? '');
  return fill(tpl.date, { day, month, year: String(y ?? '') });
}

/** The confirmed-status sentence, or '' when the status is not confirmed or does not fit the ask. */
export function statusSentence(
  tpl: LetterTemplate,
  ask: LetterAsk,
  status: ConfirmedStatus | null | undefined,
): string {
  if (!status) return '';
  const fits =
    (status.status === 'signed' && ask === 'do_not_ratify') ||
    (status.status === 'ratified' && ask === 'safeguards');
  return fits ? fill(tpl.status[status.status], { date: letterDate(tpl, status.date) }) : '';
}

/**
 * A US ZIP code or a UK postcode at the end of the sender's town ("Oakland 94612",
 * "Leeds LS1 4AP"): offices use it to confirm a constituent. It stays under the signature and
 * is left out of the opening sentence ("I am writing to you from Oakland").
 */
const POSTCODE = String.raw`(?:\d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})`;
const TRAILING_POSTCODE = new RegExp(`[\\s,]+${POSTCODE}$`, 'i');
const ONLY_POSTCODE = new RegExp(`^${POSTCODE}$`, 'i');

/** The sender's town without a trailing postcode; '' when the line is only a postcode. */
export function townOf(city: string): string {
  return ONLY_POSTCODE.test(city.trim()) ? '' : city.replace(TRAILING_POSTCODE, '').trim();
}

/** The town line with `code` as its postcode (replacing a trailing one): "Oakland 94612". */
export function withPostcode(city: string, code: string): string {
  const c = city.trim();
  if (!c || ONLY_POSTCODE.test(c)) return code;
  return `${c.replace(TRAILING_POSTCODE, '')} ${code}`;
}

/** Compose one letter for one recipient. */
export function compose(input: ComposeInput): Letter {
  const tpl = templateFor(input.lang, input.country);
  const city = cleanLine(input.sender.city);
  const p = input.personal ?? {};
  const paras: string[] = [];

  const town = townOf(city);
  const opening = town ? fill(tpl.opening_city, { city: town }) : tpl.opening;
  const role = input.anonymous ? '' : roleSentence(tpl, input.sender.role);
  paras.push([opening, role].filter(Boolean).join(' '));
  for (const own of [p.whatIDo, p.why]) if (tidy(own)) paras.push(tidy(own));

  // Only what the reader can check: the page's host, the address without query or fragment,
  // title and quote capped and cleaned (lib/text/citation.ts).
  const cited = input.article ? citationOf(input.article) : null;
  if (cited?.title && cited.url) {
    paras.push(fill(cited.passage ? tpl.article_passage : tpl.article, { ...cited }));
  }

  const concerns = orderedConcerns(input.concerns);
  if (concerns.length) {
    paras.push(tpl.concerns_intro);
    for (const c of concerns) paras.push(tpl.concerns[c]);
  }
  if (tidy(p.local)) paras.push(tidy(p.local));

  const key = askKey(String(input.recipient.group), input.ask);
  if (key === 'eu_consent') paras.push(tpl.eu_consent);
  else
    paras.push(
      [
        statusSentence(tpl, key, input.status),
        // The ask this recipient's power can answer (templates/power-asks.ts), else the
        // status ask written for a government.
        powerAsk(tpl.lang, String(input.recipient.group), key) ?? tpl.asks[key],
      ]
        .filter(Boolean)
        .join(' '),
    );
  if (key !== 'eu_consent' && isEuMember(input.country)) paras.push(tpl.eu_council);
  paras.push(tpl.reply);

  const signer = input.anonymous ? tpl.anonymous_signature : cleanLine(input.sender.name);
  const signature = [tpl.sign_off, signer, city].filter(Boolean).join('\n');
  const body = [salutationFor(tpl, input.recipient), ...paras, signature].join('\n\n');
  const subject = subjectFor(tpl, String(input.recipient.group), input.ask);
  // In a right-to-left letter every left-to-right run (URL, outlet, Latin title or name) is
  // isolated, so the bidi algorithm cannot reorder it against the Arabic around it.
  const rtl = tpl.dir === 'rtl';
  return {
    subject: rtl ? isolateLtrRuns(subject) : subject,
    body: rtl ? isolateLtrRuns(body) : body,
    // A BCP 47 tag for lang="" attributes: 'pt_BR' → 'pt-BR'.
    lang: tpl.lang.replace('_', '-'),
    dir: tpl.dir,
  };
}

/** The same letter with none of the reader's own words: the baseline for `similarity`. */
export function templateOnly(input: ComposeInput): Letter {
  return compose({ ...input, personal: {}, article: undefined });
}

/** A short script for calling a representative's office. */
export function phoneScript(input: ComposeInput): string {
  const tpl = templateFor(input.lang, input.country);
  const city = cleanLine(input.sender.city);
  const recipient = cleanLine(input.recipient.name);
  const office =
    input.recipient.group === 'head_of_government'
      ? tpl.office_of[officeKind(recipient)]
      : fill(tpl.office_of.person, { name: recipient });
  const vars = { name: cleanLine(input.sender.name), city, recipient, office };
  const lines = [fill(city ? tpl.phone.intro_city : tpl.phone.intro, vars)];
  lines.push(fill(tpl.phone.asks[askKey(String(input.recipient.group), input.ask)], vars));
  const concerns = orderedConcerns(input.concerns).slice(0, 3);
  if (concerns.length) {
    lines.push(fill(tpl.phone.reasons, vars));
    for (const c of concerns) lines.push(`• ${tpl.concern_titles[c]}`);
  }
  const why = tidy(input.personal?.why);
  if (why) lines.push(why);
  lines.push(fill(tpl.phone.thanks, vars));
  return lines.join('\n');
}
