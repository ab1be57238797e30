/**
 * The panel acts only on the reader's own input. Page scripts can dispatch events, and a page
 * that got hold of the panel's elements could `.click()` them, but neither is `isTrusted`: the
 * browser sets that flag only for input from the user (and for clicks the browser makes from
 * the user's Enter or Space on a focused button). With the shadow root closed, a page cannot
 * reach the panel's elements at all (no `.click()`, no `.focus()`, no style inside); this guard
 * is the second wall for events that do reach them, composed or retargeted.
 *
 * One module for every surface that draws panel UI (the detector's collapsed tab and the panel),
 * so the rule is the same everywhere. No imports: it is bundled into the page scripts.
 */

/**
 * Host element → the inline style it was given (see `sealHost`). Kept on the isolated world's
 * rendezvous object (`__treatyLens`, see lib/content/types.ts), not in this module: the detector
 * (detector.js) seals the host it draws the tab in and panel.js, a separate bundle with its own
 * copy of this module, adopts it. A per-bundle map would leave panel.js seeing an unsealed host
 * and honouring clicks on a host the page had moved into an invisible container.
 */
function seals(): WeakMap<Element, string> {
  const g = globalThis as { __treatyLens?: { seals?: WeakMap<Element, string> } };
  return ((g.__treatyLens ??= {}).seals ??= new WeakMap());
}
/** The only attributes a panel host carries. */
const HOST_ATTRIBUTES = new Set(['style', 'popover']);

/**
 * Remember how a panel host was drawn. The host lives in the page's DOM, so a page can rewrite
 * its inline style (`opacity: 0; transform: scale(20)`), take it out of the top layer, or move it
 * into a transparent, scaled container: the panel's buttons would then sit invisibly under the
 * reader's next click (clickjacking). While a sealed host is not as drawn, no action is taken.
 */
export function sealHost(host: Element): void {
  seals().set(host, host.getAttribute('style') ?? '');
}

/** Whether a sealed host is still as it was drawn (an unsealed one always is). */
export function hostIntact(host: Element): boolean {
  const style = seals().get(host);
  if (style === undefined) return true;
  if (host.getAttribute('style') !== style) return false;
  if (host.parentNode !== host.ownerDocument.documentElement) return false;
  for (const a of host.getAttributeNames()) if (!HOST_ATTRIBUTES.has(a)) return false;
  try {
    if (!host.matches(':popover-open')) return false;
  } catch {
    // no popover support: the inline style alone keeps it a fixed, opaque box
  }
  return true;
}

/** The panel host an event's listener sits under, if it is inside a shadow root. */
function hostOf(e: Event): Element | null {
  const node = (e.currentTarget ?? e.target) as Node | null;
  const root = node?.getRootNode?.();
  return root && 'host' in root ? (root as ShadowRoot).host : null;
}

/**
 * True when the event came from the reader (a real click, key press or touch) on a panel that
 * is shown as it was drawn.
 */
export function isUserEvent(e: Event): boolean {
  if (e.isTrusted !== true) return false;
  const host = hostOf(e);
  return !host || hostIntact(host);
}

/** Wrap a handler so that it runs only for the reader's own events. */
export function onUser<E extends Event>(fn: (e: E) => void): (e: E) => void {
  return (e: E) => {
    if (isUserEvent(e)) fn(e);
  };
}
