/**
 * Channel renderers: mailto (RFC 6068), webmail compose links, tel (RFC 3966).
 * Every value is percent-encoded as UTF-8, so no input can add a header or a recipient;
 * addresses are validated before they reach a URL.
 */

/*
 * How long a link may be (issue 18 item 7; measured and sourced in docs/letters.md):
 * - mailto: on Linux, Chromium 156 handed xdg-open every mailto: up to 131,071 characters
 *   intact and none from 131,072 (the kernel's per-argument limit). Mail clients were not
 *   measured, so we stop well below: 32,000, which every default letter fits.
 * - mailto: on Windows, Chromium long refused to hand ShellExecute a URL over 2,048 characters
 *   (chrome/browser/platform_util_win.cc, after Mozilla's "2K is safe"), and Outlook desktop is
 *   reported to cut at 2,046: 2,000. No default letter of about 350 words fits that.
 * - Gmail publishes no limit; 8,000 is the URI length RFC 9110 §4.1 asks every HTTP
 *   implementation to support. Outlook.com was measured by others to accept about 31,000
 *   (answering 400 above); 24,000 keeps a margin.
 */
/** Longest mailto: URL on platforms other than Windows. */
export const MAILTO_MAX = 32000;
/** Longest mailto: URL on Windows (and while the platform is not known yet). */
export const MAILTO_MAX_WINDOWS = 2000;
/** Longest Gmail compose URL. */
export const GMAIL_MAX = 8000;
/** Longest Outlook.com compose URL. */
export const OUTLOOK_MAX = 24000;
/** The smaller webmail limit (kept for callers that do not say which service). */
export const WEBMAIL_MAX = GMAIL_MAX;

/**
 * The mailto: limit on a platform, as `runtime.getPlatformInfo().os` names it ('win', 'mac',
 * 'linux', …); null (not known yet) gets the Windows limit, so no notice promises too much.
 */
export function mailtoMax(os: string | null): number {
  return os === null || os === 'win' ? MAILTO_MAX_WINDOWS : MAILTO_MAX;
}

/** What a channel renderer returns. */
export interface ChannelLink {
  url: string;
  /** True when the body did not fit the link: copy it to the clipboard and tell the user. */
  bodyOnClipboard: boolean;
}

/** The fields of an email. */
export interface MailFields {
  to: readonly string[];
  subject: string;
  body: string;
}

// RFC 5322 addr-spec without comments, quoted local parts or domain literals: what the
// campaign data and users realistically have, and nothing that needs quoting in a URL.
const ATEXT = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~\\u0080-\\uFFFF-]";
const LABEL =
  '[A-Za-z0-9\\u0080-\\uFFFF](?:[A-Za-z0-9\\u0080-\\uFFFF-]{0,61}[A-Za-z0-9\\u0080-\\uFFFF])?';
const EMAIL_RE = new RegExp(`^${ATEXT}+(?:\\.${ATEXT}+)*@${LABEL}(?:\\.${LABEL})+$`, 'u');

