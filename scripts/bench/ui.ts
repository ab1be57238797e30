/**
 * Time-to-UI rows, measured inside the page (performance.now() is relative to navigation
 * start) by init scripts that poll once per animation frame, so each time is the start of the
 * first frame that shows the thing: the panel host on a matching page, the first seeded letter
 * in the ledger, the popup's first usable control.
 */
import { resolve } from 'node:path';
import type { CDPSession, Page, Worker } from 'playwright-core';
import { ROW_MARKER } from './letters';
import { BUDGETS, median, missingRow, type BenchRow } from './report';
import { NAME_SHIM, type BenchBrowser } from './browser';
import { settled, trackIdbActivity, type IdbActivity } from './idb-activity';
import { idbFilesOpen } from './storage-closed';

/**
 * Polls each frame until `ready()` is true; stores { dcl, at } in window.__tlUi. Plain source:
 * init scripts run before any page script, in the page's main world.
 */
function framePoller(ready: string): string {
  return `(() => {
  const state = (window.__tlUi = { dcl: null, at: null, host: null });
  document.addEventListener('DOMContentLoaded', () => { state.dcl = performance.now(); }, { once: true });
  // When the panel host is inserted (before it has a box), to split the time in the report.
  const mo = new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes)
      if (n.nodeName === 'TREATY-LENS-PANEL') { state.host = performance.now(); mo.disconnect(); return; }
  });
  mo.observe(document, { childList: true, subtree: true });
  const ready = ${ready};
  const tick = () => {
    try { if (ready()) { state.at = performance.now(); return; } } catch (e) { /* not yet */ }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;
}

/**
 * The panel counts as visible in the first frame in which the page, hit-tested where the tab
 * (or the open panel) is drawn, finds the host: its box is painted there and on top. A hit
 * test, not a look inside the shadow root, which is closed.
 */
const PANEL_VISIBLE = `() => {
  const host = document.querySelector('treaty-lens-panel');
  if (!host || !host.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return false;
  const w = document.documentElement.clientWidth;
  const h = innerHeight;
  for (const x of [w - 4, 4])
    for (let y = Math.round(h * 0.38) + 4; y < Math.round(h * 0.38) + 60; y += 8)
      if (document.elementsFromPoint(x, y)[0] === host) return true;
  return false;
}`;

const FIRST_ROW = `() => {
  const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = w.nextNode(); n; n = w.nextNode()) if (n.data.includes(${JSON.stringify(ROW_MARKER)})) return true;
  return false;
}`;

/** A usable control is on screen and nothing says it is still loading. */
const INTERACTIVE = `() => {
  if (document.readyState === 'loading' || document.querySelector('[aria-busy="true"]')) return false;
  const sel = 'button:not([disabled]), a[href], input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled])';
  for (const el of document.querySelectorAll(sel)) {
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.height > 0 && el.checkVisibility({ visibilityProperty: true })) return true;
  }
  return false;
}`;

interface Timing {
  dcl: number | null;
  at: number | null;
  /** When <treaty-lens-panel> was inserted. */
  host: number | null;
  /** The page's first `indexedDB.open`: when it was called and when it succeeded (ledger only). */
  idb?: { s: number; e: number | null } | null;
}

/**
 * Ledger loads only: records when the page's first `indexedDB.open` is called and when it
 * succeeds (window.__tlUi.idb), so the row's note can tell a load that waited on the database
 * (the backing store opened cold, or busy) from one that waited on the page's own files.
 * Records and passes through; the page's open is otherwise untouched.
 */
const IDB_OPEN_MARK = `(() => {
  const open = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (...args) {
    const req = open.apply(this, args);
    const state = window.__tlUi;
    if (state && state.idb === undefined) {
      const mark = (state.idb = { s: performance.now(), e: null });
      req.addEventListener('success', () => { mark.e = performance.now(); }, { once: true });
    }
    return req;
  };
})();`;

/** Ledger loads only: the page's unanswered IndexedDB requests (idb-activity.ts). */
const IDB_ACTIVITY = `${NAME_SHIM}(${trackIdbActivity.toString()})(window);`;

async function timeLoad(
  b: BenchBrowser,
  url: string,
  ready: string,
  timeoutMs: number,
  viewport?: { width: number; height: number },
  extraInit?: string,
  settle?: { timeoutMs: number },
): Promise<Timing & { settledMs?: number | null }> {
  const page: Page = await b.newTab();
  if (viewport) await page.setViewportSize(viewport);
  await page.addInitScript(framePoller(ready));
  if (extraInit) await page.addInitScript(extraInit);
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  // Polled from here with CDP evaluations: waitForFunction's in-page polling uses eval, which
  // the extension pages' CSP forbids.
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await page.evaluate('!!(window.__tlUi && window.__tlUi.at !== null)')) break;
    await new Promise((ok) => setTimeout(ok, 50));
  }
  const t: Timing & { settledMs?: number | null } = (await page.evaluate(
    'window.__tlUi',
  )) as Timing;
  if (settle && t.at !== null) t.settledMs = await settleAfter(page, t.at, settle.timeoutMs);
  await page.close();
  return t;
}

/**
 * After the clock has stopped: wait until the page's own IndexedDB requests have answered and
 * it has asked nothing for a while (two polls in a row, the second 50 ms later, so a long task
 * of the page in between is waited out too). Returns ms after the first frame, or null when
 * the page had not settled within `timeoutMs`.
 */
async function settleAfter(page: Page, at: number, timeoutMs: number): Promise<number | null> {
  const deadline = Date.now() + timeoutMs;
  let quiet = 0;
  while (Date.now() < deadline) {
    const s = (await page.evaluate('({ a: window.__tlIdb ?? null, now: performance.now() })')) as {
      a: IdbActivity | null;
      now: number;
    };
    quiet = settled(s.a, s.now) ? quiet + 1 : 0;
    if (quiet >= 2) return s.now - at;
    await new Promise((ok) => setTimeout(ok, 50));
  }
  return null;
}

/** Repeated loads: one warm-up, then `runs` measured; returns per-run values or why not. */
async function repeat(
  runs: number,
  once: () => Promise<number | null>,
): Promise<{ values: number[]; failures: number }> {
  await once();
  const values: number[] = [];
  let failures = 0;
  for (let i = 0; i < runs; i++) {
    const v = await once();
    if (v === null) failures++;
    else values.push(v);
  }
  return { values, failures };
}

/** Every load's value in the order it ran, for a row's note: a median hides two modes. */
export function inOrder(values: readonly number[]): string {
  return `loads in order: ${values.map((v) => v.toFixed(0)).join(', ')} ms`;
}

/** Median and maximum of some times, for a row's note. */
function medianMax(x: readonly number[]): string {
  return x.length
    ? `median ${median(x).toFixed(0)} ms, max ${Math.max(...x).toFixed(0)} ms`
    : 'none';
}

/** How long a load's first `indexedDB.open` took to succeed (IDB_OPEN_MARK), if it did. */
function openMs(t: Timing): number | null {
  return t.idb?.e != null ? t.idb.e - t.idb.s : null;
}

/** panel_visible_ms: DOMContentLoaded → panel host visible, on a matching page. */
export async function panelRow(b: BenchBrowser, url: string, runs: number): Promise<BenchRow> {
  const name = 'panel_visible_ms';
  const inserted: number[] = [];
  const { values, failures } = await repeat(runs, async () => {
    const t = await timeLoad(b, url, PANEL_VISIBLE, 15_000);
    if (t.host !== null && t.dcl !== null) inserted.push(t.host - t.dcl);
    return t.at !== null && t.dcl !== null ? t.at - t.dcl : null;
  });
  if (!values.length)
    return missingRow(
      name,
      'ms',
      BUDGETS.panel_visible_ms,
      'no <treaty-lens-panel> became visible within 15 s on the matching article',
    );
  return {
    name,
    value: median(values),
    unit: 'ms',
    budget: BUDGETS.panel_visible_ms,
    note: `median of ${values.length} loads of a 130 KB matching article; host inserted at +${inserted.length ? median(inserted).toFixed(0) : '?'} ms; ${inOrder(values)}${failures ? `; ${failures} load(s) showed no panel` : ''}`,
  };
}

/** popup_ready_ms: navigation → first enabled, visible control, nothing aria-busy. */
export async function popupRow(b: BenchBrowser, runs: number, context: string): Promise<BenchRow> {
  const name = 'popup_ready_ms';
  const { values, failures } = await repeat(runs, async () => {
    const t = await timeLoad(b, b.extensionUrl('popup.html'), INTERACTIVE, 10_000, {
      width: 400,
      height: 600,
    });
    return t.at;
  });
  if (!values.length)
    return missingRow(
      name,
      'ms',
      BUDGETS.popup_ready_ms,
      'popup.html never showed a usable control within 10 s',
    );
  return {
    name,
    value: median(values),
    unit: 'ms',
    budget: BUDGETS.popup_ready_ms,
    note: `median of ${values.length} loads, 400×600, ${context}; ${inOrder(values)}${failures ? `; ${failures} load(s) never ready` : ''}`,
  };
}

/** The extension's service worker with seed-ledger.ts (and storage-idle.ts) loaded in it. */
async function seedWorker(b: Pick<BenchBrowser, 'context'>): Promise<Worker> {
  let [sw] = b.context.serviceWorkers();
  sw ??= await b.context.waitForEvent('serviceworker', { timeout: 15_000 });
  if (await sw.evaluate('typeof globalThis.__tlSeed === "object"')) return sw;
  const { build } = await import('esbuild');
  const out = await build({
    entryPoints: [resolve('scripts/bench/seed-ledger.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  await sw.evaluate(out.outputFiles[0]!.text);
  return sw;
}

/**
 * Seed `n` letters into the extension's database through its service worker (the e2e tests'
 * browsers too: only the context is used).
 */
export async function seedLedger(b: Pick<BenchBrowser, 'context'>, n: number): Promise<number> {
  const sw = await seedWorker(b);
  return (await sw.evaluate(`globalThis.__tlSeed.seedLetters(${n})`)) as number;
}

/**
 * Wait until the extension's IndexedDB answers a fresh open and read (storage-idle.ts): what
 * a page closed a moment ago left it reading is done. Returns the wait in ms (-1: timed out).
 */
export async function storageIdle(b: BenchBrowser): Promise<number> {
  const sw = await seedWorker(b);
  return (await sw.evaluate('globalThis.__tlSeed.storageAnswers()')) as number;
}

/**
 * The ledger row's note: how many loads, the per-load values in the order they ran (a median
 * alone hid whether a slow run was every load or a few), how long each load's first IndexedDB
 * open took, the idle waits before the loads, and how long each ledger took, after its first
 * frame, to finish its own reads before it was closed.
 */
export function ledgerNote(r: {
  values: number[];
  opens: number[];
  waits: number[];
  /** ms from each load's first frame until its own reads had answered (null: not in time). */
  settles?: (number | null)[];
  seeded: number;
  failures: number;
  /** Whether the bench held a connection open (`holdDatabaseOpen`): the warm condition. */
  held: boolean;
}): string {
  const answered = r.waits.filter((w) => w >= 0);
  const timedOut = r.waits.length - answered.length;
  const settles = r.settles ?? [];
  const done = settles.filter((x): x is number => x !== null);
  const unsettled = settles.length - done.length;
  return [
    `median of ${r.values.length} loads with ${r.seeded.toLocaleString('en-US')} letters stored, each begun with the database idle${r.held ? ' and open (a connection held, as the popup holds one when the ledger is opened from it)' : ', no connection held'} (waited ${medianMax(answered)}${timedOut ? `; ${timedOut} wait(s) timed out` : ''})`,
    ...(settles.length
      ? [
          `each ledger closed once its own reads had answered (${medianMax(done)} after its first frame${unsettled ? `; ${unsettled} closed unsettled after ${SETTLE_TIMEOUT_MS / 1000} s` : ''})`,
        ]
      : []),
    inOrder(r.values),
    `the page's first IndexedDB open → success: ${medianMax(r.opens)}`,
    ...(r.failures ? [`${r.failures} load(s) showed no row`] : []),
  ].join('; ');
}

