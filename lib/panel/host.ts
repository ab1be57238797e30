/**
 * The panel's host element: exactly one `<treaty-lens-panel>` per page, with an open shadow
 * root (tests and assistive tooling can see inside; nothing personal is ever rendered there).
 * The host's inline `!important` declarations beat any page rule, so a page cannot hide,
 * resize or transform it; the shadow root's styles cannot reach the page.
 */
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

/** Create the host (replacing a stale one) with the given CSS inside its shadow root. */
export function createHost(doc: Document, css: string): Host {
  for (const old of doc.querySelectorAll(HOST_TAG)) old.remove();
  const host = doc.createElement(HOST_TAG);
  host.setAttribute('style', HOST_STYLE);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  const container = doc.createElement('div');
  container.className = 'tl-root';
  shadow.append(style, container);
  // Outside <body>: page scripts that rebuild the body (SPA frameworks) leave it alone.
  doc.documentElement.append(host);
  return { host, shadow, container, remove: () => host.remove() };
}
