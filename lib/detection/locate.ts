/**
 * DOM ranges for what detection found: each mention of the convention, and references to
 * its articles ("Article 28", "Art. 14(4)", "статья 28", "المادة 14", "第28条") near a mention
 * (same paragraph, or within 600 characters). Used by the panel for highlights and
 * scroll-to; it re-reads the article with text nodes kept, so it is NOT imported by `detect()`
 * and stays out of the always-on content script.
 */
import { startClock } from './clock';
import { analyze, type Analysis } from './core';
import { docOf, floorIndex, type Extracted } from './extract';
import type { DetectionResult } from './index';
import { INVISIBLE, normalize } from './normalize';

/** A reference to an article of the convention, e.g. '28' or '28(4)'. */
export interface ArticleRef {
  range: Range;
  article: string;
}

/** Ranges in the main article for mentions and nearby article references. */
export interface Located {
  mentions: Range[];
  articleRefs: ArticleRef[];
}

/** Locate runs after a match, off the critical path; this only bounds pathological pages. */
const BUDGET_MS = 1000;
const NEAR = 600;
/** The treaty has fewer than 72 articles; larger numbers are something else. */
const MAX_ARTICLE = 71;

const NUM = '(\\d{1,2}|[\\u0660-\\u0669]{1,2})(?:\\s*\\((\\d{1,2})\\))?';
const ARTICLE_RE = new RegExp(
  [
    // Latin-script words for "article", with abbreviations (Art., Arts., ст.)
    `(?<![\\p{L}\\p{N}])(?:articles?|arts?\\.|artikels?|art[ií]culos?|artigos?|articol[oi]|artyku[łl](?:u|em|y)?|pasal|đi[ềe]u|стать(?:я|и|е|ю|ей)|ст\\.)\\s*${NUM}`,
    // Turkish puts the number first: "28. madde", "28. maddesi"
    `(?<![\\p{N}])(\\d{1,2})\\.\\s*madde`,
    // Arabic: المادة 14 (with or without the article; Eastern Arabic digits too)
    `(?:ال)?ماد[ةه]\\s*${NUM}`,
    // Chinese / Japanese 第28条 (條), Korean 제28조
    `第\\s*(\\d{1,2})\\s*[条條]`,
    `제\\s*(\\d{1,2})\\s*조`,
  ].join('|'),
  'giu',
);
/** "Article 15 of the Budapest Convention" is not an article of the UN treaty. */
const OTHER_TREATY =
  /budapest|council of europe|conseil de l'europe|consejo de europa|europarat|c?ets\s*(?:no|185)|malabo|palermo|untoc|uncac/;

function digits(s: string): string {
  return s.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x660));
}

/** Offset in a text node's data for an offset in its text with invisibles removed. */
function inNode(data: string, k: number): number {
  if (!INVISIBLE.test(data)) return k;
  let seen = 0;
  for (let i = 0; i < data.length; i++) {
    if (seen === k) return i;
    if (!INVISIBLE.test(data[i]!)) seen++;
  }
  return data.length;
}

/** DOM range for [start, end) of `ex.raw`, or null if it falls outside the text nodes. */
function rangeFor(ex: Extracted, doc: Document, start: number, end: number): Range | null {
  if (!ex.nodes.length || end <= start) return null;
  let i = floorIndex(ex.nodeStarts, start);
  // A start in the space between two blocks belongs to the next text node.
  const len = (n: number) =>
    ex.nodes[n]!.data.replace(new RegExp(INVISIBLE.source, 'g'), '').length;
  while (i < ex.nodes.length - 1 && start >= ex.nodeStarts[i]! + len(i)) i++;
  const j = floorIndex(ex.nodeStarts, end - 1);
  if (j < i) return null;
  const a = ex.nodes[i]!;
  const b = ex.nodes[j]!;
  const range = doc.createRange();
  range.setStart(a, inNode(a.data, Math.max(0, start - ex.nodeStarts[i]!)));
  range.setEnd(b, inNode(b.data, Math.min(len(j), end - ex.nodeStarts[j]!)));
  return range;
}

/**
 * Ranges of the first `max` mentions of an analysis that kept the article's text nodes
 * (`detectWithNodes`), in order, without reading the article again. Valid while the page is
 * as it was read.
 */
export function mentionRanges(doc: Document, a: Analysis, max = Infinity): Range[] {
  const out: Range[] = [];
  for (const h of a.hits) {
    if (out.length >= max) break;
    const r = rangeFor(a.ex, doc, h.start, h.end);
    if (r) out.push(r);
  }
  return out;
}

/** Ranges for the mentions in `result` and for article references near them. */
export function locate(root: Document | Element, result: DetectionResult): Located {
  const out: Located = { mentions: [], articleRefs: [] };
  if (!result.match) return out;
  const doc = docOf(root);
  if (!doc) return out;
  const a = analyze(
    root,
    startClock(() => performance.now(), BUDGET_MS),
    { nodes: true },
  );
  const { ex } = a;
  out.mentions = mentionRanges(doc, a);
  if (!a.hits.length) return out;
  const block = (k: number) => floorIndex(ex.bounds, k);
  const mentionBlocks = new Set(a.hits.map((h) => block(h.start)));
  ARTICLE_RE.lastIndex = 0;
  for (const m of ex.raw.matchAll(ARTICLE_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    const num = digits(m[1] ?? m[3] ?? m[4] ?? m[6] ?? m[7] ?? '');
    const para = m[2] ?? m[5];
    const n = Number(num);
    if (!n || n > MAX_ARTICLE) continue;
    // ARTICLE 19 in capitals is the free-expression NGO, which critics of the treaty quote.
    if (m[0].startsWith('ARTICLE') && n === 19) continue;
    if (OTHER_TREATY.test(normalize(ex.raw.slice(end, end + 50)))) continue;
    const near = a.hits.some(
      (h) => Math.abs(h.start - start) <= NEAR || Math.abs(h.end - start) <= NEAR,
    );
    if (!near && !mentionBlocks.has(block(start))) continue;
    const range = rangeFor(ex, doc, start, end);
    if (range) out.articleRefs.push({ range, article: para ? `${n}(${para})` : String(n) });
  }
  return out;
}