/** Is this a plausible single email address (no display name, no spaces, no separators)? */
export function isEmail(s: string): boolean {
  return s.length <= 254 && !/[\s,;<>()[\]\\"]/.test(s) && EMAIL_RE.test(s);
}

/**
 * A contact-form address as it is stored and opened: an absolute http(s) URL with a host and no
 * user name or password; "example.org/contact" gets https:// in front. `url_scheme` when it is
 * a URL of another kind (javascript:, mailto:, ftp:…), `invalid_url` when it is not a URL.
 */
export function webUrl(s: string): { url: string } | { error: 'invalid_url' | 'url_scheme' } {
  const raw = s.trim();
  // eslint-disable-next-line no-control-regex
  if (/[\s\u0000-\u001F\u007F]/.test(raw) || raw.length === 0) return { error: 'invalid_url' };
  // A scheme is letters then ':' not followed by a port number ("example.org:8080/x" has none).
  const scheme = /^([a-z][a-z0-9+.-]*):(?!\d)/i.exec(raw)?.[1]?.toLowerCase();
  if (scheme && scheme !== 'http' && scheme !== 'https') return { error: 'url_scheme' };
  let u: URL;
  try {
    u = new URL(scheme ? raw : `https://${raw}`);
  } catch {
    return { error: 'invalid_url' };
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return { error: 'url_scheme' };
  const host = u.hostname;
  const hostOk = host.includes('.') || host === 'localhost' || host.startsWith('[');
  if (!hostOk || u.username || u.password || host.endsWith('.')) return { error: 'invalid_url' };
  return { url: u.href };
}

/** A phone number as people write it: digits, spaces, + ( ) . - /, with 3 to 15 digits. */
export function isPhone(s: string): boolean {
  const digits = s.replace(/\D/g, '').length;
  return /^\+?[\d\s().\-/]+$/.test(s) && digits >= 3 && digits <= 15;
}

/** Normalise line breaks to CRLF, as RFC 6068 requires for the body. */
export function crlf(s: string): string {
  return s.replace(/\r\n?|\n/g, '\r\n');
}

/** A header value on one line: any line break becomes a space (subjects cannot span lines). */
export function oneLine(s: string): string {
  return s.replace(/[\r\n\u2028\u2029]+/g, ' ').trim();
}

// encodeURIComponent leaves only unreserved characters and !'()* unencoded, all of which are
// qchar in RFC 6068; it encodes & = ? # % + and every non-ASCII code point as UTF-8.
// Lone surrogates would make it throw, so they are replaced first.
function enc(s: string): string {
  return encodeURIComponent(s.toWellFormed());
}

function encAddress(addr: string): string {
  const at = addr.lastIndexOf('@');
  return `${enc(addr.slice(0, at))}@${enc(addr.slice(at + 1))}`;
}

function checkedTo(to: readonly string[]): string[] {
  const bad = to.filter((a) => !isEmail(a));
  if (bad.length) throw new TypeError(`invalid address: ${bad.join(', ')}`);
  return [...to];
}

/**
 * A mailto: URL per RFC 6068. Throws on an invalid address (validate first). When the full
 * URL would exceed `max`, the link carries To and Subject only and `bodyOnClipboard` is true.
 */
export function mailtoUrl(mail: MailFields, max: number = MAILTO_MAX): ChannelLink {
  const to = checkedTo(mail.to).map(encAddress).join(',');
  const head = `mailto:${to}?subject=${enc(oneLine(mail.subject))}`;
  const full = `${head}&body=${enc(crlf(mail.body))}`;
  return full.length <= max
    ? { url: full, bodyOnClipboard: false }
    : { url: head, bodyOnClipboard: true };
}

function webmail(
  base: string,
  keys: { to: string; subject: string; body: string },
  mail: MailFields,
  max: number,
): ChannelLink {
  const to = checkedTo(mail.to).join(',');
  const head = `${base}${keys.to}=${enc(to)}&${keys.subject}=${enc(oneLine(mail.subject))}`;
  const full = `${head}&${keys.body}=${enc(crlf(mail.body))}`;
  return full.length <= max
    ? { url: full, bodyOnClipboard: false }
    : { url: head, bodyOnClipboard: true };
}

/** Gmail's compose window, prefilled. */
export function gmailComposeUrl(mail: MailFields, max: number = GMAIL_MAX): ChannelLink {
  return webmail(
    'https://mail.google.com/mail/?view=cm&fs=1&',
    { to: 'to', subject: 'su', body: 'body' },
    mail,
    max,
  );
}

/** Outlook.com's compose window, prefilled. */
export function outlookComposeUrl(mail: MailFields, max: number = OUTLOOK_MAX): ChannelLink {
  return webmail(
    'https://outlook.live.com/mail/0/deeplink/compose?',
    { to: 'to', subject: 'subject', body: 'body' },
    mail,
    max,
  );
}

/**
 * A tel: URL (RFC 3966) from a phone number as written in the data ("202-224-3004").
 * US/Canada numbers without a country code get +1; returns null when no usable number remains.
 */
export function telUrl(phone: string, country?: string): string | null {
  const trimmed = phone.trim();
  const digits = trimmed.replace(/[^\d]/g, '');
  if (digits.length < 3 || digits.length > 15) return null;
  if (trimmed.startsWith('+')) return `tel:+${digits}`;
  if (trimmed.startsWith('00')) return `tel:+${digits.slice(2)}`;
  if ((country === 'US' || country === 'CA') && digits.length === 10) return `tel:+1${digits}`;
  if ((country === 'US' || country === 'CA') && digits.length === 11 && digits.startsWith('1'))
    return `tel:+${digits}`;
  // A local number needs a context per RFC 3966; dialers accept the bare digits.
  return `tel:${digits}`;
}

/**
 * Decode a mailto: URL per RFC 6068 (used by tests and the e2e harness to check what a mail
 * client would receive). Header names are lower-cased.
 */
export function parseMailto(url: string): { to: string[]; headers: Record<string, string> } {
  if (!url.toLowerCase().startsWith('mailto:')) throw new TypeError('not a mailto URL');
  const rest = url.slice('mailto:'.length);
  const q = rest.indexOf('?');
  const toPart = q === -1 ? rest : rest.slice(0, q);
  const to = toPart ? toPart.split(',').map((a) => decodeURIComponent(a)) : [];
  const headers: Record<string, string> = {};
  if (q !== -1) {
    for (const pair of rest.slice(q + 1).split('&')) {
      if (!pair) continue;
      const eq = pair.indexOf('=');
      const name = decodeURIComponent(eq === -1 ? pair : pair.slice(0, eq)).toLowerCase();
      headers[name] = decodeURIComponent(eq === -1 ? '' : pair.slice(eq + 1));
    }
  }
  return { to, headers };
}
