/**
 * Stage 1 and 2 of detection: find the page's main article and read its text once.
 *
 * No layout reads (innerText, getBoundingClientRect, getComputedStyle): visibility is judged
 * from markup only (hidden, aria-hidden, inline display:none / visibility:hidden), so a
 * non-matching page never forces style or layout. Text comes from one pointer walk over the
 * chosen subtree; inline elements join without a space ("UN <b>Cyber</b>crime"), block
 * boundaries become a space.
 *
 * Comments sections are excluded on purpose: the panel explains the *article*, and reader
 * comments are untrusted text that would let anyone make any page "match".
 */
import { INVISIBLE, stripInvisible } from './normalize';

/** Text of the main article, with enough bookkeeping to map offsets back to the DOM. */
export interface Extracted {
  /** Raw text: text nodes joined, block boundaries as spaces, invisible characters removed. */
  raw: string;
  /** Text nodes and their start offsets in `raw` (only when asked for, for DOM ranges). */
  nodes: Text[];
  nodeStarts: number[];
  /** Offsets in `raw` of block (paragraph) boundaries, ascending. */
  bounds: number[];
  /** How the article root was chosen, for reasons. */
  how: string;
  timedOut: boolean;
}

const SKIP = new Set(
  'SCRIPT STYLE TEMPLATE NOSCRIPT META LINK NAV ASIDE SVG svg IFRAME OBJECT EMBED CANVAS BUTTON SELECT TEXTAREA INPUT OPTION DIALOG HEAD TITLE VIDEO AUDIO MENU MAP'.split(
    ' ',
  ),
);
const BLOCK = new Set(
  'P DIV LI UL OL DL DT DD H1 H2 H3 H4 H5 H6 BR HR TD TH TR TABLE THEAD TBODY CAPTION SECTION ARTICLE MAIN HEADER FOOTER BLOCKQUOTE PRE FIGURE FIGCAPTION ADDRESS DETAILS SUMMARY FORM FIELDSET LEGEND BODY'.split(
    ' ',
  ),
);
/** Containers whose text is dropped when it is mostly links (most-read, related, tag lists). */
const LINKY = new Set('UL OL DIV SECTION TABLE DL'.split(' '));
const ROLES =
  /^(?:navigation|complementary|contentinfo|banner|search|dialog|alertdialog|menu|menubar|tablist)$/;
/** class/id tokens that mark page furniture anywhere (also inside an article). */
const FURNITURE =
  /(?:^|[\s_-])(?:related|most-?(?:read|viewed|popular|shared|commented)|mostread|popular|trending|recommend|read-?(?:more|also|next)|more-?(?:stories|news|from)|also-?read|outbrain|taboola|comments?(?:$|[\s_-])|comment-?(?:list|section|thread|form)|disqus|cookie|consent|gdpr|cmp-|newsletter|promo|sponsor|advert|ads?(?:$|[\s_-])|ad-?(?:slot|unit|container|wrapper|banner)|adsbygoogle|dfp|share(?:$|[\s_-]|bar|tools|buttons)|social|tags?(?:$|[\s_-])|ticker|modal|popup|sr-only|visually-?hidden|screen-?reader)|(?:^|\s)(?:is-|u-)?hidden(?:$|\s)/;
// Not "paywall"/"subscriber": some sites put exactly that class on the article body subscribers
// read. "hidden" only as a whole class: Tailwind's "overflow-hidden" wraps visible content.
/** class/id tokens for site chrome; applied only when no article container was found. */
const CHROME =
  /(?:^|[\s_-])(?:nav|navbar|navigation|menu|masthead|breadcrumbs?|sidebar|(?:site|page|global|main)-?(?:header|footer|nav))(?:$|[\s_-])/;
const HIDDEN_STYLE = /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
const EXCLUDED_ANCESTOR =
  'nav,aside,footer,template,[hidden],[aria-hidden="true"],[role="navigation"],[role="complementary"],[role="contentinfo"]';
