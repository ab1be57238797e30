/**
 * Stages 3–5: matching, disambiguation, scoring. Shared by `detect()` and `locate()`.
 *
 * The article text is scanned once for cheap anchor stems (ANCHORS). Only windows around
 * them are normalised and given to the one compiled multilingual matcher, so a page that
 * never says "cyber" (in any script) costs one text extraction and one fast literal scan.
 * Each hit is then judged by its kind and by what lies within ±300 characters of it.
 */
import { Timeout, type Clock } from './clock';
import { extract, TEASERS, type Extracted } from './extract';
import { normalize } from './normalize';
import {
  ANAPHORA,
  ANCHORS,
  blockers,
  FIRST,
  GLOBAL,
  kindOf,
  matcher,
  matcherFor,
  NEEDS_FULL_SCAN,
  resumeAt,
  TREATY_CONTEXT,
  UN_CONTEXT,
  type Kind,
} from './patterns';

/** One matched phrase (offsets in `Extracted.raw`) and the weight disambiguation gave it. */
export interface Hit {
  start: number;
  end: number;
  kind: Kind;
  weight: number;
}

/** Everything detection learned, before it is turned into the public result. */
export interface Analysis {
  ex: Extracted;
  hits: Hit[];
  score: number;
  reasons: string[];
  timedOut: boolean;
}

/** The reason of a page turned away by the pre-filter: no anchor stem anywhere in its text. */
export const NO_ANCHOR = 'pre-filter: no anchor';
/** A page matches at this score: one strong name, or a Hanoi name in context, is enough. */
export const THRESHOLD = 0.6;
const NEAR = 300;
/** Text kept around a window's core: room for the ±300 context and long names. */
const PAD = 700;
/** Core half-width around an anchor: the longest name starts ~250 chars before its stem. */
const REACH = 400;
const MAX_CORE = 8192;
/**
 * Windows of at most this many characters in all are matched with the matcher cut down to
 * their literals (`matcherFor`): its compile, not the matching, is most of a page's first
 * detection. Longer texts (live blogs, huge pages) use the whole matcher, as before: there the
 * cut-down one would be most of it, and normalising every window up front would undo the
 * early stop after ENOUGH certain mentions.
 */
const CUT_MAX = 1 << 16;
/** Text scanned for anchors between two looks at the clock. */
const SCAN_CHUNK = 1 << 16;
/** detect() reports at most this many mentions, so it can stop matching once it has them. */
export const ENOUGH = 50;
const WORD = /[a-z\u00df-\u024f\u0400-\u04ff\u0620-\u064a]/;
const WEIGHT: Record<Kind, number> = { S: 0.9, M: 0.75, H: 0.85, W: 0.5, B: 0, O: 0, N: 0, D: 0.7 };
/** A description needs "first" and "global" this close to count without a UN name nearby. */
const CLOSE = 80;
/** A name in the headline counts with this many references back to it in the body. */
const ANAPHORA_MIN = 2;

/**
 * Merged [start, end) regions of raw text worth matching, each at most MAX_CORE long. The
 * anchor scan goes through the text in chunks, with a look at the clock after each.
 */
function cores(raw: string, clock: Clock): [number, number][] {
  const out: [number, number][] = [];
  const add = (a: number, b: number) => {
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  };
  if (NEEDS_FULL_SCAN.test(raw)) add(0, raw.length);
  else {
    for (let from = 0; from < raw.length;) {
      const end = Math.min(raw.length, from + SCAN_CHUNK);
      const part = raw.slice(from, end);
      ANCHORS.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = ANCHORS.exec(part))) {
        const at = from + m.index;
        add(Math.max(0, at - REACH), Math.min(raw.length, at + REACH));
      }
      clock.check('matching');
      // Resume a little before the cut, so that a stem across it is found in the next chunk.
      from = end === raw.length ? end : Math.max(from + 1, resumeAt(raw, end));
    }
  }
  const split: [number, number][] = [];
  for (const [a, b] of out)
    for (let s = a; s < b; s += MAX_CORE) split.push([s, Math.min(b, s + MAX_CORE)]);
  return split;
}

