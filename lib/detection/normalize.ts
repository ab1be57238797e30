/**
 * Text normalisation for matching. Page text and every pattern go through the same function,
 * so patterns are written in natural spelling ("Übereinkommen", "Hà Nội").
 *
 * Result: lower case; compatibility forms folded (NFKC: full-width letters, ligatures,
 * half-width katakana); diacritics removed from Latin and Cyrillic letters (é→e, ộ→o, й→и,
 * ё→е); Arabic hamza carriers folded (أ إ آ → ا) and harakat/tatweel removed; soft hyphens and
 * zero-width characters removed; dashes → '-', curly apostrophes → "'". Hangul syllables and
 * Japanese voicing marks are left alone (バ is not ハ). Whitespace is NOT rewritten (that alone
 * would cost more than the rest); patterns match any whitespace, no-break spaces included.
 *
 * Speed: the fold is a lookup table applied by one regex replace whose class only contains
 * characters that change, so English text costs one `toLowerCase()` and Cyrillic, CJK or
 * Arabic text is touched only where a character actually folds. Full Unicode normalisation
 * runs only on text that contains compatibility characters.
 */
import { stripInvisible } from './stems';

export { INVISIBLE, stripInvisible } from './stems';

const COMPAT = /[\u3099\u309a\u2460-\u24ff\u3200-\u33ff\ufb00-\ufb4f\uff00-\uffef]/;
const REMOVE =
  '\u00ad\u0640\u0670\u180e\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff';
let table: Map<string, string> | undefined;
let fold: RegExp | undefined;

/**
 * The fold table, computed when the detector is bundled (lib/build/detector.ts defines this
 * constant with `foldEntries()`): building it runs two Unicode normalisations on each of 1,400
 * characters, in every page's first detection. Undefined in tests and in Node, where the table
 * is built on first use. (Canonical decompositions of assigned characters never change between
 * Unicode versions, so the build's table is the browser's.)
 */
declare const __TL_FOLD__: [string, string][] | undefined;

/** Every character the fold changes, with what it becomes (`normalize`). */
export function foldEntries(): [string, string][] {
  const out = new Map<string, string>();
  const put = (c: string, v: string) => out.set(c, v);
  const ranges: [number, number][] = [
    [0xc0, 0x24f],
    [0x400, 0x4ff],
    [0x622, 0x626],
    [0x1e00, 0x1eff],
  ];
  for (const [a, b] of ranges)
    for (let i = a; i <= b; i++) {
      const c = String.fromCharCode(i);
      const v = c
        .normalize('NFKD')
        .replace(/[\u0300-\u036f\u064b-\u065f]/g, '')
        .normalize('NFC');
      if (v !== c && v) put(c, v.toLowerCase());
    }
  for (let i = 0x300; i <= 0x36f; i++) put(String.fromCharCode(i), '');
  for (let i = 0x64b; i <= 0x65f; i++) put(String.fromCharCode(i), '');
  for (const c of REMOVE) put(c, '');
  for (const c of '\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30fb') put(c, '-');
  for (const c of '\u2018\u2019\u02bc\u2032') put(c, "'");
  return [...out];
}

function build(): void {
  table = new Map(typeof __TL_FOLD__ === 'undefined' ? foldEntries() : __TL_FOLD__);
  const cls = Array.from(table.keys())
    .map((c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'))
    .join('');
  fold = new RegExp('[' + cls + ']', 'g');
}

/**
 * Put in extracted text where text was left out in the middle (a hidden element, a list of
 * links): not whitespace, so no name or word of a pattern matches across it.
 */
export const SEP = '\u001f';
// SEP counts as ASCII here: lower-casing and folding leave it alone.
// eslint-disable-next-line no-control-regex -- SEP is a control character on purpose
const NON_ASCII = /[^ -~\s\u001f]/;

/** Normalise text for matching (see module comment). */
export function normalize(s: string): string {
  let t = s.toLowerCase();
  if (!NON_ASCII.test(t)) return t;
  if (!fold) build();
  if (COMPAT.test(t)) t = t.normalize('NFKC').toLowerCase();
  return t.replace(fold!, (c) => table!.get(c) ?? c);
}

/** Collapse runs of whitespace (and separators) for display. */
export function collapse(s: string): string {
  // eslint-disable-next-line no-control-regex -- SEP, see above
  const spaces = /[\s\u001f]+/g;
  return stripInvisible(s).replace(spaces, ' ').trim();
}