/** Longest wait for a ledger's own reads to answer before the bench closes it anyway. */
export const SETTLE_TIMEOUT_MS = 15_000;

/**
 * ledger_open_ms_10k: navigation → first seeded letter on screen, with `n` letters stored.
 * Each load (the warm-up too) starts once the extension's IndexedDB is idle (`storageIdle`),
 * not while it still serves the reads of the ledger closed just before: a person opens their
 * ledger with nothing else reading it. For the same reason each ledger is closed only after its
 * own reads have answered (idb-activity.ts; issue 17, eighth round). The clock is the page's
 * own (navigation start), so neither wait is ever part of the figure; the note gives both.
 */
export async function ledgerRow(
  b: BenchBrowser,
  runs: number,
  seeded: number,
  held: boolean,
): Promise<BenchRow> {
  const name = 'ledger_open_ms_10k';
  const waits: number[] = [];
  const opens: number[] = [];
  const settles: (number | null)[] = [];
  let warm = true;
  const { values, failures } = await repeat(runs, async () => {
    const wait = await storageIdle(b);
    // Each ledger is closed only once its own reads after the first frame have answered:
    // closed at its first row, those reads (the total, the filter menus, the follow-ups) and
    // its main-thread work went on after the tab was gone, in the IndexedDB backend and the
    // extension's renderer that the next load shares, and some loads waited for them.
    const t = await timeLoad(
      b,
      b.extensionUrl('ledger.html'),
      FIRST_ROW,
      30_000,
      undefined,
      IDB_OPEN_MARK + IDB_ACTIVITY,
      { timeoutMs: SETTLE_TIMEOUT_MS },
    );
    // The warm-up's figures are not the row's.
    if (warm) {
      warm = false;
      return null;
    }
    waits.push(wait);
    if (t.at !== null) settles.push(t.settledMs ?? null);
    const open = openMs(t);
    if (t.at !== null && open !== null) opens.push(open);
    return t.at;
  });
  if (!values.length)
    return missingRow(
      name,
      'ms',
      BUDGETS.ledger_open_ms_10k,
      `no seeded letter appeared in ledger.html within 30 s (${seeded} letters stored)`,
    );
  return {
    name,
    value: median(values),
    unit: 'ms',
    budget: BUDGETS.ledger_open_ms_10k,
    note: ledgerNote({ values, opens, waits, settles, seeded, failures, held }),
  };
}

