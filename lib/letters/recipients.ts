/**
 * Recipient helpers shared by the composer and the CLI, so both pick the same default
 * recipients and offer the same channels.
 */
import type { Recipient } from '../campaign';
import type { Channel } from '../db/types';
import { localize } from '../campaign';
import { isEuMember } from './compose';
import { isEmail, webUrl } from './channels';

/** Channels a letter can take: the database's `Channel`. */
export type SendChannel = Channel;

const has = (r: Recipient, flag: string) => r.flags?.includes(flag) ?? false;

/**
 * Which suggested recipients start selected: a US resident's senators (and House member once
 * found by ZIP code); a UK resident's MP; the European Parliament (`EU`): the first two LIBE
 * members; elsewhere up to two institutions with a proven e-mail, form or website (else the
 * head-of-government office), plus in an EU member state up to two LIBE/AFET MEPs.
 */
export function defaultSelection(recipients: readonly Recipient[], country: string): string[] {
  const c = country.toUpperCase();
  // Institutions proven on official pages with an e-mail, form or website: the two best.
  const institutions = recipients
    .filter((r) => INSTITUTION_GROUPS.has(r.group) && r.id.startsWith('inst-'))
    .filter((r) => (r.email && isEmail(r.email)) || r.contactForm || r.url)
    .slice(0, 2)
    .map((r) => r.id);
  if (c === 'US') {
    // The two senators, and the House member once the ZIP code (or district) found one.
    const senators = recipients.filter((r) => r.group === 'us_senate').map((r) => r.id);
    const reps = recipients.filter((r) => r.group === 'us_house');
    return [...senators, ...(reps.length === 1 ? [reps[0]!.id] : [])];
  }
  if (c === 'GB') {
    const mp = recipients.filter((r) => r.group === 'uk_commons').map((r) => r.id);
    return mp.length
      ? mp
      : recipients.filter((r) => r.group === 'head_of_government').map((r) => r.id);
  }
  if (c === 'EU') return recipients.slice(0, 2).map((r) => r.id);
  const office = institutions.length
    ? institutions
    : recipients
        .filter((r) => r.group === 'head_of_government')
        .slice(0, 1)
        .map((r) => r.id);
  if (isEuMember(c)) {
    const meps = recipients.filter(
      (r) => r.group === 'eu_parliament' && (has(r, 'libe') || has(r, 'afet')),
    );
    return [...office, ...meps.slice(0, 2).map((r) => r.id)];
  }
  return office;
}

const INSTITUTION_GROUPS = new Set<string>([
  'foreign_ministry',
  'parliament',
  'head_of_government',
]);

/** The role line of a recipient in a language. */
export function roleOf(r: Pick<Recipient, 'role'>, lang: string): string {
  return typeof r.role === 'string' ? r.role : localize(r.role, lang).text;
}

/**
 * Channels available for a recipient, best first: e-mail or the official form, then the
 * official website ("Open the ministry's website"), then copy and print, then phone.
 */
export function channelsFor(
  r: Pick<Recipient, 'email' | 'contactForm' | 'phone' | 'postal' | 'url'>,
): SendChannel[] {
  const out: SendChannel[] = [];
  if (r.email && isEmail(r.email)) out.push('mailto', 'gmail', 'outlook');
  if (r.contactForm) out.push('form');
  if (r.url && !r.contactForm && 'url' in webUrl(r.url)) out.push('web');
  out.push('clipboard', 'print');
  if (r.phone) out.push('phone');
  return out;
}

/** The primary channel and its address, as the CLI reports it. */
export function primaryChannel(r: Recipient): { channel: SendChannel; address: string } {
  if (r.email && isEmail(r.email)) return { channel: 'mailto', address: r.email };
  if (r.contactForm) return { channel: 'form', address: r.contactForm };
  if (r.url && 'url' in webUrl(r.url)) return { channel: 'web', address: r.url };
  if (r.postal?.length) return { channel: 'print', address: r.postal.join(', ') };
  if (r.phone) return { channel: 'phone', address: r.phone };
  return { channel: 'print', address: '' };
}

/** Concerns preselected in a new letter (the reader can change them). */
export const DEFAULT_CONCERNS = ['serious-crime', 'security-research', 'safeguards'] as const;

/** The letter language for a UI/browser language tag, when templates exist for it. */
export function defaultLetterLang(tag: string | undefined, available: readonly string[]): string {
  const base = (tag ?? 'en').toLowerCase().split(/[-_]/)[0] ?? 'en';
  return available.includes(base) ? base : 'en';
}
