import { hostIntact, sealHost } from './trusted';

/**
 * The panel's host element: exactly one `<treaty-lens-panel>` per page, with a closed shadow
 * root: page scripts cannot read what the panel shows (the reader's country), click or focus
 * its buttons, or slip a style inside it. Assistive technology still reads it (the browser's
 * accessibility tree is not the page's DOM API); tests reach it through the browser's
 * automation protocol (tests/e2e/panel-root.ts), never through a hook in the build.
 * The host's inline `!important` declarations beat any page rule, so a page cannot hide,
 * resize or transform it; the shadow root's styles cannot reach the page. The host is also a
 * manual popover shown in the top layer: a `transform`, `filter` or `clip-path` on the page's
 * root would otherwise become the containing block of the panel's fixed boxes and shrink,
 * blur or cut it off with the page.
 */
import { lens } from '../content/types';

export const HOST_TAG = 'treaty-lens-panel';

const HOST_STYLE = [
  'all: initial',
  'display: block',
  'position: fixed',
  'inset: 0 auto auto 0',
  'width: 0',
  'height: 0',
  'overflow: visible',
  'z-index: 2147483646',
  'contain: style',
  'visibility: visible',
  'opacity: 1',
  'transform: none',
  'filter: none',
  'pointer-events: auto',
  // The popover UA sheet gives a top-layer popover a margin, border, padding and colours.
  'margin: 0',
  'border: 0',
  'padding: 0',
  'background: transparent',
]
  .map((d) => `${d} !important`)
  .join('; ');

/** A mounted host: the container to render into, and its removal. */
export interface Host {
  host: HTMLElement;
  shadow: ShadowRoot;
  container: HTMLElement;
  remove(): void;
}

/**
 * Create the host (replacing a stale one) with the given CSS inside its shadow root. The handle
 * is kept in the isolated world's rendezvous (`lens().host`): the shadow root is reached only
 * through it, never through `host.shadowRoot`. The detector creates the host to draw the
 * collapsed tab; panel.js adopts it (`adoptHost`).
 */
export function createHost(doc: Document, css: string): Host {
  for (const old of doc.querySelectorAll(HOST_TAG)) old.remove();
  const host = doc.createElement(HOST_TAG);
  host.setAttribute('style', HOST_STYLE);
  host.setAttribute('popover', 'manual');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = css;
  const container = doc.createElement('div');
  container.className = 'tl-root';
  shadow.append(style, container);
  // Outside <body>: page scripts that rebuild the body (SPA frameworks) leave it alone.
  doc.documentElement.append(host);
  toTopLayer(host);
  sealHost(host);
  // A page that rewrites the host's attributes (an invisible, stretched panel under the
  // reader's next click) gets them put back, a bounded number of times; actions stay refused
  // while it is not as drawn (lib/panel/trusted.ts).
  let restores = 0;
  const mo = new MutationObserver(() => {
    if (hostIntact(host) || restores++ >= MAX_RESTORES) return;
    for (const a of host.getAttributeNames())
      if (a !== 'style' && a !== 'popover') host.removeAttribute(a);
    host.setAttribute('style', HOST_STYLE);
    host.setAttribute('popover', 'manual');
    toTopLayer(host);
  });
  mo.observe(host, { attributes: true });
  const handle: Host = {
    host,
    shadow,
    container,
    remove() {
      mo.disconnect();
      host.remove();
      const g = lens();
      if (g.host === handle) g.host = undefined;
    },
  };
  lens().host = handle;
  return handle;
}

/**
 * The host the detector drew the tab in, if it is still on the page. The detector's host has
 * only the tab's styles; `css` (the rest of the panel's) is added after them, in the same task
 * as the panel's first render, so no frame shows the panel unstyled.
 */
export function adoptHost(css: string): Host | null {
  const h = lens().host;
  if (!h?.host.isConnected) return null;
  const style = h.host.ownerDocument.createElement('style');
  style.textContent = css;
  h.shadow.insertBefore(style, h.container);
  return h;
}

/** Times the host's attributes are put back after a page changed them. */
const MAX_RESTORES = 20;

/**
 * Show the host in the top layer (above and outside every page box). Without popover support,
 * or when the page took it out of the top layer, it stays a fixed box — the inline style keeps
 * it displayed either way.
 */
export function toTopLayer(host: HTMLElement): void {
  try {
    if (host.isConnected && !host.matches(':popover-open')) host.showPopover();
  } catch {
    /* no popover support, or not allowed here: stay a plain fixed box */
  }
}