/** Map an offset in normalize(text) back to an offset in text. */
function back(text: string, norm: string, k: number): number {
  if (text.length === norm.length) return k;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (normalize(text.slice(0, mid)).length >= k) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** How `analyze` reads the page. */
export interface AnalyzeOptions {
  /** Keep the article's text nodes and block offsets (`Extracted.nodes`), for DOM ranges. */
  nodes?: boolean;
  /** Stage 0: turn the page away unless its text has an anchor stem (see `findMain`). */
  prefilter?: boolean;
  /**
   * Match the whole article, even past ENOUGH certain mentions (`locate` wants every one).
   * Default: as `nodes`.
   */
  every?: boolean;
}

/**
 * Run extraction, matching, disambiguation and scoring on a document or element. Every phase
 * looks at `clock`; past its deadline the result is "no decision" (timedOut).
 */
export function analyze(
  root: Document | Element,
  clock: Clock,
  { nodes = false, prefilter = false, every = nodes }: AnalyzeOptions = {},
): Analysis {
  const reasons: string[] = [];
  const none = (timedOut: boolean): Analysis => ({
    ex: { raw: '', nodes: [], nodeStarts: [], bounds: [], how: 'none', headEnd: 0 },
    hits: [],
    score: 0,
    reasons,
    timedOut,
  });
  try {
    const ex = extract(root, clock, nodes, prefilter);
    if (!ex) {
      reasons.push(NO_ANCHOR);
      return none(false);
    }
    reasons.push(`article: ${ex.how} (${ex.raw.length} chars)`);
    // A front page's teasers may name the Convention; the page is not an article about it.
    if (ex.how === TEASERS) return none(false);
    return match(ex, cores(ex.raw, clock), clock, every, reasons);
  } catch (e) {
    if (!(e instanceof Timeout)) throw e;
    reasons.push(`time budget of ${clock.budgetMs} ms exceeded in ${e.message}: no decision`);
    return none(true);
  }
}

/** Stages 4-6 on the regions worth matching. */
function match(
  ex: Extracted,
  regions: [number, number][],
  clock: Clock,
  every: boolean,
  reasons: string[],
): Analysis {
  const raw = ex.raw;
  const windowOf = ([a, b]: [number, number]) => {
    const from = Math.max(0, a - PAD);
    return { from, text: raw.slice(from, Math.min(raw.length, b + PAD)) };
  };
  let size = 0;
  for (const [a, b] of regions) size += b - a + 2 * PAD;
  // Small enough: every window normalised now, and the matcher cut down to what they can hold.
  const norms = size <= CUT_MAX ? regions.map((r) => normalize(windowOf(r).text)) : null;
  const re = norms ? matcherFor(norms) : matcher();
  const hits: Hit[] = [];
  const count: Partial<Record<string, number>> = {};
  const note = (k: string) => (count[k] = (count[k] ?? 0) + 1);
  let anchored = false;
  let sawBlocker = false;
  let sure = 0;
  const weak: { hit: Hit; near: string; budapest: boolean }[] = [];
  for (let i = 0; i < regions.length; i++) {
    const [a, b] = regions[i]!;
    const { from, text } = windowOf(regions[i]!);
    const norm = norms?.[i] ?? normalize(text);
    const local: { s: number; e: number; kind: Kind }[] = [];
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(norm))) {
      let e = m.index + m[0].length;
      // Report whole words: stems such as "конвенци" end mid-word.
      while (e < norm.length && WORD.test(norm[e]!)) e++;
      local.push({ s: m.index, e, kind: kindOf(m) });
      re.lastIndex = e;
    }
    const at = (kinds: string) => local.filter((h) => kinds.includes(h.kind)).map((h) => h.s);
    const budapest = at('BN');
    // A description is never about the UN treaty next to Budapest, a national act or another
    // convention.
    const blocked = at('BNO');
    if (budapest.length) sawBlocker = true;
    for (const h of local) {
      const start = from + back(text, norm, h.s);
      // Each hit belongs to exactly one core; padding is only context.
      if (start < a || start >= b) continue;
      const hit: Hit = { start, end: from + back(text, norm, h.e), kind: h.kind, weight: 0 };
      const near = norm.slice(Math.max(0, h.s - NEAR), h.s) + ' ' + norm.slice(h.e, h.e + NEAR);
      const close = (list: number[]) => list.some((s) => Math.abs(s - h.s) <= NEAR);
      const nearBudapest = close(budapest);
      if (h.kind === 'S') hit.weight = WEIGHT.S;
      else if (h.kind === 'M') hit.weight = nearBudapest ? 0.3 : WEIGHT.M;
      else if (h.kind === 'H') {
        hit.weight = TREATY_CONTEXT.test(near) ? WEIGHT.H : 0;
        if (!hit.weight) note('Hanoi name, no treaty context');
      } else if (h.kind === 'W') weak.push({ hit, near, budapest: nearBudapest });
      else if (h.kind === 'D') {
        // UN context: a UN name, the General Assembly, UNODC, Guterres or Hanoi within ±300
        // characters (or inside the phrase: "联合国…网络犯罪…条约"), or "first" + "global".
        const own = norm.slice(h.s, h.e);
        const wide = norm.slice(Math.max(0, h.s - CLOSE), h.e + CLOSE);
        const un =
          UN_CONTEXT.test(near) || UN_CONTEXT.test(own) || (FIRST.test(wide) && GLOBAL.test(wide));
        if (close(blocked)) note('description near Budapest, a national act or another convention');
        else if (un) hit.weight = WEIGHT.D;
        else weak.push({ hit, near, budapest: false });
      }
      if (h.kind === 'B') note('Budapest signal');
      if (h.kind === 'N') note('national act');
      if (h.kind === 'O') note('other convention');
      if (hit.weight >= 0.75) {
        anchored = true;
        sure++;
      }
      hits.push(hit);
    }
    clock.check('matching');
    // Enough certain mentions decide the page; the rest of a long article cannot undo them
    // (Budapest signals only weaken generic phrases nearby). locate() wants every one.
    if (!every && sure >= ENOUGH) {
      note(`stopped after ${ENOUGH} certain mentions`);
      break;
    }
  }
  // Generic phrases count only when the page is clearly about the UN treaty or says "UN" nearby.
  for (const { hit, near, budapest } of weak) {
    if (budapest) note('generic phrase near Budapest, ignored');
    else if (anchored || UN_CONTEXT.test(near)) hit.weight = WEIGHT.W;
    else note('generic phrase, no UN context, ignored');
  }
  // The headline belongs to the article: a name there (even one that is ambiguous alone, or a
  // Hanoi name without context) counts when the body keeps referring back to "the convention"
  // and nothing in the article is about Budapest or a national act.
  const head = ex.headEnd;
  if (head > 0) {
    const named = hits.filter((h) => h.start < head && 'MHW'.includes(h.kind) && h.weight < 0.75);
    if (named.length && !sawBlocker && !blockers().test(normalize(raw))) {
      const refs = normalize(raw.slice(head)).match(ANAPHORA)?.length ?? 0;
      if (refs >= ANAPHORA_MIN) {
        for (const h of named) h.weight = 0.75;
        note(`name in the headline, ${refs} references in the body`);
      }
    }
  }
  let miss = 1;
  for (const h of hits) miss *= 1 - h.weight;
  const score = 1 - miss;
  const kept = hits.filter((h) => h.weight > 0);
  if (kept.length) reasons.push(`${kept.length} mention(s) of the UN convention`);
  for (const [k, v] of Object.entries(count)) reasons.push(`${k}: ${v}`);
  reasons.push(`score ${score.toFixed(2)} ${score >= THRESHOLD ? '≥' : '<'} ${THRESHOLD}`);
  return { ex, hits: kept, score, reasons, timedOut: false };
}