/**
 * The warm condition of the ledger and popup rows, made explicit: the bench's worker keeps a
 * connection to the database open (storage-idle.ts `holdOpen`), as the popup holds one when a
 * person opens the ledger from its link. Returns whether a connection is held.
 */
export async function holdDatabaseOpen(b: BenchBrowser): Promise<boolean> {
  const sw = await seedWorker(b);
  return (await sw.evaluate('globalThis.__tlSeed.holdOpen()')) as boolean;
}

/** Longest wait for the browser to close the database's files before a cold load. */
const CLOSE_TIMEOUT_MS = 15_000;

/**
 * The cold condition: stop the extension's service workers (the background's connection and
 * the bench's held one go with them, as when the worker falls asleep) and wait until the
 * browser has closed the database's files (storage-closed.ts; 2 s after the last connection
 * closes). Returns the wait in ms, -1 when the files stayed open, or -2 when they cannot be
 * seen (not Linux: a fixed 2.5 s instead).
 */
async function storageClosed(
  b: BenchBrowser,
  cdp: CDPSession,
  timeoutMs = CLOSE_TIMEOUT_MS,
): Promise<number> {
  await cdp.send('ServiceWorker.stopAllWorkers');
  const t0 = Date.now();
  if (idbFilesOpen(b.profileDir) === null) {
    await new Promise((ok) => setTimeout(ok, 2500));
    return -2;
  }
  while (Date.now() - t0 < timeoutMs) {
    if (idbFilesOpen(b.profileDir) === 0) return Date.now() - t0;
    await new Promise((ok) => setTimeout(ok, 50));
  }
  return -1;
}

