/**
 * The collapsed tab, drawn by the detector itself the moment a page matches: the reader sees
 * at once that this article has context, before the panel's code (panel.js) is even injected.
 * It is the same markup as the panel's own tab (components/panel/PanelTab.tsx) in the same host
 * (lib/panel/host.ts, closed shadow root), which panel.js then adopts and renders into. The
 * host gets only the tab's styles (tokens.css, tab.css: a fifth of the panel's, so the tab is
 * on screen sooner); panel.js adds panel.css when it adopts the host. Its strings come with the
 * background's hello answer, in each language the panel can speak.
 */
import tokens from '../../assets/styles/tokens.css?inline';
import css from '../../components/panel/tab.css?inline';
import { panelLanguage } from '../campaign/languages';
import { createHost } from '../panel/host';
import type { Detection, LensGlobal } from './types';
import { isUserEvent } from '../panel/trusted';

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag: string, attrs: Record<string, string>): SVGElement {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}

/** The Treaty Lens mark, as components/panel/LensIcon.tsx draws it. */
function lensIcon(size: number): SVGElement {
  const s = String(size);
  const icon = svg('svg', {
    viewBox: '0 0 128 128',
    width: s,
    height: s,
    'aria-hidden': 'true',
    focusable: 'false',
  });
  const blue = '#0b5cad';
  const navy = '#12365e';
  icon.append(
    svg('rect', {
      x: '14',
      y: '8',
      width: '74',
      height: '96',
      rx: '10',
      fill: '#fff',
      stroke: blue,
      'stroke-width': '8',
    }),
    svg('path', {
      d: 'M30 32h42M30 48h42M30 64h24',
      stroke: blue,
      'stroke-width': '8',
      'stroke-linecap': 'round',
    }),
    svg('circle', {
      cx: '80',
      cy: '80',
      r: '26',
      fill: '#fff1a8',
      stroke: navy,
      'stroke-width': '10',
    }),
    svg('path', {
      d: 'M99 99l18 18',
      stroke: navy,
      'stroke-width': '14',
      'stroke-linecap': 'round',
    }),
  );
  return icon;
}

function span(cls: string, text: string): HTMLSpanElement {
  const el = document.createElement('span');
  el.className = cls;
  el.textContent = text;
  return el;
}

/**
 * Draw the collapsed tab for a matching result, unless a host is already on the page or the
 * hello answer brought no strings (the detector was injected without the pre-filter): then the
 * panel draws it when it arrives, as before. True when the tab was drawn.
 */
export function drawTab(g: LensGlobal, result: Detection): boolean {
  if (g.host?.host.isConnected || g.panel) return false;
  const lang = panelLanguage(result.lang, g.hello?.userLang ?? navigator.language);
  const strings = g.hello?.tab?.[lang] ?? g.hello?.tab?.en;
  if (!strings) return false;
  const [label, aria] = strings;
  const h = createHost(document, `${tokens}\n${css}`);
  const rtl = document.documentElement.dir === 'rtl' || document.body?.dir === 'rtl';
  const frame = document.createElement('div');
  frame.className = 'frame';
  frame.dir = lang === 'ar' ? 'rtl' : 'ltr';
  frame.lang = lang;
  frame.dataset.side = rtl ? 'left' : 'right';
  frame.dataset.open = 'false';
  const tab = document.createElement('button');
  tab.type = 'button';
  tab.className = 'tab';
  tab.setAttribute('aria-expanded', 'false');
  tab.setAttribute('aria-label', aria);
  tab.title = aria;
  tab.append(lensIcon(22), span('tab-text', label));
  const n = result.mentions.length;
  if (n > 0) {
    const count = span('tab-count', String(n));
    count.setAttribute('aria-hidden', 'true');
    tab.append(count);
  }
  // Pressed before the panel's code is here: the panel opens as soon as it arrives. Only the
  // reader's own click counts, never a page script's.
  tab.addEventListener('click', (e) => {
    if (isUserEvent(e)) g.openOnArrival = true;
  });
  frame.append(tab);
  h.container.append(frame);
  return true;
}

/**
 * Resolves once the next frame is drawn: a task queued from an animation frame callback runs
 * after that frame's paint. A page that draws no frames has nothing to wait for: a hidden one
 * (a background tab, prerendering; also one hidden while it waits) and a subframe, whose frames
 * the browser may throttle while it is off screen.
 */
export function afterFrame(): Promise<void> {
  return new Promise((ok) => {
    if (document.visibilityState !== 'visible' || window !== window.top) return ok();
    const done = () => {
      document.removeEventListener('visibilitychange', done);
      ok();
    };
    document.addEventListener('visibilitychange', done);
    requestAnimationFrame(() => setTimeout(done));
  });
}
