/**
 * Recipients the reader adds by hand (the composer's "add your own" form and the options
 * page's "Your own recipients"): one set of rules for both, so what one accepts the other
 * can show and send to. Pure; storage is lib/db (`customRecipients` and friends).
 */
import { isEmail, isPhone, webUrl } from './channels';
import { charCount } from './validate';

/** Longest value of each field (user-perceived characters; URLs and addresses in code units). */
export const OWN_RECIPIENT_MAX = {
  name: 200,
  role: 200,
  email: 254,
  contactForm: 2048,
  phone: 40,
} as const;

/** A field of a hand-added recipient. */
export type OwnRecipientField = keyof typeof OWN_RECIPIENT_MAX;

/** What can be wrong with a field. Each code has a UI string `options_recipient_error_<code>`. */
export type OwnRecipientError =
  'required' | 'too_long' | 'invalid_email' | 'invalid_url' | 'url_scheme' | 'invalid_phone';

/** What the reader typed. */
export interface OwnRecipientInput {
  name: string;
  role?: string;
  email?: string;
  contactForm?: string;
  phone?: string;
}

/** Cleaned fields, ready to store; empty optional fields are absent. */
export interface OwnRecipientFields {
  name: string;
  role: string;
  email?: string;
  contactForm?: string;
  phone?: string;
}

/** The outcome of `checkOwnRecipient`: the cleaned fields, or one error per bad field. */
export type OwnRecipientCheck =
  | { ok: true; value: OwnRecipientFields }
  | { ok: false; errors: Partial<Record<OwnRecipientField, OwnRecipientError>> };

// Controls, and the invisible characters that reorder or hide text (bidi embeddings,
// overrides and isolates, the Arabic letter mark, zero-width space, BOM). Zero-width (non-)
// joiners stay: Persian, Indic scripts and emoji sequences need them.
const INVISIBLE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001F\u007F-\u009F\u061C\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
// Lone surrogates cannot be encoded as UTF-8 (they would turn into U+FFFD on the way out).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text as it should be stored: NFC, no invisible or control characters, single spaces, trimmed. */
export function cleanText(s: string): string {
  return s
    .replace(LONE_SURROGATE, '')
    .normalize('NFC')
    .replace(INVISIBLE, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Check and clean what the reader typed. Every bad field is reported at once. */
export function checkOwnRecipient(input: OwnRecipientInput): OwnRecipientCheck {
  const errors: Partial<Record<OwnRecipientField, OwnRecipientError>> = {};
  const name = cleanText(input.name);
  const role = cleanText(input.role ?? '');
  const email = (input.email ?? '').trim().normalize('NFC');
  const form = (input.contactForm ?? '').trim();
  const phone = cleanText(input.phone ?? '');
  const value: OwnRecipientFields = { name, role };

  if (!name) errors.name = 'required';
  else if (charCount(name) > OWN_RECIPIENT_MAX.name) errors.name = 'too_long';
  if (charCount(role) > OWN_RECIPIENT_MAX.role) errors.role = 'too_long';

  if (email) {
    // isEmail accepts internationalised addresses; invisible characters have no place in one.
    if (email.length > OWN_RECIPIENT_MAX.email) errors.email = 'too_long';
    else if (!isEmail(email) || cleanText(email) !== email) errors.email = 'invalid_email';
    else value.email = email;
  }
  if (form) {
    const r = webUrl(form);
    if ('error' in r) errors.contactForm = r.error;
    else if (r.url.length > OWN_RECIPIENT_MAX.contactForm) errors.contactForm = 'too_long';
    else value.contactForm = r.url;
  }
  if (phone) {
    if (phone.length > OWN_RECIPIENT_MAX.phone) errors.phone = 'too_long';
    else if (!isPhone(phone)) errors.phone = 'invalid_phone';
    else value.phone = phone;
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, value };
}
