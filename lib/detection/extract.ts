/**
 * Stage 1 and 2 of detection: find the page's main article and read its text once.
 *
 * No layout reads (innerText, getBoundingClientRect, getComputedStyle): visibility is judged
 * from markup only (hidden, aria-hidden, inline display:none / visibility:hidden), so a
 * non-matching page never forces style or layout. Text comes from one pointer walk over the
 * chosen subtree; inline elements join without a space ("UN <b>Cyber</b>crime"), block
 * boundaries become a space.
 *
 * Every walk counts the nodes it visits and looks at the clock every NODES_PER_CHECK of them,
 * so a 200,000-node page costs at most the time budget plus one batch of nodes in each phase.
 *
 * Comments sections are excluded on purpose: the panel explains the *article*, and reader
 * comments are untrusted text that would let anyone make any page "match".
 */
import { NODES_PER_CHECK, type Clock } from './clock';
import { SEP } from './normalize';
import { anchorIn, INVISIBLE, resumeAt, stripInvisible } from './stems';

/** Text of the main article, with enough bookkeeping to map offsets back to the DOM. */
export interface Extracted {
  /** Raw text: text nodes joined, block boundaries as spaces, invisible characters removed. */
  raw: string;
  /** Text nodes and their start offsets in `raw` (only when asked for, for DOM ranges). */
  nodes: Text[];
  nodeStarts: number[];
  /** Offsets in `raw` of block (paragraph) boundaries, ascending (only with the nodes). */
  bounds: number[];
  /** How the article root was chosen, for reasons. */
  how: string;
  /** End offset in `raw` of the headline (it starts the text), or 0 when there is none. */
  headEnd: number;
}

const SKIP = new Set(
  'SCRIPT STYLE TEMPLATE NOSCRIPT META LINK NAV ASIDE svg IFRAME OBJECT EMBED CANVAS BUTTON SELECT TEXTAREA INPUT OPTION DIALOG HEAD TITLE VIDEO AUDIO MENU MAP'.split(
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
// Excluded from article selection (and skipped by the pre-filter): what the selector
// 'nav,aside,footer,template,[hidden],[aria-hidden="true"],[role="navigation"],
// [role="complementary"],[role="contentinfo"]' matches. Paragraphs there, or in comments and
// related lists ([class*="comment"],[id*="comment"],[class*="related"],[class*="most"]), do
// not vote for the main article.
const EXCLUDED_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'TEMPLATE']);
const EXCLUDED_ROLES = /^(?:navigation|complementary|contentinfo)$/;

/** Comments and related lists (`[class*="comment"]`…), case-sensitive like CSS. */
function sideText(c: string | null, id: string | null): boolean {
  if (c && (c.includes('comment') || c.includes('related') || c.includes('most'))) return true;
  return id?.includes('comment') ?? false;
}

/** The attributes selection and extraction look at; null (false) where the element has none. */
export interface Attrs {
  role: string | null;
  hidden: boolean;
  ariaHidden: string | null;
  itemprop: string | null;
  style: string | null;
  cls: string | null;
  id: string | null;
}

/**
 * Read the attributes detection looks at, calling `getAttribute` only for those the element
 * has: one `getAttributeNames()` instead of seven reads, most of them of absent attributes (a
 * link has only `href`). Each value is still `getAttribute`'s (the first attribute of that
 * qualified name), so the result is what reading each of them would give.
 */
export function attributesOf(el: Element): Attrs {
  const a: Attrs = {
    role: null,
    hidden: false,
    ariaHidden: null,
    itemprop: null,
    style: null,
    cls: null,
    id: null,
  };
  for (const name of el.getAttributeNames()) {
    if (name === 'role') a.role = el.getAttribute(name);
    else if (name === 'hidden') a.hidden = true;
    else if (name === 'aria-hidden') a.ariaHidden = el.getAttribute(name);
    else if (name === 'itemprop') a.itemprop = el.getAttribute(name);
    else if (name === 'style') a.style = el.getAttribute(name);
    else if (name === 'class') a.cls = el.getAttribute(name);
    else if (name === 'id') a.id = el.getAttribute(name);
  }
  return a;
}

