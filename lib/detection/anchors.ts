/**
 * The detector's anchor scan: every place where ANCHORS (stems.ts, the one stem list) matches,
 * exactly the places `ANCHORS.exec` finds in a loop, found faster on text stored one byte a
 * character (Latin-1, which is how V8 stores most Latin-script page text).
 *
 * Why: V8 tests the stem trie at every position of the text, about 2 ns a character (2 ms for
 * the benchmark's 1 MB article, the largest single cost of `detect()`). Here a loop over the
 * char codes looks up each position's first four characters in two small tables (which stems
 * can start with these two characters, which can go on with the next two) and runs the stem
 * expression, sticky, only where both agree; on English text that is about one position in
 * 500. The tables are derived from ANCHORS' own source when first needed, so they cannot
 * drift from the stem list: every stem is expanded to the characters its first four
 * positions can hold (case folded as the `i` flag does, `\s*` as zero to four whitespace
 * characters), and a stem with a character no Latin-1 text can match (Cyrillic, Arabic, CJK,
 * "tội", "İ") is left out of them: it cannot match this text. A candidate is only a place
 * worth verifying; the verification is ANCHORS itself at that place, and places are tried in
 * order from the end of the previous match, as a global `exec` does, so the matches are
 * ANCHORS' own. tests/unit/detection/stems.test.ts compares the two on every stem, the corpus
 * and fast-check strings. Text with any character above U+00FF, or a stem list this file
 * cannot read, uses the regular expression as before.
 */
import { ANCHORS } from './stems';

/** One position of a stem: the Latin-1 characters it accepts, or whitespace repeated (`\s*`). */
type Token = { chars: string[]; opt: boolean } | { ws: true };

/** The stems of ANCHORS (a trie of literals, classes, `\s*`, `?` and `(?:…|…)`), expanded. */
function parse(src: string): Token[][] {
  let i = 0;
  const alts = (): Token[][] => {
    const out: Token[][] = [];
    for (;;) {
      out.push(...seq());
      if (src[i] !== '|') return out;
      i++;
    }
  };
  const seq = (): Token[][] => {
    let acc: Token[][] = [[]];
    while (i < src.length && src[i] !== '|' && src[i] !== ')') {
      if (src.startsWith('(?:', i)) {
        i += 3;
        const inner = alts();
        if (src[i++] !== ')') throw new Error('group');
        acc = acc.flatMap((a) => inner.map((b) => [...a, ...b]));
        continue;
      }
      let chars: string[];
      const c = src[i]!;
      if (c === '\\') {
        const e = src[i + 1]!;
        i += 2;
        if (e === 's' && src[i] === '*') {
          i++;
          acc = acc.map((a) => [...a, { ws: true }]);
          continue;
        }
        if (/[\w]/.test(e)) throw new Error(`escape \\${e}`);
        chars = [e];
      } else if (c === '[') {
        const j = src.indexOf(']', i);
        const body = src.slice(i + 1, j);
        if (j < 0 || /[\\\-^]/.test(body)) throw new Error('class');
        chars = [...body];
        i = j + 1;
      } else if ('()*+?{}.^$'.includes(c)) throw new Error(`syntax ${c}`);
      else {
        chars = [c];
        i++;
      }
      const opt = src[i] === '?';
      if (opt) i++;
      if (src[i] === '*' || src[i] === '+' || src[i] === '{') throw new Error('quantifier');
      acc = acc.map((a) => [...a, { chars, opt }]);
    }
    return acc;
  };
  const stems = alts();
  if (i !== src.length) throw new Error('trailing');
  return stems;
}

/** Canonicalize of the spec for a case-insensitive, non-unicode expression (ANCHORS' flags). */
function canon(ch: string): string {
  const u = ch.toUpperCase();
  if (u.length !== 1) return ch;
  return ch.charCodeAt(0) >= 128 && u.charCodeAt(0) < 128 ? ch : u;
}

interface Tables {
  /** Latin-1 character → a 6-bit code (characters no stem starts with share code 0). */
  code: Uint8Array;
  /** Stems (one bit each, modulo 31) that can start with the codes of two characters. */
  first: Int32Array;
  /** Stems whose third and fourth characters can be these two. */
  rest: Int32Array;
  sticky: RegExp;
}

let built: Tables | null | undefined;

