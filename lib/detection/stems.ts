/**
 * THE stem list: the one place that says which literal stems a page's text must contain for
 * detection to be able to match it. Two readers, one list:
 *
 * - the every-page pre-filter (`prefilter.js`, lib/content/prefilter.ts, via `scanStems`), which
 *   decides whether the full detector is loaded into a page at all;
 * - the full detector (lib/detection/core.ts, extract.ts), which only runs the grammar on windows
 *   around these stems.
 *
 * The grammar lives beside this file (patterns.ts): every S/M/H/W alternative there contains one
 * of these stems (after `normalize`). A grammar change that adds a name without one of these
 * stems must add a stem here — tests/unit/detection/prefilter.test.ts proves on the corpus and
 * with fast-check that neither pre-filter ever turns away a page the full detection matches.
 *
 * This module is bundled into the every-page script: no imports, nothing built at start-up.
 */

/**
 * Every S/M/H/W pattern contains one of these stems. A literal alternation is scanned by V8
 * on the raw text (case-insensitive flag, no lower-casing pass). Whitespace inside a stem is
 * written `\s*` (block boundaries and absent spaces both match). Text with combining marks or
 * full-width forms skips the stems (NEEDS_FULL_SCAN).
 *
 * Written as a one-level trie: the stems are grouped by their first letter, so that at each
 * position of the text V8 tests one letter against about twenty groups instead of forty-odd
 * stems (it cannot skip ahead by a literal prefix: the first letters are among the commonest).
 * Measured in Chromium on the benchmark's 1 MB article: 2.1–2.4 ms per scan against 3.7–3.9 ms
 * for the flat list, 4.6 against 5.9–6.1 ms on the same text stored two bytes a character.
 * Within a group the stems keep the flat list's order, and no two groups can match at the same
 * place (their first letters differ in every case), so it finds exactly the flat list's
 * matches; tests/unit/detection/stems.test.ts checks that against the flat list.
 */
export const ANCHORS =
  /c(?:yber|iber|omputerkriminalit|omputercriminalit|riminal\s*purpose|riminele\s*doeleind|elów\s*przestępcz)|s(?:iber|İber|copi\s*criminal|uç\s*amaçl|urveillance\s*treat)|i(?:nformati[cq]|nformátic|nformàtic|nternetkriminalit)|k(?:omputerow|riminelle\s*zweck)|t(?:ội\s*phạm|oi\s*pham|ujuan\s*kriminal)|h(?:an[oóòô]|[aà]\s*n[oộ]i)|ad\s*hoc\s*committee|f(?:ins\s*criminel|ines\s*delictiv|ins\s*criminos)|dunia\s*maya|79\/243|кибер|хано|преступных\s*цел|لكترون|سيبران|معلومات|هانوي|غراض\s*ال?[اإ]جرامي|犯罪|범죄|河内|河內|ハノイ|하노이/gi;

/** Text that the stems could miss: decomposed diacritics, harakat, compatibility forms. */
export const NEEDS_FULL_SCAN = /[\u0300-\u036f\u064b-\u0652\u3099\u309a\ufb00-\ufb4f\uff00-\uffef]/;

/** Longest stem, not counting its spaces (internetkriminalit: 18), with room to spare. */
export const LONGEST_STEM = 32;
const WS = /\s/;

/**
 * Where a text cut at `end` must be resumed so that no stem across the cut is lost: the start
 * of the last LONGEST_STEM non-space characters before `end` (stems may contain any amount of
 * whitespace, so the overlap is counted in letters, not characters).
 */
export function resumeAt(s: string, end: number): number {
  let k = end;
  for (let seen = 0; k > 0 && seen < LONGEST_STEM; k--) if (!WS.test(s[k - 1]!)) seen++;
  return k;
}

/** Invisible characters that may sit inside a word: stripped from page text at extraction. */
export const INVISIBLE = /[\u00ad\u180e\u200b-\u200d\u2060-\u2064\ufeff]/;
const INVISIBLE_ALL = /[\u00ad\u180e\u200b-\u200d\u2060-\u2064\ufeff]/g;

/** Remove soft hyphens and zero-width characters. */
export function stripInvisible(s: string): string {
  return s.replace(INVISIBLE_ALL, '');
}

/** `hasAnchor` on text already stripped of invisible characters. */
export function anchorIn(t: string): boolean {
  ANCHORS.lastIndex = 0;
  return NEEDS_FULL_SCAN.test(t) || ANCHORS.test(t);
}

/**
 * Whether `text` holds a stem, or characters that make detection match the text in full. Used
 * on text added to a page (mutation records) to decide whether detection is worth running.
 */
export function hasAnchor(text: string): boolean {
  return anchorIn(INVISIBLE.test(text) ? stripInvisible(text) : text);
}

/**
 * A `<script>` or `<style>` (HTML or SVG): code, whose text the extraction never reads, so a
 * stem in it can never make a page match. The page's reads and its watches for added text skip
 * it (an inline script appended by a tag manager is read and tested for nothing otherwise).
 */
export function isCode(n: Node): boolean {
  const name = n.nodeName;
  return name === 'SCRIPT' || name === 'STYLE' || name === 'script' || name === 'style';
}

/**
 * The text a mutation record brings to the page: a changed text node's, or the added nodes'
 * (a name added in pieces comes whole). Code is left out (`isCode`): an added script or style,
 * text put into one, a script's text changed. What the watches for late text test.
 */