/** Candidate tiers, in order: itemprop=articleBody, <article>, <main>/[role=main]. */
const TIERS: [number, string][] = [
  [1, 'itemprop=articleBody'],
  [2, '<article>'],
  [4, '<main>'],
];

/** The document of a detection root: the root itself, or the element's owner. */
export function docOf(root: Document | Element): Document | null {
  return root.nodeType === 9 ? (root as Document) : root.ownerDocument;
}

/** The scope detection reads: the body of a document, or the element itself. */
export function scopeOf(root: Document | Element): Element {
  return root.nodeType === 9
    ? ((root as Document).body ?? (root as Document).documentElement)
    : (root as Element);
}

/**
 * The page headline read besides the article: the heading whose text is the page's og:title
 * (so a site logo in the first <h1> is not taken for it), else the first <h1>; never in
 * excluded furniture, comments or related lists.
 */
export interface MainArticle {
  el: Element;
  how: string;
  h1: Element | null;
}

/** Headings looked at for the og:title headline. */
const HEADS = 12;
/** Sub-headings counted for the teaser-list rule (a front page has a few dozen). */
const SUBHEADS = 64;
const SUBHEADING = new Set(['H2', 'H3', 'H4']);
const HEADING = new Set(['H1', 'H2', 'H3']);
const SPACES = /\s+/g;

/** Comparable text of a title: lower case, one space, no invisible characters. */
function titleText(s: string): string {
  return stripInvisible(s).replace(SPACES, ' ').trim().toLowerCase();
}

/**
 * The og:title, when a page has one. Sites append their name ("… | Site", "… - Site"), so a
 * heading matches when one text starts with the other and the shorter has 10+ characters.
 */
function ogTitle(root: Document | Element): string {
  const meta = docOf(root)?.head?.querySelector('meta[property="og:title"]');
  return titleText(meta?.getAttribute('content') ?? '');
}

function sameTitle(heading: string, og: string): boolean {
  const [a, b] = heading.length <= og.length ? [heading, og] : [og, heading];
  return a.length >= 10 && b.startsWith(a);
}

/** Characters of pre-filter text tested at once. */
const CHUNK = 8192;
/** Elements whose text the pre-filter skips; only without child elements (parsed pages). */
const RAW_TEXT = new Set(['SCRIPT', 'STYLE']);

/**
 * Pick the element holding the main article (see module comment), in one walk that looks at
 * the clock: no selector engine runs over the whole page, so a huge page cannot hold the main
 * thread here beyond the budget.
 *
 * With `prefilter`, the same walk is also stage 0: until it meets an anchor stem it reads the
 * text nodes too (all of them but those of excluded subtrees, scripts and styles), and if
 * the page has none it returns null, the page cannot match. Why that never loses a page the
 * full detection would match: a match needs an anchor in the extracted text (or characters
 * that force the full scan, NEEDS_FULL_SCAN). Extraction reads a subset of the text nodes
 * read here, in the same order; it adds spaces (which the anchors' `\s*` also accept as
 * absent) and, wherever it leaves text out in the middle, the separator SEP, which no anchor
 * crosses; invisible characters are removed on both sides. So every anchor in the extracted
 * text also lies in the text read here. The article is never inside a subtree skipped here:
 * candidates there are excluded. tests/unit/detection/prefilter.test.ts checks it.
 */