/** The candidate tables for one-byte text, built once from ANCHORS; null if unreadable. */
export function oneByteTables(): Tables | null {
  if (built !== undefined) return built;
  try {
    const stems = parse(ANCHORS.source);
    const latin = Array.from({ length: 256 }, (_, x) => String.fromCharCode(x));
    const canonOf = latin.map(canon);
    const matching = (chars: string[]): number[] => {
      const want = new Set(chars.map(canon));
      return latin.flatMap((_, x) => (want.has(canonOf[x]!) ? [x] : []));
    };
    const ws = latin.flatMap((ch, x) => (/\s/.test(ch) ? [x] : []));
    const all = latin.map((_, x) => x);
    // Each stem as the sets of characters its first four positions can hold.
    const prefixes: { bit: number; slots: number[][] }[] = [];
    stems.forEach((tokens, k) => {
      const sets = tokens.map((t) => ('ws' in t ? null : { set: matching(t.chars), opt: t.opt }));
      if (sets.some((s) => s && !s.opt && !s.set.length)) return; // needs a non-Latin-1 character
      const bit = 1 << (k % 31);
      const walk = (j: number, slots: number[][]): void => {
        if (slots.length >= 4 || j === sets.length) {
          const four = slots.slice(0, 4);
          while (four.length < 4) four.push(all);
          prefixes.push({ bit, slots: four });
          return;
        }
        const s = sets[j];
        if (!s) {
          for (let run = 0; slots.length + run <= 4; run++)
            walk(j + 1, [...slots, ...Array<number[]>(run).fill(ws)]);
          return;
        }
        if (s.opt) walk(j + 1, slots);
        if (s.set.length) walk(j + 1, [...slots, s.set]);
      };
      walk(0, []);
    });
    // Six-bit codes keep both tables at 16 KB: distinct codes for the characters the stems'
    // first four positions use, code 0 for every other character. Codes may be shared (63
    // at most): that only adds candidates.
    const code = new Uint8Array(256);
    let next = 1;
    for (const { slots } of prefixes)
      for (const set of slots)
        if (set !== all) for (const x of set) if (!code[x]) code[x] = next < 64 ? next++ : 63;
    const first = new Int32Array(4096);
    const rest = new Int32Array(4096);
    for (const { bit, slots } of prefixes) {
      const [a, b, c, d] = slots.map((set) => [...new Set(set.map((x) => code[x]!))]);
      for (const x of a!) for (const y of b!) first[(x << 6) | y]! |= bit;
      for (const x of c!) for (const y of d!) rest[(x << 6) | y]! |= bit;
    }
    const sticky = new RegExp(ANCHORS.source, ANCHORS.flags.replace('g', '') + 'y');
    built = { code, first, rest, sticky };
  } catch {
    built = null;
  }
  return built;
}

/** Any character stored in two bytes. */
const TWO_BYTE = /[\u0100-\uffff]/;

/**
 * The first place in [i, stop) whose first four characters the tables allow, or -1. Only
 * locals in the loop (no closure variables), so V8 keeps them in registers.
 */
function candidate(s: string, i: number, stop: number, t: Tables): number {
  const { code, first, rest } = t;
  if (i >= stop) return -1;
  let c0 = code[s.charCodeAt(i)]!;
  let c1 = code[s.charCodeAt(i + 1)]!;
  let c2 = code[s.charCodeAt(i + 2)]!;
  for (; i < stop; i++) {
    const c3 = code[s.charCodeAt(i + 3)]!;
    if ((first[(c0 << 6) | c1]! & rest[(c2 << 6) | c3]!) !== 0) return i;
    c0 = c1;
    c1 = c2;
    c2 = c3;
  }
  return -1;
}

/**
 * Call `at(index)` for every match of ANCHORS in `s.slice(from, to)`, in order: the indices
 * (in `s`) that a loop of `ANCHORS.exec` over that slice from 0 would give. The characters
 * are read from `s` itself: reading them through a slice (a string that points into `s`) is
 * slower, and only the rare candidates need one.
 */
export function forEachAnchor(
  s: string,
  from: number,
  to: number,
  at: (index: number) => void,
): void {
  const part = from === 0 && to === s.length ? s : s.slice(from, to);
  const t = TWO_BYTE.test(part) ? null : oneByteTables();
  if (!t) {
    ANCHORS.lastIndex = 0;
    for (let m = ANCHORS.exec(part); m; m = ANCHORS.exec(part)) at(from + m.index);
    return;
  }
  const { sticky } = t;
  // Places are tried in order from the end of the previous match, as a global exec does;
  // the last three have no four characters to look up and are verified directly.
  const stop = to - 3;
  for (let i = from; i < to;) {
    if (i < stop) {
      const c = candidate(s, i, stop, t);
      if (c < 0) i = stop;
      else i = c;
      if (i >= to) break;
    }
    sticky.lastIndex = i - from;
    if (sticky.test(part)) {
      at(i);
      i = Math.max(from + sticky.lastIndex, i + 1);
    } else i++;
  }
}
