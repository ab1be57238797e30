/**
 * Whole sentences from the article's body, for the panel's mention list and for the passage a
 * letter quotes. A sentence never runs across blocks (kicker, headline, standfirst and byline
 * are separate blocks), and a quoted passage never comes from a kicker, byline, caption or
 * other page furniture.
 */

import { stripInvisible } from '../text/clean';

/** Elements a letter never quotes from: page furniture around the article's body. */
export const NOT_BODY =
  'header, footer, nav, aside, figure, figcaption, caption, address, h1, time, button, label, ' +
  '[rel~="author"], [itemprop~="author"], [role="navigation"], [role="banner"], ' +
  '[class*="byline" i], [class*="kicker" i], [class*="eyebrow" i], [class*="caption" i], ' +
  '[class*="credit" i], [class*="dateline" i], [class*="author" i]';

const BLOCK =
  'p, li, blockquote, dd, dt, td, th, h1, h2, h3, h4, h5, h6, figcaption, pre, address, ' +
  'article, section, main, div, body';

const collapse = (s: string) => stripInvisible(s).replace(/\s+/g, ' ');

/** The nearest block element holding `node`. */
export function blockOf(node: Node): Element | null {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return el?.closest(BLOCK) ?? null;
}

/** Sentence spans [start, end) of `text` (Intl.Segmenter where there is one). */
export function sentenceSpans(text: string, lang = ''): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const Seg = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  if (Seg) {
    let seg: Intl.Segmenter;
    try {
      seg = new Seg(lang || undefined, { granularity: 'sentence' });
    } catch {
      seg = new Seg(undefined, { granularity: 'sentence' });
    }
    for (const s of seg.segment(text)) out.push([s.index, s.index + s.segment.length]);
    return out;
  }
  const re = /[^.!?。！？؟]*(?:[.!?。！？؟]+["'”’»)]*\s*|$)/gu;
  for (const m of text.matchAll(re)) {
    if (!m[0]) break;
    out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

/** Offset of (node, offset) within `block`'s text. */
function offsetIn(block: Element, node: Node, offset: number): number {
  const r = block.ownerDocument.createRange();
  r.selectNodeContents(block);
  r.setEnd(node, offset);
  return r.toString().length;
}

/**
 * The whole sentence(s) of `range`'s block that `range` touches, whitespace collapsed. Null
 * when the range spans blocks.
 */
export function sentencesAround(range: Range, lang = ''): string | null {
  const block = blockOf(range.startContainer);
  if (!block || blockOf(range.endContainer) !== block) return null;
  const text = block.textContent ?? '';
  const from = offsetIn(block, range.startContainer, range.startOffset);
  const to = offsetIn(block, range.endContainer, range.endOffset);
  const spans = sentenceSpans(text, lang);
  const first = spans.find(([, e]) => e > from) ?? [0, text.length];
  const last = [...spans].reverse().find(([s]) => s < Math.max(to, from + 1)) ?? first;
  return collapse(text.slice(first[0], last[1])).trim();
}

/** True when the range touches page furniture (kicker, byline, caption…) or leaves the body. */
export function touchesFurniture(range: Range): boolean {
  const doc = range.startContainer.ownerDocument;
  if (!doc?.body?.contains(range.commonAncestorContainer)) return true;
  const common =
    range.commonAncestorContainer.nodeType === 1
      ? (range.commonAncestorContainer as Element)
      : range.commonAncestorContainer.parentElement;
  if (!common || common.closest(NOT_BODY)) return true;
  for (const el of common.querySelectorAll(NOT_BODY))
    if (range.intersectsNode(el) && collapse(el.textContent ?? '').trim()) return true;
  return false;
}

/** Longest passage a letter quotes (characters). */
export const QUOTE_MAX = 300;

/**
 * The passage a letter may quote for the reader's selection `range`: whole sentences of one
 * body block when they fit in {@link QUOTE_MAX}, else the selected text itself; '' when the
 * selection is empty or touches page furniture.
 */
export function quotable(range: Range, lang = ''): string {
  if (range.collapsed || touchesFurniture(range)) return '';
  const selected = collapse(range.toString()).trim();
  if (!selected) return '';
  const whole = sentencesAround(range, lang);
  return whole && [...whole].length <= QUOTE_MAX ? whole : selected;
}
