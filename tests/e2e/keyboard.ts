/**
 * Keyboard-only helpers for end-to-end tests: move focus with Tab like a person would, and
 * check at every stop that the focused element shows it (an outline or a box-shadow ring).
 * Focus inside shadow roots (the in-page panel) is followed.
 */
import type { Page } from 'playwright-core';

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

/** Describe the deepest focused element (through shadow roots). */
export function focusStop(page: Page): Promise<FocusStop | null> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body || el === document.documentElement) return null;
    // No helper functions in here: the test runner's transform would rename them (__name).
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
    const he = el as HTMLElement;
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      cls: typeof he.className === 'string' ? he.className : '',
      testid: he.dataset?.['testid'] ?? '',
      name: (el.getAttribute('aria-label') ?? he.innerText ?? '').trim().slice(0, 80),
      invisible: shows
        ? ''
        : `no outline or box-shadow (outline: ${cs.outline}; box-shadow: ${cs.boxShadow})`,
    };
  });
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
