/**
 * The page detector's body (lib/content/entry.ts only calls `startContent`): injected by the
 * background into pages whose text has a stem (lib/content/prefilter.ts); take the background's
 * answer, detect, watch for late content and SPA route changes, and leave the panel to the
 * on-demand panel script. Everything is tied to one AbortSignal.
 */
import { addedText, DEFAULT_BUDGET_MS, detectWithNodes, hasAnchor, NO_ANCHOR } from '../detection';
import type { Analysis } from '../detection/core';
import { createController, type Controller } from './controller';
import { afterFrame, drawTab } from './tab';
import { extensionApi, sendLite as send } from './send';
import { lens, type Detection, type HelloAnswer } from './types';
import { seenByReader, stylesheetsPending } from './visible';

/** Reasons a text match was not shown (the text is hidden, or the page's styles are loading). */
export const NOT_SEEN = 'visibility: no matched passage is visible';
export const STYLES_PENDING = 'visibility: waiting for the page stylesheets';

const HOST_TAG = 'TREATY-LENS-PANEL';
/**
 * The page's first detection compiles the detector's code and patterns in this world (40–90 ms
 * of one-off work on a 2-core machine): with the usual budget it would give up on a matching
 * article, wasting the run and delaying the panel by a retry. Huge pages still stop here.
 */
const FIRST_RUN_BUDGET_MS = 3 * DEFAULT_BUDGET_MS;

/**
 * Watch the page for changes worth a new detection. While the page's text has no anchor stem
 * at all (the last run was turned away by the pre-filter), only added or changed text that has
 * one can make it match: tickers, clocks and ads that never say "cyber" cost no detection.
 */
function observeDom(onChange: () => void, stemless: () => boolean): () => void {
  const target = document.body ?? document.documentElement;
  const mo = new MutationObserver((records) => {
    const quiet = stemless();
    for (const r of records) {
      // Our own host element is not page content.
      if (r.target.nodeName === HOST_TAG || r.addedNodes[0]?.nodeName === HOST_TAG) continue;
      if (!quiet) return onChange();
      const text = addedText(r);
      if (text && hasAnchor(text)) return onChange();
    }
  });
  mo.observe(target, { childList: true, subtree: true, characterData: true });
  return () => mo.disconnect();
}

/**
 * Start Treaty Lens in this frame. `signal` aborts everything; `orphaned` is called when the
 * extension went away under the page (updated or reloaded), so the caller can abort.
 */