/** A cold row's note: the loads in order, the page's first IndexedDB open, the waits. */
export function coldNote(
  what: string,
  r: { values: number[]; opens: number[]; waits: number[] },
): string {
  const seen = r.waits.filter((w) => w >= 0);
  const stayedOpen = r.waits.filter((w) => w === -1).length;
  const unseen = r.waits.filter((w) => w === -2).length;
  return [
    `report only: median of ${r.values.length} loads, ${what}, each begun with the service worker stopped and the database's files closed by the browser (waited ${medianMax(seen)}${stayedOpen ? `; ${stayedOpen} time(s) they stayed open 15 s, that load not counted` : ''}${unseen ? `; ${unseen} time(s) not visible, waited 2.5 s` : ''})`,
    inOrder(r.values),
    `the page's first IndexedDB open → success: ${medianMax(r.opens)}`,
  ].join('; ');
}

/**
 * ledger_open_ms_10k_cold and popup_ready_ms_cold (report only): the same clocks as the
 * budgeted rows, each load begun with the database closed (`storageClosed`), ledger and popup
 * alternating. Run last: the service worker is stopped from here on.
 */
export async function coldRows(b: BenchBrowser, runs: number, seeded: number): Promise<BenchRow[]> {
  const holder = await b.newTab();
  const cdp = await b.context.newCDPSession(holder);
  await cdp.send('ServiceWorker.enable');
  type Cold = { values: number[]; opens: number[]; waits: number[] };
  const cold = (): Cold => ({ values: [], opens: [], waits: [] });
  const r = { ledger: cold(), popup: cold() };
  // One load begun with the database closed; not counted when its files stayed open.
  const load = async (
    into: Cold,
    page: string,
    ready: string,
    timeoutMs: number,
    viewport?: { width: number; height: number },
  ) => {
    const wait = await storageClosed(b, cdp);
    into.waits.push(wait);
    const t = await timeLoad(b, b.extensionUrl(page), ready, timeoutMs, viewport, IDB_OPEN_MARK);
    if (t.at === null || wait === -1) return;
    into.values.push(t.at);
    const open = openMs(t);
    if (open !== null) into.opens.push(open);
  };
  try {
    // The first close after the seeding can take longer (Chromium may tidy the database before
    // it closes it): wait for it once, outside the loads.
    await storageClosed(b, cdp, 60_000);
    for (let i = 0; i < runs; i++) {
      await load(r.ledger, 'ledger.html', FIRST_ROW, 30_000);
      await load(r.popup, 'popup.html', INTERACTIVE, 10_000, { width: 400, height: 600 });
    }
  } finally {
    await cdp.detach().catch(() => undefined);
    await holder.close();
  }
  const row = (name: string, x: Cold, what: string): BenchRow =>
    x.values.length
      ? { name, value: median(x.values), unit: 'ms', budget: null, note: coldNote(what, x) }
      : missingRow(name, 'ms', null, `no cold load of ${what} finished`);
  return [
    row(
      'ledger_open_ms_10k_cold',
      r.ledger,
      `ledger.html with ${seeded.toLocaleString('en-US')} letters stored`,
    ),
    row('popup_ready_ms_cold', r.popup, 'popup.html, 400×600'),
  ];
}
