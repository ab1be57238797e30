/**
 * Stage 0, the pre-filter: could this page mention the convention at all?
 *
 * Most pages never say "cyber" (or any other anchor stem, patterns.ts ANCHORS) in any script,
 * and for them detection should cost one pass over the text, not an article selection, a
 * text extraction and a language guess. `scan()` walks the page's text nodes in document
 * order, skipping only what can never be read as the article (script and style text, and
 * the subtrees article selection excludes: nav, aside, footer, template, hidden,
 * aria-hidden, navigation/complementary/contentinfo roles), and tests the text in chunks
 * for an anchor stem. It stops at the first one, so a page that names the treaty in its
 * headline pays almost nothing for it.
 *
 * Why it never loses a page `analyze()` would match: a match needs an anchor in the
 * extracted text (or characters that force the full scan, NEEDS_FULL_SCAN). Extraction reads
 * a subset of the text nodes scanned here, in the same order; it adds spaces (which the
 * anchors' `\s*` also accept as absent) and, wherever it leaves text out in the middle, the
 * separator SEP, which no anchor crosses. So every anchor in the extracted text also lies in
 * the text scanned here; invisible characters are removed on both sides. The article
 * container is never inside a skipped subtree: article selection excludes candidates there.
 * tests/unit/detection/prefilter.test.ts checks this on the corpus and on random pages.
 */
import { NODES_PER_CHECK, PHASE, type Clock } from './clock';
import { isExcluded, scopeOf } from './extract';
import { INVISIBLE, stripInvisible } from './normalize';
import { ANCHORS, NEEDS_FULL_SCAN, resumeAt } from './patterns';

const ANCHOR = new RegExp(ANCHORS.source, 'i');
/** Characters of text tested at once. */
const CHUNK = 8192;
/** Elements whose text is never read; skipped only without child elements (parsed pages). */
const RAW_TEXT = new Set(['SCRIPT', 'STYLE']);

/**
 * Whether `text` holds an anchor stem, or characters that make detection match the text in
 * full. The content script can use it on text added to the page (mutation records) to decide
 * whether a new detection is worth running.
 */
export function hasAnchor(text: string): boolean {
  const t = INVISIBLE.test(text) ? stripInvisible(text) : text;
  return NEEDS_FULL_SCAN.test(t) || ANCHOR.test(t);
}

/**
 * The pre-filter (see module comment): false when the page cannot match. For a document (an element's page headline may lie
 * outside it, so `detect()` on an element skips this stage). Throws `Timeout` past the
 * clock's deadline.
 */
export function scan(doc: Document, clock: Clock): boolean {
  const scope = scopeOf(doc);
  let buf = '';
  let count = 0;
  // Test the buffered text; keep its end, where a stem may continue in the next node.
  const found = (): boolean => {
    const t = INVISIBLE.test(buf) ? stripInvisible(buf) : buf;
    if (NEEDS_FULL_SCAN.test(t) || ANCHOR.test(t)) return true;
    buf = t.slice(resumeAt(t, t.length));
    return false;
  };
  let node: Node | null = scope.firstChild;
  while (node) {
    if (++count % NODES_PER_CHECK === 0) clock.check(PHASE.scan);
    let descend = false;
    if (node.nodeType === 3) {
      const v = (node as Text).data;
      buf += v;
      if (buf.length >= CHUNK && found()) return true;
    } else if (node.nodeType === 1) {
      const el = node as Element;
      descend =
        el.firstChild !== null &&
        !isExcluded(el) &&
        !(RAW_TEXT.has(el.tagName) && !el.firstElementChild);
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== scope && !node.nextSibling) node = node.parentNode;
    node = node && node !== scope ? node.nextSibling : null;
  }
  return found();
}