export function startContent(signal: AbortSignal, orphaned: () => void = () => undefined): void {
  const g = lens();
  if (g.started) return;
  g.started = true;
  let ctl: Controller | null = null;
  /** Stopped (site switched off, paused, extension gone): nothing more is reported. */
  let halted = false;

  // Only text the reader can see counts (lib/content/visible.ts): checked after a text match,
  // once the page's stylesheets are in (a class that hides the text may be in one of them).
  let awaitingStyles = false;
  const confirmSeen = (r: Detection, analysis: Analysis): Detection => {
    if (stylesheetsPending(document)) {
      if (!awaitingStyles) {
        awaitingStyles = true;
        addEventListener('load', () => ctl?.schedule(), { once: true, signal });
      }
      return { ...r, match: false, reasons: [...r.reasons, STYLES_PENDING] };
    }
    if (seenByReader(document, r, analysis)) return r;
    return { ...r, match: false, reasons: [...r.reasons, NOT_SEEN] };
  };

  // A detection keeps the article's text nodes, so the visibility check that follows a match
  // finds its mentions' ranges there instead of reading and matching the article again. Rule
  // labels are not needed here (nothing in the extension shows them).
  type Run = { result: Detection; analysis: Analysis };
  const run = (first: boolean): Run =>
    detectWithNodes(document, {
      timeBudgetMs: first ? FIRST_RUN_BUDGET_MS : DEFAULT_BUDGET_MS,
      now: () => performance.now(),
      rules: false,
    });

  // The first detection, run before the hello answer is back (see `early` below), and a record
  // of every change to the page since: the result (and its text nodes) is used only if the
  // page did not change.
  let early: { r: Run; changes: MutationObserver; changed: boolean } | null = null;
  const takeEarly = (): Run | null => {
    const e = early;
    early = null;
    if (!e) return null;
    const changed = e.changed || e.changes.takeRecords().length > 0;
    e.changes.disconnect();
    return changed ? null : e.r;
  };

  const begin = (): Controller => {
    if (ctl) return ctl;
    const c = createController({
      detect: (first) => {
        const { result: r, analysis } = (first && takeEarly()) || run(first);
        // Visibility is judged now, not when the early run read the text: styles may have come.
        return r.match ? confirmSeen(r, analysis) : r;
      },
      report: async (r, panelLoaded) => {
        // The tab first: it is on screen before the panel's code is even injected.
        const drawn = r.match && !panelLoaded && drawTab(g, r);
        if (!r.match && !g.panel) g.host?.remove();
        // The panel's code and the campaign view are asked for once the drawn tab is on
        // screen: injected sooner, the panel's compile and first render (the whole panel)
        // could land before the tab's first frame and hold it back; the view is built in the
        // background and decoded on this page's main thread, which would compete with that
        // frame too.
        if (drawn) {
          await afterFrame();
          // Stopped while the frame was awaited: no panel for this page.
          if (halted || signal.aborted) return;
        }
        // Ask for the campaign view before the panel script, while the background injects
        // it, so the panel does not wait for a second round trip after it loads.
        if (r.match && !panelLoaded && g.view?.lang !== r.lang)
          g.view = { lang: r.lang, answer: send('content:campaign', { lang: r.lang }) };
        const res = await send('content:detected', {
          match: r.match,
          lang: r.lang,
          score: r.score,
          panelLoaded,
        });
        if (!res.ok && !extensionApi()?.runtime?.id) orphaned();
      },
      url: () => location.href,
      observe: (onChange) =>
        observeDom(onChange, () => g.last?.reasons[0] === NO_ANCHOR && !g.last.match),
      now: () => performance.now(),
      setTimeout: (fn, ms) => setTimeout(fn, ms),
      clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
      lens: g,
      undecided: (r) => !r.match && r.reasons.some((x) => x.startsWith('time budget')),
    });
    ctl = c;
    // pushState/replaceState are invisible from the isolated world: the Navigation API (where
    // it exists), popstate and the DOM changes that come with a new route cover them.
    const nav = (globalThis as { navigation?: EventTarget }).navigation;
    nav?.addEventListener('navigatesuccess', () => c.schedule(), { signal });
    addEventListener('popstate', () => c.schedule(), { signal });
    c.watch();
    return c;
  };

  g.stop = () => {
    halted = true;
    ctl?.stop();
    g.panel?.destroy();
    g.panel = undefined;
    g.host?.remove();
  };
  g.check = async () => {
    // An explicit request: open the panel if the page matches.
    g.hello = { run: true, reason: 'ok', panelOpen: true };
    const c = begin();
    return { match: c.evaluate().match };
  };
  signal.addEventListener('abort', () => g.stop?.(), { once: true });

  // Injected by the background after the every-page pre-filter found a stem: the pre-filter's
  // hello already has the answer. Injected without it (a tab that predates the extension,
  // "Check this page"): ask now; the round trip overlaps the page's parsing if there is any.
  const hello =
    g.helloP ?? send<'content:hello', HelloAnswer>('content:hello', { url: location.href });
  const parsed =
    document.readyState === 'loading'
      ? new Promise<void>((ok) =>
          document.addEventListener('DOMContentLoaded', () => ok(), { once: true, signal }),
        )
      : Promise.resolve();
  // Injected after the pre-filter's hello, the detector is only ever sent where detection may
  // run: its first (cold, the slowest) detection need not wait for the answer to travel back,
  // which takes tens of milliseconds. Nothing is reported before the answer says `run`.
  if (g.helloP)
    void parsed.then(() => {
      if (signal.aborted || g.hello || ctl) return;
      const changes = new MutationObserver(() => {
        if (early) early.changed = true;
      });
      changes.observe(document, {
        childList: true,
        subtree: true,
        characterData: true,
        attributes: true,
      });
      early = { r: run(true), changes, changed: false };
    });
  void Promise.all([hello, parsed]).then(([res]) => {
    if (signal.aborted || !res.ok || g.hello) {
      takeEarly();
      return;
    }
    g.hello = res.data;
    if (res.data.run) begin().evaluate();
    else takeEarly();
  });
}
