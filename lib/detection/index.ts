/**
 * Detection: does the page's main article mention the UN Convention against Cybercrime?
 *
 * A pure function of the DOM, shared by the content script, `scripts/detect.ts` and the tests.
 * It never reads layout, reads the article's text once and runs one compiled regular
 * expression over it. See docs/detection.md for names, languages and limits.
 */
import { startClock } from './clock';
import { analyze, ENOUGH, THRESHOLD, type Analysis } from './core';
import { docOf } from './extract';
import { detectLang, LANG_SAMPLE } from './lang';
import { collapse, normalize } from './normalize';
import { ruleOf } from './patterns';

export { addedText, hasAnchor } from './stems';
export { NO_ANCHOR } from './core';

/** A passage that names the convention. */
export interface Mention {
  /** The name as written on the page (whitespace collapsed). */
  text: string;
  /** About 100 characters either side, for display. */
  context: string;
  /** Which name or description of the grammar this is (docs/detection.md), e.g. "Hanoi name". */
  rule?: string;
}

/** Outcome of `detect()`. */
export interface DetectionResult {
  match: boolean;
  /** 0..1; `match` is `score >= 0.6`. */
  score: number;
  /** BCP 47 base language of the article ('fr', 'zh', 'ar'…). */
  lang: string;
  mentions: Mention[];
  /** Human-readable notes on how the decision was made (for the CLI and debugging). */
  reasons: string[];
}

/** Options for `detect()`. */
export interface DetectOptions {
  /** Give up (no match) once this much time has passed. Default 50 ms. */
  timeBudgetMs?: number;
  /** Clock in milliseconds; injectable for tests. Default `performance.now`. */
  now?: () => number;
  /**
   * Label each mention with the grammar entry it matched (`Mention.rule`). Default true. The
   * extension's page detector passes false: nothing it shows reads the label, and labelling
   * compiles a regular expression per entry tried, in the page's first detection.
   */
  rules?: boolean;
}

/** Default time budget: detection runs on every page, so it must never hold the page up. */
export const DEFAULT_BUDGET_MS = 50;
const CONTEXT = 100;

/** Decide whether the main article of `root` mentions the UN Convention against Cybercrime. */
export function detect(root: Document | Element, opts: DetectOptions = {}): DetectionResult {
  return detectWithNodes(root, opts, false).result;
}

/**
 * `detect()`, also returning its analysis with the article's text nodes kept (`nodes`, the
 * default), so that the ranges of its mentions can be had without reading and matching the
 * article again (`mentionRanges` in ./locate; the page detector's visibility check). The
 * nodes are the page's as it was read: use them only while the page has not changed.
 */
export function detectWithNodes(
  root: Document | Element,
  opts: DetectOptions = {},
  nodes = true,
): { result: DetectionResult; analysis: Analysis } {
  const clock = startClock(
    opts.now ?? (() => performance.now()),
    opts.timeBudgetMs ?? DEFAULT_BUDGET_MS,
  );
  // The pre-filter runs first: stage 0 of the same walk that selects the article.
  const a = analyze(root, clock, { nodes, prefilter: true, every: false });
  return { result: resultOf(a, root, opts.rules !== false), analysis: a };
}

function resultOf(a: Analysis, root: Document | Element, rules: boolean): DetectionResult {
  const raw = a.ex.raw;
  // A page turned away early keeps its declared language (nothing reads it: no match).
  const lang = detectLang(raw ? normalize(raw.slice(0, LANG_SAMPLE)) : '', docOf(root));
  if (a.timedOut) return { match: false, score: 0, lang, mentions: [], reasons: a.reasons };
  const mentions: Mention[] = a.hits.slice(0, ENOUGH).map((h) => {
    const { start: s, end: e } = h;
    let from = Math.max(0, s - CONTEXT);
    let to = Math.min(raw.length, e + CONTEXT);
    // Cut the context at spaces so it does not start or end mid-word.
    if (from > 0) from = raw.indexOf(' ', from) + 1 || from;
    if (to < raw.length) to = raw.lastIndexOf(' ', to) > e ? raw.lastIndexOf(' ', to) : to;
    const context =
      (from > 0 ? '… ' : '') + collapse(raw.slice(from, to)) + (to < raw.length ? ' …' : '');
    const mention: Mention = { text: collapse(raw.slice(s, e)), context };
    if (rules) mention.rule = ruleOf(h.kind, raw.slice(s, e));
    return mention;
  });
  return { match: a.score >= THRESHOLD, score: a.score, lang, mentions, reasons: a.reasons };
}