export function findMain(
  root: Document | Element,
  clock: Clock,
  prefilter = false,
): MainArticle | null {
  const scope = scopeOf(root);
  const cands: { el: Element; tiers: number; n: number; depth: number }[] = [];
  const open: typeof cands = [];
  const paras: Element[] = []; // paragraphs that may vote in the text-density fallback
  // Per depth: inside (or at) an excluded element; inside (or at) a non-article element;
  // children read with their text.
  // The scope's own attributes do not count: <body class="has-comments"> is common.
  const exAt = [false];
  const naAt = [false];
  const textAt = [prefilter];
  let scanning = prefilter;
  let buf = '';
  // Test the buffered text; keep its end, where a stem may continue in the next node.
  const found = (): boolean => {
    const t = INVISIBLE.test(buf) ? stripInvisible(buf) : buf;
    if (anchorIn(t)) return !(scanning = false);
    buf = t.slice(resumeAt(t, t.length));
    return false;
  };
  let h1: Element | null = null;
  let h1Seen = false;
  const heads: Element[] = [];
  const subheads: Element[] = []; // h2–h4 outside excluded parts, for the teaser-list rule
  let total = 0; // all <p> (the page's paragraphs)
  let counted = 0; // <p> not inside comments, related lists or page chrome
  let steps = 0;
  let depth = 1;
  let node: Node | null = prefilter ? scope.firstChild : scope.firstElementChild;
  while (node) {
    if (!(++steps % NODES_PER_CHECK)) clock.check(scanning ? 'pre-filter' : 'selection');
    let child: Node | null = null;
    const type = node.nodeType;
    if (type === 3) {
      if (scanning) {
        buf += (node as Text).data;
        if (buf.length >= CHUNK) found();
      }
    } else if (type === 1) {
      const el = node as Element;
      while (open.length && open[open.length - 1]!.depth >= depth) open.pop();
      const tag = el.tagName;
      const attrs = el.hasAttributes();
      // Attributes are read once each (every read is a call into the DOM bindings), only
      // those the element has (one call lists them), and not at all inside an excluded
      // subtree.
      let role: string | null = null;
      let prop: string | null = null;
      let ex = exAt[depth - 1]! || EXCLUDED_TAGS.has(tag);
      let side = false;
      if (!ex && attrs) {
        const a = attributesOf(el);
        role = a.role;
        ex = a.hidden || a.ariaHidden === 'true' || (role !== null && EXCLUDED_ROLES.test(role));
        if (!ex) {
          prop = a.itemprop;
          side = !naAt[depth - 1] && sideText(a.cls, a.id);
        }
      }
      const na = naAt[depth - 1]! || ex || side;
      exAt[depth] = ex;
      naAt[depth] = na;
      textAt[depth] = scanning && !ex && !(RAW_TEXT.has(tag) && !el.firstElementChild);
      if (tag === 'P') {
        total++;
        if (!naAt[depth - 1]) counted++;
        if (!na) paras.push(el);
        for (const c of open) c.n++;
      } else if (tag === 'H1' && !h1Seen) {
        h1Seen = true;
        h1 = ex ? null : el;
      }
      if (!ex && subheads.length < SUBHEADS && SUBHEADING.has(tag)) subheads.push(el);
      if (heads.length < HEADS && !na && (HEADING.has(tag) || prop === 'headline')) heads.push(el);
      if (!ex) {
        const tiers =
          (prop !== null && /^article[bB]ody$/.test(prop) ? 1 : 0) |
          (tag === 'ARTICLE' ? 2 : 0) |
          (tag === 'MAIN' || role === 'main' ? 4 : 0);
        if (tiers) {
          const c = { el, tiers, n: 0, depth };
          cands.push(c);
          open.push(c);
        }
      }
      child = textAt[depth] ? el.firstChild : el.firstElementChild;
    }
    if (child) {
      node = child;
      depth++;
      continue;
    }
    let next: Node | null = null;
    while (node && node !== scope) {
      next =
        scanning && textAt[depth - 1] ? node.nextSibling : (node as Element).nextElementSibling;
      if (next) break;
      node = node.parentNode;
      depth--;
    }
    node = next;
  }
  if (scanning && !found()) return null;
  // The headline: the heading that repeats og:title, else the first <h1>.
  const og = heads.length ? ogTitle(root) : '';
  if (og) {
    const hit = heads.find((el) => sameTitle(titleText(el.textContent ?? ''), og));
    if (hit) h1 = hit;
  }
  // A teaser card is not the article: the article holds a fair share of the paragraphs
  // (long comment threads and related lists do not count against it).
  const fair = (n: number) => total < 5 || n * 3 >= total || n * 3 >= counted;
  for (const [bit, how] of TIERS) {
    let best: Element | null = null;
    let bestN = -1;
    for (const c of cands) if (c.tiers & bit && c.n > bestN) [best, bestN] = [c.el, c.n];
    if (best && fair(bestN))
      return { el: best, how: teaserList(best, h1, subheads, paras, clock) ? TEASERS : how, h1 };
  }
  // Text density: the element whose own paragraphs carry the most text (Readability-style).
  const score = new Map<Element, number>();
  for (let i = 0; i < paras.length; i++) {
    if (i % 64 === 63) clock.check('selection');
    const p = paras[i]!;
    const len = p.textContent?.length ?? 0;
    if (len < 40) continue;
    const parent = p.parentElement;
    if (!parent) continue;
    score.set(parent, (score.get(parent) ?? 0) + len);
    const gp = parent.parentElement;
    if (gp) score.set(gp, (score.get(gp) ?? 0) + len / 2);
  }
  let best: Element = scope;
  let top = 300;
  for (const [e, s] of score) if (s > top) [best, top] = [e, s];
  // A brief: the article is where its headline is. When the densest block is elsewhere (a
  // column of teasers beside a one-paragraph brief), the headline's nearest container with a
  // real paragraph wins, unless that container holds the densest block itself.
  if (h1 && best !== scope && !best.contains(h1)) {
    let anc = h1.parentElement;
    for (let up = 0; anc && anc !== scope && up < 3; up++, anc = anc.parentElement) {
      const c = anc;
      if (paras.some((p) => c.contains(p) && (p.textContent?.length ?? 0) >= 40)) {
        if (!c.contains(best)) return { el: c, how: 'headline block', h1 };
        break;
      }
    }
  }
  if (teaserList(best, h1, subheads, paras, clock)) return { el: best, how: TEASERS, h1 };
  return { el: best, how: best === scope ? 'whole page' : 'text density', h1 };
}