export function addedText(r: MutationRecord): string {
  if (r.type === 'characterData') {
    const parent = r.target.parentNode;
    return parent && isCode(parent) ? '' : (r.target as CharacterData).data;
  }
  let text = '';
  if (!isCode(r.target)) for (const n of r.addedNodes) if (!isCode(n)) text += n.textContent ?? '';
  return text;
}

/** Characters of page text tested at once by `scanStems`. */
const CHUNK = 8192;

/** Whether `t` (invisible characters stripped) has a stem, tested in chunks, looking between. */
function stemIn(t: string, look: () => void): boolean {
  for (let from = 0; ;) {
    if (t.length - from <= CHUNK * 8) return anchorIn(from ? t.slice(from) : t);
    const end = from + CHUNK * 8;
    if (anchorIn(t.slice(from, end))) return true;
    look();
    from = Math.max(from + 1, resumeAt(t, end));
  }
}
/** Pieces (text nodes, elements read whole) read between two looks at the clock. */
const PIECES_PER_LOOK = 64;

/**
 * The every-page pre-filter: does the text of `root` (a document's body, or an element) hold a
 * stem? Reads every text node outside `<script>` and `<style>`, in document order, strips
 * invisible characters and tests the joined text in chunks, carrying each chunk's end into the
 * next so a stem split across text nodes or chunks is found. `look()` is called after every
 * piece read and every chunk (it may throw to give up).
 *
 * Why it never turns away a page the full detection matches: detection matches only on a stem
 * in its extracted text (or on NEEDS_FULL_SCAN characters). The extracted text is a subset of
 * these text nodes, in the same order, with spaces added (which the stems' `\s*` also accept as
 * absent) and a separator SEP wherever text was left out, which no stem crosses. So every stem
 * of the extracted text is in the text read here. Script and style text is left out: the
 * extraction never reads it either, and leaving it out only joins the text around it.
 *
 * How it reads: an element with no script or style inside is read whole, natively
 * (`textContent`); only the elements on the way to a script or style are gone through child by
 * child. On a news page that is a few dozen calls instead of a `nextNode()` and a `data` read
 * for each of its thousands of text nodes, which in a page's fresh isolated world run as cold
 * code. CPU profiles of the benchmark's news pages (≈ 2,900 text nodes, two scripts in the
 * body) in the extension's world, median of 12 loads (load average 8–12): 30.0 ms node by
 * node, 10.8 ms this way. (`Range.toString()` between the scripts would read the same text,
 * but happy-dom, which the unit tests run in, reads nested ranges wrong.)
 * (Tried before: one native `body.textContent` read, scripts included, to turn most pages away
 * faster; on the benchmark's news pages it cost more than it saved — 1.08–1.09× against the
 * control's 0.97–1.00×, where the node walk alone measured 1.04× against 1.00× — because it
 * builds and scans the inline scripts' text too.)
 */
export function scanStems(root: Document | Element, look: () => void): boolean {
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument!;
  const scope = root.nodeType === 9 ? (doc.body ?? doc.documentElement) : (root as Element);
  if (!scope) return false;
  // Elements with a script or style inside: read child by child; all others whole.
  const skipped = scope.querySelectorAll('script,style');
  const onPath = new Set<Node>();
  for (const el of skipped)
    for (let p = el.parentNode; p && p !== scope && !onPath.has(p); p = p.parentNode) onPath.add(p);
  let buf = '';
  let pieces = 0;
  // Test the buffered text in chunks; keep its end, where a stem may continue.
  const test = (): boolean => {
    const t = INVISIBLE.test(buf) ? stripInvisible(buf) : buf;
    if (stemIn(t, look)) return true;
    buf = t.slice(resumeAt(t, t.length));
    return false;
  };
  // A long piece (a whole article's textContent) is tested where it is, never joined to the
  // buffer: joining makes V8 copy it into one new string at the first test, and for text
  // with one character beyond Latin-1 (a curly quote) that copy of 100 K characters cost more
  // than all the rest of the scan. The buffer is tested with the piece's start, as far as a
  // stem begun in the buffer can reach (LONGEST_STEM letters, any spaces or invisible
  // characters between them), then the piece on its own, and its end is kept.
  const add = (piece: string): boolean => {
    if (piece.length < CHUNK) {
      buf += piece;
      return buf.length >= CHUNK && test();
    }
    let k = 0;
    for (let seen = 0; k < piece.length && seen < LONGEST_STEM; k++) {
      const c = piece[k]!;
      if (!WS.test(c) && !INVISIBLE.test(c)) seen++;
    }
    buf += piece.slice(0, k);
    if (test()) return true;
    buf = piece;
    return test();
  };
  const read = (parent: Node): boolean => {
    for (let n = parent.firstChild; n; n = n.nextSibling) {
      let piece: string;
      if (n.nodeType === 3) piece = (n as Text).data;
      else if (n.nodeType !== 1) continue;
      else if (onPath.has(n)) {
        if (read(n)) return true;
        continue;
      } else {
        if (isCode(n)) continue;
        piece = n.textContent ?? '';
      }
      const before = buf.length + piece.length;
      if (add(piece)) return true;
      if (before >= CHUNK) look();
      else if (!(++pieces % PIECES_PER_LOOK)) look();
    }
    return false;
  };
  if (!skipped.length) buf = scope.textContent ?? '';
  else if (read(scope)) return true;
  return test();
}