/** Paragraphs that do not vote for the main article: comments, related lists, page chrome. */
const NOT_ARTICLE = `${EXCLUDED_ANCESTOR},[class*="comment"],[id*="comment"],[class*="related"],[class*="most"]`;
const NOT_ARTICLE_P = NOT_ARTICLE.split(',')
  .map((s) => s + ' p')
  .join(',');

/** Thrown inside the walk when the time budget runs out. */
class Timeout extends Error {}

/** Pick the element holding the main article (see module comment). */
export function findMain(root: Document | Element): { el: Element; how: string } {
  const scope: Element | null =
    root.nodeType === 9
      ? ((root as Document).body ?? (root as Document).documentElement)
      : (root as Element);
  if (!scope) throw new Error('empty document');
  const tiers: [string, string][] = [
    ['[itemprop="articleBody"],[itemprop="articlebody"]', 'itemprop=articleBody'],
    ['article', '<article>'],
    ['main,[role="main"]', '<main>'],
  ];
  // Paragraph counts, not text lengths, compare candidates: textContent would read the whole
  // article once more just to choose it.
  const paras = (el: Element) => el.getElementsByTagName('p').length;
  const total = paras(scope);
  let counted = -1;
  // Long comment threads must not outvote a short article. Counting them costs a selector
  // match per paragraph, so it is done only when the simple count is not already decisive.
  const fair = (n: number) =>
    total < 5 ||
    n * 3 >= total ||
    n * 3 >=
      (counted < 0 ? (counted = total - scope.querySelectorAll(NOT_ARTICLE_P).length) : counted);
  for (const [sel, how] of tiers) {
    let best: Element | null = null;
    let bestN = -1;
    for (const el of Array.from(scope.querySelectorAll(sel))) {
      if (el.parentElement?.closest(EXCLUDED_ANCESTOR) || el.matches(EXCLUDED_ANCESTOR)) continue;
      const n = paras(el);
      if (n > bestN) [best, bestN] = [el, n];
    }
    // A teaser card is not the article: the article holds a fair share of the paragraphs.
    if (best && fair(bestN)) return { el: best, how };
  }
  // Text density: the element whose own paragraphs carry the most text (Readability-style).
  const score = new Map<Element, number>();
  for (const p of Array.from(scope.getElementsByTagName('p'))) {
    const len = p.textContent?.length ?? 0;
    if (len < 40 || p.closest(NOT_ARTICLE)) continue;
    const parent = p.parentElement;
    if (!parent) continue;
    score.set(parent, (score.get(parent) ?? 0) + len);
    const gp = parent.parentElement;
    if (gp) score.set(gp, (score.get(gp) ?? 0) + len / 2);
  }
  let best: Element = scope;
  let top = 300;
  for (const [el, s] of score) if (s > top) [best, top] = [el, s];
  return { el: best, how: best === scope ? 'whole page' : 'text density' };
}

interface Frame {
  el: Element;
  pieces: number;
  rawLen: number;
  links: number;
  nodes: number;
  bounds: number;
}

/**
 * Extract the main article's text. `deadline` is checked every 256 nodes against `now()`.
 * `withNodes` keeps the text nodes (for DOM ranges); detection does not need them.
 */