/** `how` of a page whose main block is a list of teasers (a front page): not an article. */
export const TEASERS = 'teaser list';

const linked = (el: Element) => !!(el.closest('a[href]') || el.querySelector('a[href]'));

/**
 * A front page or section page: the block read as the article is a list of teasers, each a
 * heading that links to its story (issue 18 item 14: the demo home page showed the panel
 * because its teasers name the Convention). It is one when the page has no headline of its
 * own (no <h1> and no og:title heading, or one that is a link, like a logo), the block holds
 * at least three linked headings, and no fewer of them than paragraphs of its own text
 * (paragraphs of 40 characters or more outside links). An article with a "related" list keeps
 * its headline and its paragraphs outnumber the links.
 */
function teaserList(
  main: Element,
  h1: Element | null,
  subheads: readonly Element[],
  paras: readonly Element[],
  clock: Clock,
): boolean {
  if (h1 && !linked(h1)) return false;
  let heads = 0;
  for (const h of subheads) if (main.contains(h) && linked(h)) heads++;
  if (heads < 3) return false;
  let own = 0;
  for (let i = 0; i < paras.length && own <= heads; i++) {
    if (i % 64 === 63) clock.check('selection');
    const p = paras[i]!;
    if (main.contains(p) && !p.closest('a[href]') && (p.textContent?.length ?? 0) >= 40) own++;
  }
  return heads >= own;
}

interface Frame {
  el: Element;
  tag: string;
  pieces: number;
  rawLen: number;
  links: number;
  nodes: number;
  bounds: number;
}

/**
 * Extract the main article's text, looking at the clock every NODES_PER_CHECK nodes (throws
 * `Timeout`). `withNodes` keeps the text nodes and block offsets (for DOM ranges); detection
 * does not need them.
 *
 * Wherever text is left out in the middle (a skipped element, a list of links rolled back,
 * the gap between the headline and the article) a separator SEP goes in, so words and names
 * never join across text that the reader sees between them. This is also what makes the
 * pre-filter (see findMain) safe: every run of `raw` without SEP is a run of the page's text.
 * Returns null when the pre-filter, if asked for, turns the page away.
 */
