/**
 * Highlights in the article without touching it: the CSS Custom Highlight API paints ranges
 * (no wrapper elements, so the page's layout and text stay exactly as they were). Where the API
 * is missing, nothing is painted; the panel's list still scrolls to each passage.
 */

/** A painted passage: a mention of the convention, or a reference to one of its articles. */
export interface Mark {
  kind: 'mention' | 'article';
  range: Range;
  /** Article number for `kind: 'article'` ('28'). */
  article?: string;
}

/** Highlight names (also used by the ::highlight() rules). */
export const HIGHLIGHT = {
  mention: 'treaty-lens-mention',
  article: 'treaty-lens-article',
  flash: 'treaty-lens-flash',
} as const;

/** Page-level rules for the highlights; only `::highlight()` rules, so no layout effect. */
export const HIGHLIGHT_CSS = `
::highlight(${HIGHLIGHT.mention}) { background-color: rgb(255 216 77 / 0.45); }
::highlight(${HIGHLIGHT.article}) { background-color: rgb(11 92 173 / 0.14); text-decoration: underline dotted rgb(11 92 173); }
::highlight(${HIGHLIGHT.flash}) { background-color: rgb(255 170 0 / 0.75); }
`;

type HighlightCtor = new (...ranges: Range[]) => unknown;
type Registry = { set(name: string, h: unknown): void; delete(name: string): boolean };

function api(): { registry: Registry; Highlight: HighlightCtor } | null {
  const g = globalThis as { CSS?: { highlights?: Registry }; Highlight?: HighlightCtor };
  return g.CSS?.highlights && g.Highlight
    ? { registry: g.CSS.highlights, Highlight: g.Highlight }
    : null;
}

/** True when this browser can paint highlights. */
export function highlightsSupported(): boolean {
  return api() !== null;
}

/** Paints marks and flashes; `clear()` removes every trace. */
export interface Highlighter {
  set(marks: Mark[]): void;
  /** Flash one passage for `ms` milliseconds. */
  flash(range: Range, ms?: number): void;
  /** The mark under a viewport point, if any (reads layout: only on matching pages). */
  hit(x: number, y: number): Mark | null;
  clear(): void;
}

/** Create the highlighter for one page. */
export function createHighlighter(): Highlighter {
  const a = api();
  let marks: Mark[] = [];
  let flashTimer: ReturnType<typeof setTimeout> | undefined;
  const paint = (name: string, ranges: Range[]) => {
    if (!a) return;
    try {
      if (ranges.length) a.registry.set(name, new a.Highlight(...ranges));
      else a.registry.delete(name);
    } catch {
      // Some engines refuse ranges across isolated worlds; highlights are decoration only.
    }
  };
  return {
    set(next) {
      marks = next;
      paint(
        HIGHLIGHT.mention,
        marks.filter((m) => m.kind === 'mention').map((m) => m.range),
      );
      paint(
        HIGHLIGHT.article,
        marks.filter((m) => m.kind === 'article').map((m) => m.range),
      );
    },
    flash(range, ms = 1600) {
      clearTimeout(flashTimer);
      paint(HIGHLIGHT.flash, [range]);
      flashTimer = setTimeout(() => paint(HIGHLIGHT.flash, []), ms);
    },
    hit(x, y) {
      for (const m of marks) {
        for (const r of m.range.getClientRects())
          if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return m;
      }
      return null;
    },
    clear() {
      clearTimeout(flashTimer);
      marks = [];
      for (const name of Object.values(HIGHLIGHT)) paint(name, []);
    },
  };
}
