/**
 * Right-to-left letters with left-to-right runs in them (a URL, an outlet, a Latin title or
 * name, "Art. 24"): without isolation the Unicode bidi algorithm reorders the run's neutral
 * characters against the Arabic around it, and "https://example.org/a/b" reads scrambled.
 * Each such run is wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE (U+2068 … U+2069)
 * in text (mail bodies, the clipboard), and rendered as `<bdi>` in HTML (preview, print).
 */

/** FIRST STRONG ISOLATE. */
export const FSI = '\u2068';
/** POP DIRECTIONAL ISOLATE. */
export const PDI = '\u2069';

const RTL_SCRIPTS = '\\p{Script=Arabic}\\p{Script=Hebrew}\\p{Script=Syriac}\\p{Script=Thaana}';
/** A letter of a left-to-right script. */
const LTR_LETTER = `(?:(?![${RTL_SCRIPTS}])\\p{L})`;
/** What may sit inside a run: anything but right-to-left letters, line breaks, quotes, brackets
 * and the Arabic comma, semicolon and question mark (these close the run). */
const INSIDE = `[^${RTL_SCRIPTS}\\n\\u2068\\u2069«»()\\[\\]{}"“”،؛؟]`;
const RUN = new RegExp(`${LTR_LETTER}(?:${INSIDE}*(?:${LTR_LETTER}|[\\p{N}/]))?`, 'gu');

/** Wrap every left-to-right run of `text` in FSI … PDI (for right-to-left letters). */
export function isolateLtrRuns(text: string): string {
  return text.replace(RUN, (run) => `${FSI}${run}${PDI}`);
}

/** A piece of text for HTML: isolated pieces render as `<bdi>`. */
export interface BidiPart {
  text: string;
  isolate: boolean;
}

/** Split text at FSI … PDI pairs (the marks themselves are dropped). */
export function bidiParts(text: string): BidiPart[] {
  const out: BidiPart[] = [];
  const re = /\u2068([^\u2068\u2069]*)\u2069/g;
  let last = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > last) out.push({ text: text.slice(last, m.index), isolate: false });
    out.push({ text: m[1]!, isolate: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), isolate: false });
  return out;
}
