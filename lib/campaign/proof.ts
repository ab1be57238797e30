/**
 * Channel proof: every address Treaty Lens offers is either read on a page (the page, a
 * verbatim excerpt showing the value, the date it was read) or comes from a named, openly
 * licensed dataset. One rule, used by the seed importer, `data:build` and `data:check`.
 */

/** Where one channel value was read. */
export interface ChannelProof {
  /** The page the value was read on (the institution's own page). */
  source: string;
  /** A verbatim excerpt of that page showing the value (or naming the institution, for `url`). */
  excerpt: string;
  /** YYYY-MM-DD: when the excerpt was read. */
  read: string;
  /** The page's own date, as the page prints it, when it shows one. */
  seen?: string;
}

/** The channel fields of a recipient that need a proof. */
export const CHANNEL_FIELDS = ['email', 'contactForm', 'url', 'phone', 'postal'] as const;
export type ChannelField = (typeof CHANNEL_FIELDS)[number];

/** Collapse white space, unify quotes and dashes, lower-case: how an excerpt is compared. */
export function flatten(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[’‘]/g, "'")
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const noScheme = (u: string) => u.replace(/^https?:\/\//i, '').replace(/\/$/, '');

/**
 * Does `excerpt` (read on `source`) prove `value` for this channel field?
 * - e-mail, phone: the value appears verbatim in the excerpt;
 * - form URL, website: the value is the page that was read (the excerpt shows whose page it
 *   is), or the address appears verbatim (with or without its scheme) in the excerpt;
 * - postal: every line of the address appears in the excerpt.
 */
export function proves(field: ChannelField, value: string | string[], p: ChannelProof): boolean {
  const ex = flatten(p.excerpt);
  if (!ex || !p.source || !/^\d{4}-\d{2}-\d{2}$/.test(p.read)) return false;
  if (field === 'postal') {
    const lines = Array.isArray(value) ? value : [value];
    return lines.length > 0 && lines.every((l) => ex.includes(flatten(l)));
  }
  const v = Array.isArray(value) ? value.join(' ') : value;
  if (field === 'url' || field === 'contactForm') {
    if (noScheme(v) === noScheme(p.source)) return true;
    return ex.includes(flatten(noScheme(v)));
  }
  return ex.includes(flatten(v));
}
