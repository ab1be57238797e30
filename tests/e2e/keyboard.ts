/**
 * Keyboard-only helpers for end-to-end tests: move focus with Tab like a person would, and
 * check at every stop that the focused element shows it (an outline or a box-shadow ring).
 * Focus inside shadow roots (the in-page panel) is followed.
 */
import type { Page } from 'playwright-core';
import { HOST, panel } from './panel-root';

/** What the focused element is, and whether its focus can be seen. */
export interface FocusStop {
  tag: string;
  id: string;
  cls: string;
  testid: string;
  name: string;
  /** Why focus is not visible, or '' when it is. */
  invisible: string;
}

/**
 * How a focused element is described (source text: it runs in the page, or in the test's own
 * world inside the panel's closed shadow root). No helper functions in it: the test runner's
 * transform would rename them (__name).
 */
const DESCRIBE = `(el) => {
  if (!el || el === document.body || el === document.documentElement) return null;
  const cs = getComputedStyle(el);
  // A date input's last Tab stop is its calendar button: the input itself then no longer
  // matches :focus, and Chromium rings the button (not styleable from the page) instead.
  const onPicker =
    el instanceof HTMLInputElement &&
    /^(date|time|datetime-local|month|week)$/.test(el.type) &&
    !el.matches(':focus') &&
    getComputedStyle(el, '::-webkit-calendar-picker-indicator').display !== 'none';
  const shows =
    onPicker ||
    (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0) ||
    (cs.boxShadow !== 'none' && cs.boxShadow !== '');
  return {
    tag: el.tagName.toLowerCase(),
    id: el.id,
    cls: typeof el.className === 'string' ? el.className : '',
    testid: (el.dataset && el.dataset.testid) || '',
    name: (el.getAttribute('aria-label') ?? el.innerText ?? '').trim().slice(0, 80),
    invisible: shows
      ? ''
      : 'no outline or box-shadow (outline: ' + cs.outline + '; box-shadow: ' + cs.boxShadow + ')',
  };
}`;

/**
 * Describe the deepest focused element: through open shadow roots in the page, and into the
 * in-page panel's closed root through the DevTools protocol (tests/e2e/panel-root.ts).
 */
export async function focusStop(page: Page): Promise<FocusStop | null> {
  const deepest = `(() => {
    let el = document.activeElement;
    while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
    return el;
  })()`;
  const inPanel = await page.evaluate(
    `(${deepest})?.tagName === '${HOST.toUpperCase()}' && !!document.activeElement`,
  );
  if (inPanel)
    return panel(page).evaluate<FocusStop | null>(
      `(root) => (${DESCRIBE})(root ? root.activeElement : null)` as never,
    );
  return page.evaluate(`(${DESCRIBE})(${deepest})`);
}

/**
 * Press Tab (or Shift+Tab) until `want` matches the focused element. Every element passed on
 * the way must show its focus; returns the stops for a failure message.
 */
export async function tabTo(
  page: Page,
  want: (s: FocusStop) => boolean,
  opts: { max?: number; back?: boolean } = {},
): Promise<FocusStop> {
  const seen: FocusStop[] = [];
  for (let i = 0; i < (opts.max ?? 120); i++) {
    await page.keyboard.press(opts.back ? 'Shift+Tab' : 'Tab');
    const s = await focusStop(page);
    if (!s) continue;
    seen.push(s);
    if (s.invisible)
      throw new Error(
        `Focus is not visible on stop ${seen.length}: ${describe(s)}\n  ${s.invisible}`,
      );
    if (want(s)) return s;
  }
  throw new Error(
    `Tab never reached the wanted element. Stops:\n${seen.map((s) => `  ${describe(s)}`).join('\n')}`,
  );
}

/** One line for a focus stop. */
export function describe(s: FocusStop): string {
  return `<${s.tag}${s.id ? `#${s.id}` : ''}${s.cls ? `.${s.cls.split(/\s+/).join('.')}` : ''}${s.testid ? ` data-testid=${s.testid}` : ''}> "${s.name}"`;
}
