/**
 * Checks before a letter leaves the composer. Returns every problem at once (the UI shows
 * each next to its field) rather than stopping at the first.
 */
import { isEmail, webUrl } from './channels';
import type { SendChannel } from './recipients';

/** Longest subject accepted. */
export const SUBJECT_MAX = 200;
/** Longest body accepted. */
export const BODY_MAX = 20_000;

/** What can be wrong. Each code has a UI string `composer_error_<code>`. */
export type ValidationCode =
  | 'missing_name'
  | 'no_recipient'
  | 'invalid_address'
  | 'no_address'
  | 'subject_empty'
  | 'subject_too_long'
  | 'body_empty'
  | 'body_too_long';

/** One problem, tied to the field (and recipient) it concerns. */
export interface ValidationIssue {
  code: ValidationCode;
  field: 'name' | 'recipients' | 'subject' | 'body';
  recipientId?: string;
  /** The offending value, for the message (an address), never personal free text. */
  detail?: string;
}

/** The recipient fields validation looks at. */
export interface ValidatedRecipient {
  id: string;
  name: string;
  email?: string;
  contactForm?: string;
  url?: string;
  phone?: string;
  postal?: readonly string[];
}

/** What is validated. `channel` decides which addresses a recipient must have. */
export interface ValidationInput {
  senderName: string;
  recipients: readonly ValidatedRecipient[];
  letters: readonly { recipientId: string; subject: string; body: string }[];
  channel?: SendChannel;
}

/** Count user-perceived characters (an emoji or a flag counts once, like the user sees it). */
export function charCount(s: string): number {
  const Seg = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  if (!Seg) return [...s].length;
  let n = 0;
  for (const _ of new Seg(undefined, { granularity: 'grapheme' }).segment(s)) n++;
  return n;
}

/** All problems with a letter batch; empty means it can be sent. */
export function validate(input: ValidationInput): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (!input.senderName.trim()) issues.push({ code: 'missing_name', field: 'name' });
  if (!input.recipients.length) issues.push({ code: 'no_recipient', field: 'recipients' });
  const emailChannel =
    input.channel === 'mailto' || input.channel === 'gmail' || input.channel === 'outlook';
  for (const r of input.recipients) {
    const email = r.email?.trim();
    if (email && !isEmail(email)) {
      issues.push({
        code: 'invalid_address',
        field: 'recipients',
        recipientId: r.id,
        detail: email,
      });
    } else if (emailChannel && !email) {
      issues.push({ code: 'no_address', field: 'recipients', recipientId: r.id });
    }
    if (r.contactForm && 'error' in webUrl(r.contactForm)) {
      issues.push({
        code: 'invalid_address',
        field: 'recipients',
        recipientId: r.id,
        detail: r.contactForm,
      });
    } else if (input.channel === 'form' && !r.contactForm) {
      issues.push({ code: 'no_address', field: 'recipients', recipientId: r.id });
    }
    if (input.channel === 'web' && (!r.url || 'error' in webUrl(r.url))) {
      issues.push({ code: 'no_address', field: 'recipients', recipientId: r.id });
    }
    if (input.channel === 'phone' && !r.phone) {
      issues.push({ code: 'no_address', field: 'recipients', recipientId: r.id });
    }
  }
  for (const l of input.letters) {
    if (!l.subject.trim())
      issues.push({ code: 'subject_empty', field: 'subject', recipientId: l.recipientId });
    else if (charCount(l.subject) > SUBJECT_MAX)
      issues.push({ code: 'subject_too_long', field: 'subject', recipientId: l.recipientId });
    if (!l.body.trim())
      issues.push({ code: 'body_empty', field: 'body', recipientId: l.recipientId });
    else if (charCount(l.body) > BODY_MAX)
      issues.push({ code: 'body_too_long', field: 'body', recipientId: l.recipientId });
  }
  return issues;
}
