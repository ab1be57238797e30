/**
 * Match only what a reader can see (issue 15). Detection judges visibility from markup alone
 * (`hidden`, `aria-hidden`, inline styles, furniture classes) so that pages without the treaty
 * never pay for style or layout. A page could hide treaty text with a stylesheet class and watch
 * for the panel: that would tell it the visitor uses Treaty Lens. So after a text match, and only
 * then, the few matched passages are checked against the computed style and layout: at least
 * one must be rendered (`checkVisibility`, with opacity and `visibility`), have a size, not be
 * pushed off the page or into a zero-sized clipping box, and not be transparent or tiny.
 *
 * Not covered (documented in docs/security.md): text the same colour as its background, text
 * covered by another element, and stylesheets that arrive after the check (`@import` inside a
 * loaded sheet); `stylesheetsPending` makes the first check wait for `<link>` sheets.
 */
import type { DetectionResult } from '../detection';
import type { Analysis } from '../detection/core';
import { locate, mentionRanges } from '../detection/locate';

/** At most this many matched passages are looked at (layout reads cost time). */
export const MAX_CHECKED = 8;
/** Ancestors looked at for a zero-sized clipping box. */
const MAX_ANCESTORS = 12;

type CheckVisibility = (o: Record<string, boolean>) => boolean;

/** Transparent: `rgba(r, g, b, 0)`, `transparent`, or `color(… / 0)` (not `rgb(0, 0, 0)`). */
export function transparent(color: string): boolean {
  return (
    color === 'transparent' ||
    /^rgba\([^,]+,[^,]+,[^,]+,\s*0(?:\.0+)?\s*\)$/.test(color) ||
    /\/\s*0(?:\.0+)?\s*\)$/.test(color)
  );
}

/**
 * The leftmost x, in page coordinates, a reader can scroll to: 0 for a page that flows
 * left-to-right; for one whose inline or block direction runs leftward (`direction: rtl`,
 * `writing-mode: vertical-rl`) the overflow is on the left, as far as the scroll width reaches.
 */
export function leftmostScroll(
  writingMode: string,
  direction: string,
  clientWidth: number,
  scrollWidth: number,
): number {
  const vertical = /^(vertical|sideways|tb)/.test(writingMode);
  const leftward = vertical ? /-rl$|^tb$/.test(writingMode) : direction === 'rtl';
  return leftward ? Math.min(0, clientWidth - scrollWidth) : 0;
}

/** Whether the reader can see the text of `range` (best effort, see the module comment). */
export function rangeVisible(range: Range): boolean {
  const el = range.startContainer.parentElement;
  if (!el || !el.isConnected) return false;
  const check = (el as Element & { checkVisibility?: CheckVisibility }).checkVisibility;
  if (
    check &&
    !check.call(el, {
      checkOpacity: true,
      checkVisibilityCSS: true,
      opacityProperty: true,
      visibilityProperty: true,
    })
  )
    return false;
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  const box = range.getBoundingClientRect();
  if (box.width < 2 || box.height < 4) return false;
  // Pushed off the page (text-indent: -9999px, left: -10000px): no scroll brings it back.
  if (box.bottom + view.scrollY <= 0) return false;
  if (box.right + view.scrollX <= 0) {
    // …unless the page flows leftward (Japanese vertical text, RTL): its overflow is on the
    // left and scrolls into view.
    const doc = el.ownerDocument;
    const root = doc.scrollingElement ?? doc.documentElement;
    const rs = view.getComputedStyle(doc.documentElement);
    const min = leftmostScroll(rs.writingMode, rs.direction, root.clientWidth, root.scrollWidth);
    if (box.right + view.scrollX <= min) return false;
  }
  const cs = view.getComputedStyle(el);
  if (parseFloat(cs.fontSize) < 6 || transparent(cs.color)) return false;
  // A clipping ancestor with (almost) no size: height: 0; overflow: hidden, the "sr-only" box.
  let a: Element | null = el;
  for (let i = 0; a && i < MAX_ANCESTORS && a !== el.ownerDocument.body; i++, a = a.parentElement) {
    const s = view.getComputedStyle(a);
    if (s.overflow === 'visible' && s.clipPath === 'none' && (s.clip === 'auto' || !s.clip))
      continue;
    const r = a.getBoundingClientRect();
    if (r.width < 2 || r.height < 4) return false;
  }
  return true;
}

/** True while `<link rel=stylesheet>` sheets of the page are still loading. */
export function stylesheetsPending(doc: Document): boolean {
  for (const l of doc.querySelectorAll<HTMLLinkElement>('link[rel~="stylesheet" i]'))
    if (!l.sheet && !l.disabled && l.media !== 'print') return true;
  return false;
}

/**
 * Whether at least one matched mention of `result` is visible to the reader. `analysis`: the
 * detection that gave `result`, with the article's text nodes kept (`detectWithNodes`), while
 * the page is as it read it; the mentions' ranges are then taken from it instead of reading
 * and matching the article a second time (`locate`).
 */
export function seenByReader(doc: Document, result: DetectionResult, analysis?: Analysis): boolean {
  const mentions = analysis
    ? mentionRanges(doc, analysis, MAX_CHECKED)
    : locate(doc, result).mentions.slice(0, MAX_CHECKED);
  return mentions.some(rangeVisible);
}
