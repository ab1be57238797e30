/**
 * The every-page script (`prefilter.js`, the manifest's only content script): the stem
 * pre-filter and nothing else. Once the document is parsed it reads the page's text once for
 * the stems of lib/detection/stems.ts; a page without one costs that read and a mutation
 * observer, and never loads the detector, never messages the background. A page with a stem
 * asks the background (`content:hello` with `stem: true`), which injects the full detector
 * (`detector.js`, lib/content/entry.ts) into this frame when detection may run here; the
 * detector takes the same answer from `lens().helloP`. A stem in the page's `<title>` asks while
 * the page is still parsed, so the detector is injected and compiled by the time it is.
 *
 * Later text (a ticker, late cards, an SPA route) is looked at only as it arrives: added or
 * changed text with a stem asks the background then.
 */
import { addedText, hasAnchor, scanStems } from '../detection/stems';
import { extensionApi, sendLite as send } from './send';
import { lens, type HelloAnswer } from './types';

/**
 * Time the first read may take before it gives up. Giving up asks for the detector (which has
 * its own budget and gives up on such pages too): a page is never turned away undecided.
 */
export const STEM_BUDGET_MS = 50;

class GiveUp extends Error {}

/** Whether the page's text may hold a match (a stem, or too much text to tell in time). */
export function pageMayMatch(doc: Document, now: () => number, budgetMs = STEM_BUDGET_MS) {
  const deadline = now() + budgetMs;
  try {
    return scanStems(doc, () => {
      if (now() > deadline) throw new GiveUp();
    });
  } catch (e) {
    if (e instanceof GiveUp) return true;
    throw e;
  }
}

/**
 * The title is tested padded with spaces to this length (which changes no answer: no stem
 * starts or ends with a space). The title's test is the page's first use of the stems'
 * patterns, and V8 compiles a pattern first used on a short text to bytecode, then again to
 * machine code on its next use; on a text of 1,000 characters or more it compiles machine
 * code at once, which the scan at `DOMContentLoaded` uses too. One compilation per pattern
 * instead of two on every page.
 */
export const MACHINE_CODE_AT = 1000;

/**
 * While the page is parsed, a stem in its `<title>` asks at once: the hello, the detector's
 * injection and its compilation then overlap the rest of the parsing instead of following it.
 * The title is tested once, at the first mutation callback that finds one (the observer stops
 * there, or when `<body>` is there without a title); without a stem in it nothing changes, and
 * the whole text is still read once the page is parsed. Testing it once instead of in every
 * callback until `<body>` came (three on the benchmark's news pages, one for each script or
 * pause in the head on real ones) took ≈ 1 ms of traced work off every page, and the later
 * callbacks' records with it (docs/performance.md, issue 17, ninth round). A title changed
 * later while the page is parsed waits for that read, like a page without one.
 */
function headline(signal: AbortSignal, ask: () => void): void {
  const mo = new MutationObserver(() => {
    const title = document.title;
    if (title) {
      mo.disconnect();
      if (hasAnchor(title.padEnd(MACHINE_CODE_AT))) ask();
    } else if (document.body) mo.disconnect();
  });
  mo.observe(document, { childList: true, subtree: true });
  signal.addEventListener('abort', () => mo.disconnect(), { once: true });
}

/**
 * Start the pre-filter in this frame. `signal` aborts it (the extension went away); `orphaned`
 * is called when the background no longer answers because the extension was updated or removed.
 */
export function startPrefilter(signal: AbortSignal, orphaned: () => void = () => undefined): void {
  const g = lens();
  if (g.pre || g.started) return;
  g.pre = true;
  let mo: MutationObserver | null = null;
  const stop = () => {
    mo?.disconnect();
    mo = null;
  };
  signal.addEventListener('abort', stop, { once: true });

  const ask = () => {
    stop();
    if (g.helloP || signal.aborted) return;
    g.helloP = send<'content:hello', HelloAnswer>('content:hello', {
      url: location.href,
      stem: true,
    }).then((res) => {
      if (!res.ok && !extensionApi()?.runtime?.id) orphaned();
      return res;
    });
  };

  const start = () => {
    if (signal.aborted || g.helloP) return;
    if (pageMayMatch(document, () => performance.now())) return ask();
    // No stem yet: only text that arrives with one can make this page match.
    // One test per batch, over all of its new text: a name added in pieces is still found.
    // Code added to the page (a script, a style, or text put in one) is not read (`addedText`).
    mo = new MutationObserver((records) => {
      let text = '';
      for (const r of records) text += addedText(r);
      if (text && hasAnchor(text)) ask();
    });
    mo.observe(document.body ?? document.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
    });
  };
  // The manifest runs this at document_start; the page is read once it is parsed.
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start, { once: true, signal });
    headline(signal, ask);
  } else start();
}
