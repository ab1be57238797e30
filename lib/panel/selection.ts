/**
 * The passage a letter quotes is one the reader selected, with their own hands. A page script
 * can set the selection at any time (say, just before the reader clicks "Write"), so the
 * selection is read only at the end of a trusted gesture in the page: a real pointer release
 * next to the selected text, or a real key release that changes a selection (Shift+arrows and
 * the like). "Write" then quotes that snapshot only while the live selection still reads the
 * same; anything the page changed afterwards, or selected on its own, is not quoted. Gestures
 * inside the panel itself never count.
 */
import { quotable } from './sentences';

/** How far (CSS pixels) a pointer release may be from the selected text to count. */
const NEAR = 48;

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

function near(range: Range, x: number, y: number): boolean {
  for (const r of range.getClientRects()) {
    const dx = Math.max(r.left - x, 0, x - r.right);
    const dy = Math.max(r.top - y, 0, y - r.bottom);
    if (Math.hypot(dx, dy) <= NEAR) return true;
  }
  return false;
}

/** What {@link watchSelection} returns. */
export interface SelectionWatch {
  /** The quote for a letter: the reader's trusted selection if it still stands, else ''. */
  quote(): string;
}

/**
 * Watch for the reader's own selections in `win`. `isOwn` tells the panel's own elements
 * (their gestures never count). Listeners end with `signal`.
 */
export function watchSelection(
  win: Window,
  isOwn: (target: EventTarget | null) => boolean,
  signal: AbortSignal,
  lang = '',
): SelectionWatch {
  let snap: { selected: string; quote: string } | null = null;
  const take = (e: Event, point?: { x: number; y: number }) => {
    if (!e.isTrusted || isOwn(e.target)) return;
    const sel = win.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) {
      snap = null;
      return;
    }
    const range = sel.getRangeAt(0);
    if (point && !near(range, point.x, point.y)) {
      snap = null;
      return;
    }
    const quote = quotable(range, lang);
    snap = quote ? { selected: norm(sel.toString()), quote } : null;
  };
  win.addEventListener('pointerup', (e) => take(e, { x: e.clientX, y: e.clientY }), {
    capture: true,
    passive: true,
    signal,
  });
  win.addEventListener(
    'keyup',
    (e) => {
      // Keys that make or extend a selection; anything else leaves the snapshot alone.
      const extends_ = e.shiftKey || ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'a');
      if (extends_) take(e);
    },
    { capture: true, passive: true, signal },
  );
  return {
    quote() {
      const live = norm(String(win.getSelection() ?? ''));
      return snap && live === snap.selected ? snap.quote : '';
    },
  };
}
