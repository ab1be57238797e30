/**
 * Detection: does the page's main article mention the UN Convention against Cybercrime?
 *
 * A pure function of the DOM, shared by the content script, `scripts/detect.ts` and the tests.
 * It never reads layout, reads the article's text once and runs one compiled regular
 * expression over it. See docs/detection.md for names, languages and limits.
 */
import { startClock, Timeout } from './clock';
import { analyze, ENOUGH, THRESHOLD } from './core';
import { detectLang, LANG_SAMPLE } from './lang';
import { collapse, normalize } from './normalize';
import { scan } from './scan';

export { hasAnchor } from './scan';

/** A passage that names the convention. */
export interface Mention {
  /** The name as written on the page (whitespace collapsed). */
  text: string;
  /** About 100 characters either side, for display. */
  context: string;
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
}

/** Default time budget: detection runs on every page, so it must never hold the page up. */
export const DEFAULT_BUDGET_MS = 50;
const CONTEXT = 100;

function docOf(root: Document | Element): Document | null {
  return root.nodeType === 9 ? (root as Document) : root.ownerDocument;
}

/** Decide whether the main article of `root` mentions the UN Convention against Cybercrime. */
export function detect(root: Document | Element, opts: DetectOptions = {}): DetectionResult {
  const clock = startClock(
    opts.now ?? (() => performance.now()),
    opts.timeBudgetMs ?? DEFAULT_BUDGET_MS,
  );
  const doc = docOf(root);
  const none = (lang: string, reasons: string[]): DetectionResult => ({
    match: false,
    score: 0,
    lang,
    mentions: [],
    reasons,
  });
  // Stage 0, on a document: one pass over the text for an anchor stem, before anything else.
  // A page turned away keeps its declared language (nothing reads it: it did not match).
  try {
    if (root.nodeType === 9 && !scan(root as Document, clock))
      return none(detectLang('', doc), ['pre-filter: no anchor stem in the text']);
  } catch (e) {
    if (!(e instanceof Timeout)) throw e;
    return none(detectLang('', doc), [
      `time budget of ${clock.budgetMs} ms exceeded in ${e.message}: no decision`,
    ]);
  }
  const a = analyze(root, clock);
  const raw = a.ex.raw;
  const lang = detectLang(normalize(raw.slice(0, LANG_SAMPLE)), doc);
  if (a.timedOut) return none(lang, a.reasons);
  const mentions: Mention[] = a.hits.slice(0, ENOUGH).map((h) => {
    const { start: s, end: e } = h;
    let from = Math.max(0, s - CONTEXT);
    let to = Math.min(raw.length, e + CONTEXT);
    // Cut the context at spaces so it does not start or end mid-word.
    if (from > 0) from = raw.indexOf(' ', from) + 1 || from;
    if (to < raw.length) to = raw.lastIndexOf(' ', to) > e ? raw.lastIndexOf(' ', to) : to;
    const context =
      (from > 0 ? '… ' : '') + collapse(raw.slice(from, to)) + (to < raw.length ? ' …' : '');
    return { text: collapse(raw.slice(s, e)), context };
  });
  return { match: a.score >= THRESHOLD, score: a.score, lang, mentions, reasons: a.reasons };
}