export function extract(
  root: Document | Element,
  clock: Clock,
  withNodes = false,
  prefilter = false,
): Extracted | null {
  const found = findMain(root, clock, prefilter);
  if (!found) return null;
  const { el: main, how, h1 } = found;
  const pieces: string[] = [];
  const bounds: number[] = []; // piece indices of block boundaries (withNodes only)
  let headPiece = 0; // piece index where the headline ends
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
    if (withNodes) bounds.push(pieces.length);
  };
  const sep = () => {
    pieces.push(SEP);
    rawLen++;
    lastSpace = false;
  };
  const skip = (el: Element, tag: string, inArticle: boolean): boolean => {
    if (SKIP.has(tag)) return true;
    if ((tag === 'HEADER' || tag === 'FOOTER') && (tag === 'FOOTER' || !inArticle)) return true;
    if (!el.hasAttributes()) return false;
    const { role, hidden, ariaHidden, style, cls, id } = attributesOf(el);
    if (hidden || ariaHidden === 'true') return true;
    if (role && ROLES.test(role)) return true; // the excluded roles are among ROLES
    if (style && HIDDEN_STYLE.test(style)) return true;
    if (!cls && !id) return false;
    const key = `${cls ?? ''} ${id ?? ''}`.toLowerCase();
    let hit = memo.get(key);
    if (hit === undefined) {
      hit = FURNITURE.test(key) || (chromeToo && CHROME.test(key));
      memo.set(key, hit);
    }
    return hit;
  };

  const stack: Frame[] = [];

  const walk = (top: Element, inArticleAtTop: boolean) => {
    let articleDepth = inArticleAtTop ? 1 : 0;
    let node: Node | null = top.firstChild;
    space();
    while (node) {
      if (!(++count % NODES_PER_CHECK)) clock.check('reading');
      // Each DOM property read below crosses into the browser: read each one once per node.
      const type = node.nodeType;
      if (type === 3) {
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
      } else if (type === 1) {
        const el = node as Element;
        const tag = el.tagName;
        const first = el.firstChild;
        if (skip(el, tag, articleDepth > 0)) {
          if (first) sep();
        } else {
          if (BLOCK.has(tag)) space();
          if (first) {
            stack.push({
              el,
              tag,
              pieces: pieces.length,
              rawLen,
              links,
              nodes: nodes.length,
              bounds: bounds.length,
            });
            if (tag === 'A') inLink++;
            if (tag === 'ARTICLE' || tag === 'MAIN') articleDepth++;
            node = first;
            continue;
          }
        }
      }
      // Climb until a next sibling exists, closing elements on the way.
      let next: Node | null = node.nextSibling;
      while (!next) {
        const parent: Node | null = node.parentNode;
        if (!parent || parent === top) break;
        close(stack.pop()!);
        node = parent;
        next = node.nextSibling;
      }
      node = next;
    }
    space();

    function close(f: Frame) {
      const tag = f.tag;
      if (f.el === h1) headPiece = pieces.length;
      if (tag === 'A') inLink--;
      if (tag === 'ARTICLE' || tag === 'MAIN') articleDepth--;
      const total = rawLen - f.rawLen;
      if (LINKY.has(tag) && total > 0 && (links - f.links) / total > 0.6) {
        // Mostly links: a list of other stories, not the article. Roll the text back.
        pieces.length = f.pieces;
        rawLen = f.rawLen;
        links = f.links;
        nodes.length = f.nodes;
        nodePieces.length = f.nodes;
        bounds.length = f.bounds;
        sep();
      }
      if (BLOCK.has(tag)) space();
    }
  };

  if (h1 && !main.contains(h1)) {
    walk(h1, true);
    headPiece = pieces.length;
    sep();
  }
  walk(main, how !== 'whole page' && how !== 'text density');

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
    headEnd: offsets[headPiece]!,
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