export function extract(
  root: Document | Element,
  now: () => number,
  deadline: number,
  withNodes = false,
): Extracted {
  const { el: main, how } = findMain(root);
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  const h1 = doc?.querySelector('h1');
  const pieces: string[] = [];
  const bounds: number[] = []; // piece indices of block boundaries
  const nodes: Text[] = [];
  const nodePieces: number[] = [];
  let rawLen = 0;
  let links = 0;
  let inLink = 0;
  let count = 0;
  let lastSpace = true;
  const chromeToo = how === 'whole page' || how === 'text density';
  const memo = new Map<string, boolean>();

  const space = () => {
    if (!lastSpace) {
      pieces.push(' ');
      rawLen++;
      lastSpace = true;
    }
    bounds.push(pieces.length);
  };
  const skip = (el: Element, inArticle: boolean): boolean => {
    const tag = el.tagName;
    if (SKIP.has(tag)) return true;
    if ((tag === 'HEADER' || tag === 'FOOTER') && (tag === 'FOOTER' || !inArticle)) return true;
    if (!el.hasAttributes()) return false;
    if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
    const role = el.getAttribute('role');
    if (role && ROLES.test(role)) return true;
    const style = el.getAttribute('style');
    if (style && HIDDEN_STYLE.test(style)) return true;
    const key = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
    if (key.length < 2) return false;
    let hit = memo.get(key);
    if (hit === undefined) {
      hit = FURNITURE.test(key) || (chromeToo && CHROME.test(key));
      memo.set(key, hit);
    }
    return hit;
  };

  const walk = (top: Element, inArticleAtTop: boolean) => {
    const stack: Frame[] = [];
    let articleDepth = inArticleAtTop ? 1 : 0;
    let node: Node | null = top.firstChild;
    space();
    while (node) {
      if (++count % 256 === 0 && now() > deadline) throw new Timeout();
      let descend = false;
      if (node.nodeType === 3) {
        const v = (node as Text).data;
        if (v) {
          if (withNodes) {
            nodes.push(node as Text);
            nodePieces.push(pieces.length);
          }
          pieces.push(v);
          rawLen += v.length;
          if (inLink) links += v.length;
          lastSpace = false;
        }
      } else if (node.nodeType === 1) {
        const el = node as Element;
        if (!skip(el, articleDepth > 0)) {
          if (BLOCK.has(el.tagName)) space();
          if (el.firstChild) {
            descend = true;
            stack.push({
              el,
              pieces: pieces.length,
              rawLen,
              links,
              nodes: nodes.length,
              bounds: bounds.length,
            });
            if (el.tagName === 'A') inLink++;
            if (el.tagName === 'ARTICLE' || el.tagName === 'MAIN') articleDepth++;
          }
        }
      }
      if (descend) {
        node = node.firstChild;
        continue;
      }
      // Climb until a next sibling exists, closing elements on the way.
      while (node && !node.nextSibling) {
        const parent: Node | null = node.parentNode;
        if (!parent || parent === top) {
          node = null;
          break;
        }
        const f = stack.pop()!;
        close(f);
        node = parent;
      }
      if (node) node = node.nextSibling;
    }
    space();

    function close(f: Frame) {
      const tag = f.el.tagName;
      if (tag === 'A') inLink--;
      if (tag === 'ARTICLE' || tag === 'MAIN') articleDepth--;
      const total = rawLen - f.rawLen;
      const linked = links - f.links;
      if (LINKY.has(tag) && total > 0 && linked / total > 0.6) {
        // Mostly links: a list of other stories, not the article. Roll the text back.
        pieces.length = f.pieces;
        rawLen = f.rawLen;
        links = f.links;
        nodes.length = f.nodes;
        nodePieces.length = f.nodes;
        bounds.length = f.bounds;
        lastSpace = true;
      }
      if (BLOCK.has(tag)) space();
    }
  };

  let timedOut = false;
  try {
    if (h1 && !main.contains(h1) && !h1.closest(EXCLUDED_ANCESTOR)) walk(h1, true);
    walk(main, how !== 'whole page' && how !== 'text density');
  } catch (e) {
    if (!(e instanceof Timeout)) throw e;
    timedOut = true;
  }

  // Invisible characters (soft hyphens, zero-width) are dropped here, once, so that
  // "Cyber&shy;crime" is one word for every later stage; offsets are then recomputed.
  let raw = pieces.join('');
  if (INVISIBLE.test(raw)) {
    for (let i = 0; i < pieces.length; i++) pieces[i] = stripInvisible(pieces[i]!);
    raw = pieces.join('');
  }
  const offsets = new Array<number>(pieces.length + 1);
  offsets[0] = 0;
  for (let i = 0; i < pieces.length; i++) offsets[i + 1] = offsets[i]! + pieces[i]!.length;
  return {
    raw,
    nodes,
    nodeStarts: nodePieces.map((i) => offsets[i]!),
    bounds: bounds.map((i) => offsets[i]!),
    how,
    timedOut,
  };
}

/** Largest index i with arr[i] <= x (arr sorted ascending, non-empty). */
export function floorIndex(arr: number[], x: number): number {
  let lo = 0;
  let hi = arr.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (arr[mid]! <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
