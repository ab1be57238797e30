/**
 * Pages that attack the panel from the page's own scripts (issue 15), served by the fixture
 * server for both browsers' `page-attacks.e2e.ts`:
 *
 * - `/attack/probe.html`: a visible treaty article whose script, `window.__attack(step)`, tries
 *   what a hostile site would: read the panel (shadow root, light DOM, the country's name
 *   anywhere in the document), click its tab and buttons (`.click()`, synthetic events at every
 *   point of the page's edges, `elementFromPoint`), restyle it (page rules, a rewritten host
 *   style making it an invisible, stretched layer, taking it out of the top layer, a transparent
 *   scaled container) and focus it (`host.focus()`, a tabindex it adds). It records what it saw
 *   in `window.__seen`.
 * - `/attack/hidden-<how>.html`: the same article hidden by a stylesheet class (`how`: display,
 *   visibility, opacity, offscreen, zero, clip, tiny, transparent, late — a <link> stylesheet
 *   served 1.5 s late), with a watcher that records any panel host (`window.__sawPanel`).
 *   `hidden-none.html` is the control: the same page, visible.
 */
import type { FixtureServer } from './server';

const ARTICLE = `<article class="story"><h1>Ministers to decide on the UN Convention against Cybercrime</h1>
<p>The United Nations Convention against Cybercrime closes for signature on 31 December 2026,
and parliaments are asked whether their government should sign it.</p>
<p>Critics point to Article 28 of the UN Convention against Cybercrime, which lets authorities
compel technical assistance, and to Article 24 on safeguards.</p></article>`;

/** How each hidden page hides the article (a class, in a stylesheet: never inline). */
export const HIDING: Record<string, string> = {
  display: '.x { display: none; }',
  visibility: '.x { visibility: hidden; }',
  opacity: '.x { opacity: 0; }',
  offscreen: '.x { position: absolute; left: -10000px; top: 0; width: 600px; }',
  zero: '.x { height: 0; overflow: hidden; }',
  clip: '.x { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }',
  tiny: '.x { font-size: 0; }',
  transparent: '.x, .x * { color: transparent; }',
  late: '',
  none: '',
};

const WATCH = `<script>
  window.__sawPanel = false;
  new MutationObserver(() => {
    if (document.querySelector('treaty-lens-panel')) window.__sawPanel = true;
  }).observe(document.documentElement, { childList: true, subtree: true });
</script>`;

const page = (head: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>UN Convention against Cybercrime: ministers to decide</title>${head}</head><body>${body}</body></html>`;

/** What the probe page's script does; run in the page's own world. */
const PROBE = `<script>
window.__seen = {};
const HOST = 'treaty-lens-panel';
const host = () => document.querySelector(HOST);
window.__attack = (step, country) => {
  const h = host();
  const seen = window.__seen;
  if (step === 'read') {
    seen.shadowRoot = h ? h.shadowRoot !== null : 'no host';
    seen.closedRootReopened = (() => { try { h.attachShadow({ mode: 'open' }); return true; } catch { return false; } })();
    seen.countryInDocument = document.documentElement.textContent.includes(country);
    seen.countryInHost = h ? (h.innerHTML + h.textContent).includes(country) : false;
    seen.hostChildren = h ? h.children.length : 0;
    return seen;
  }
  if (step === 'click') {
    let hits = 0;
    h.click();
    h.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    // Synthetic clicks at every point of the page's edges and centre (where tab and panel sit).
    for (let y = 5; y < innerHeight; y += 20)
      for (const x of [2, 10, 20, 30, innerWidth - 30, innerWidth - 20, innerWidth - 10, innerWidth - 2, innerWidth / 2]) {
        const el = document.elementFromPoint(x, y);
        if (el !== h) continue;
        hits++;
        for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'])
          el.dispatchEvent(new (type.startsWith('pointer') ? PointerEvent : MouseEvent)(type, { bubbles: true, composed: true, cancelable: true, clientX: x, clientY: y }));
        el.click();
      }
    // Keys at the host, as if the reader pressed them.
    for (const key of ['Enter', ' ', 'Escape'])
      h.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
    seen.clickHits = hits;
    return seen;
  }
  if (step === 'restyle') {
    const st = document.createElement('style');
    st.textContent = HOST + ', ' + HOST + ' *, ' + HOST + '::part(x) { all: unset !important; opacity: 0 !important; position: fixed !important; inset: 0 !important; width: 100vw !important; height: 100vh !important; }';
    document.head.append(st);
    // The host's own attributes: an invisible, stretched layer over the page…
    h.setAttribute('style', 'position: fixed; inset: 0; opacity: 0.01; transform: scale(8); transform-origin: 100% 50%; z-index: 2147483647');
    h.setAttribute('class', 'stretched');
    // …out of the top layer, inside a transparent, scaled container.
    try { h.hidePopover(); } catch {}
    seen.restyled = true;
    return seen;
  }
  if (step === 'wrap') {
    const box = document.createElement('div');
    box.style.cssText = 'position: fixed; inset: 0; opacity: 0.01; transform: translate(-500px, -200px); z-index: 2147483647';
    document.documentElement.append(box);
    try { h.hidePopover(); } catch {}
    box.append(h);
    seen.wrapped = true;
    return seen;
  }
  if (step === 'focus') {
    h.focus();
    h.tabIndex = 0;
    h.focus();
    seen.focusedHost = document.activeElement === h;
    return seen;
  }
  return seen;
};
</script>`;

/** Register the attack pages on a fixture server. */
export function installAttackPages(server: FixtureServer): void {
  const html = (res: import('node:http').ServerResponse, body: string) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(body);
  };
  server.route('/attack/probe.html', (_req, res) => html(res, page('', `${ARTICLE}${PROBE}`)));
  for (const [how, css] of Object.entries(HIDING)) {
    const head =
      how === 'late'
        ? `${WATCH}<link rel="stylesheet" href="/attack/late.css">`
        : `${WATCH}<style>${css}</style>`;
    const body = how === 'none' ? ARTICLE : `<div class="x">${ARTICLE}</div>`;
    server.route(`/attack/hidden-${how}.html`, (_req, res) => html(res, page(head, body)));
  }
  server.route('/attack/late.css', (_req, res) => {
    setTimeout(() => {
      res.writeHead(200, { 'content-type': 'text/css', 'cache-control': 'no-store' });
      res.end('.x { display: none; }');
    }, 1500);
  });
}
