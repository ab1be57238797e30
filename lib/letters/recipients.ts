/**
 * Recipient helpers shared by the composer and the CLI, so both pick the same default
 * recipients and offer the same channels.
 */
import type { Recipient } from '../campaign';
import type { Channel } from '../db/types';
import { localize } from '../campaign';
import { isEuMember } from './compose';
import { isEmail } from './channels';

/** Channels a letter can take: the database's `Channel`. */
export type SendChannel = Channel;

const has = (r: Recipient, flag: string) => r.flags?.includes(flag) ?? false;

/**
 * Which suggested recipients start selected: a US resident's senators; a UK resident's MP;
 * in an EU member state the head-of-government office and up to two LIBE/AFET MEPs; the
 * European Parliament (`EU`): the first two LIBE members; elsewhere the head-of-government office.
 */
export function defaultSelection(recipients: readonly Recipient[], country: string): string[] {
  const c = country.toUpperCase();
  if (c === 'US') return recipients.filter((r) => r.group === 'us_senate').map((r) => r.id);
  if (c === 'GB') {
    const mp = recipients.filter((r) => r.group === 'uk_commons').map((r) => r.id);
    return mp.length
      ? mp
      : recipients.filter((r) => r.group === 'head_of_government').map((r) => r.id);
  }
  if (c === 'EU') return recipients.slice(0, 2).map((r) => r.id);
  const office = recipients.filter((r) => r.group === 'head_of_government').map((r) => r.id);
  if (isEuMember(c)) {
    const meps = recipients.filter(
      (r) => r.group === 'eu_parliament' && (has(r, 'libe') || has(r, 'afet')),
    );
    return [...office, ...meps.slice(0, 2).map((r) => r.id)];
  }
  return office;
}

/** The role line of a recipient in a language. */
export function roleOf(r: Pick<Recipient, 'role'>, lang: string): string {
  return typeof r.role === 'string' ? r.role : localize(r.role, lang).text;
}

/** Channels available for a recipient, best first (email first when there is an address). */
export function channelsFor(
  r: Pick<Recipient, 'email' | 'contactForm' | 'phone' | 'postal'>,
): SendChannel[] {
  const out: SendChannel[] = [];
  if (r.email && isEmail(r.email)) out.push('mailto', 'gmail', 'outlook');
  if (r.contactForm) out.push('form');
  out.push('clipboard', 'print');
  if (r.phone) out.push('phone');
  return out;
}

/** The primary channel and its address, as the CLI reports it. */
export function primaryChannel(r: Recipient): { channel: SendChannel; address: string } {
  if (r.email && isEmail(r.email)) return { channel: 'mailto', address: r.email };
  if (r.contactForm) return { channel: 'form', address: r.contactForm };
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
