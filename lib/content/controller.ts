/**
 * The content script's loop, kept free of browser globals so it can be tested: evaluate the
 * page, report changes, hand matches to the panel, and re-evaluate when the page changes — but
 * boundedly. Mutations are not processed one by one: the first one disconnects the observer
 * and schedules one evaluation; the observer reconnects after it. A per-minute budget (runs and
 * milliseconds) caps the work on pages that never stop mutating.
 */
import type { Detection, LensGlobal } from './types';

/** Tuning of the re-evaluation loop. */
export const LIMITS = {
  /** Wait this long after the first mutation before evaluating (late content settles). */
  debounceMs: 700,
  /**
   * Wait this long before retrying a run that ran out of time (a cold first run: pattern
   * compilation, unoptimised code). Short, because a matching page's panel waits on it; the
   * retries are few (MAX_RETRIES) and each stays within the detector's time budget.
   */
  retryMs: 50,
  /** Budget window. */
  windowMs: 60_000,
  /** At most this many evaluations per window… */
  maxRuns: 10,
  /** …and at most this much detector time per window. */
  maxMs: 300,
};

/** What the controller needs from the page and the extension. */
export interface ControllerDeps {
  /**
   * Run detection. `first` is the page's first run, which also pays one-off costs (compiling
   * the detector's code and patterns in this page's world) and gets a larger time budget.
   */
  detect(first: boolean): Detection;
  /** Tell the background (badge, panel injection). */
  report(result: Detection, panelLoaded: boolean): Promise<void> | void;
  url(): string;
  /** Start observing DOM changes; returns the disconnect function. */
  observe(onChange: () => void): () => void;
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
  lens: LensGlobal;
  /** True when a run gave no decision (time budget exceeded): try again later, boundedly. */
  undecided?(result: Detection): boolean;
}

/** Consecutive undecided runs retried before the loop waits for the page to change. */
export const MAX_RETRIES = 3;

/** The running loop of one page. */
export interface Controller {
  /** Evaluate now (outside the budget: start-up, "Check this page"). */
  evaluate(): Detection;
  /** Something changed (mutation, navigation): evaluate soon, within the budget. */
  schedule(): void;
  /** Begin watching the page for changes. */
  watch(): void;
  stop(): void;
  /** Budget bookkeeping, for tests and diagnostics. */
  stats(): { runs: number; spentMs: number; evaluations: number };
}

/** Create the loop. Nothing runs until `evaluate()`, `watch()` or `schedule()`. */
export function createController(d: ControllerDeps): Controller {
  let last: { url: string; match: boolean; key: string } | null = null;
  let windowStart = d.now();
  let runs = 0;
  let spent = 0;
  let evaluations = 0;
  let timer: unknown = null;
  let disconnect: (() => void) | null = null;
  let watching = false;
  let stopped = false;
  let retries = 0;

  const key = (r: Detection) => r.mentions.map((m) => m.text).join('\u0000');

  function evaluate(): Detection {
    const t0 = d.now();
    const r = d.detect(evaluations === 0);
    d.lens.last = r;
    const t1 = d.now();
    evaluations++;
    runs++;
    if (d.undecided?.(r)) {
      // A cold first run (pattern compilation, JIT) can exceed the time budget on a slow
      // machine. Retries are bounded by MAX_RETRIES and their time is kept out of the
      // per-minute budget, so one cold start does not defer the next evaluation by a minute.
      if (retries++ < MAX_RETRIES) schedule(true);
      return r;
    }
    // The first run pays one-off costs (pattern compilation, cold JIT) that can alone exceed
    // the per-minute budget; counting it would defer the next evaluation by a minute.
    if (evaluations > 1) spent += t1 - t0;
    retries = 0;
    const url = d.url();
    const k = r.match ? key(r) : '';
    const changed = !last || last.url !== url || last.match !== r.match || last.key !== k;
    if (r.match) {
      d.lens.result = r;
      if (changed) d.lens.panel?.update(r);
    } else if (d.lens.panel) {
      d.lens.panel.destroy();
      d.lens.panel = undefined;
      d.lens.result = undefined;
    }
    // Non-matching pages stay silent unless they matched before (the badge must go).
    if (changed && (r.match || last?.match)) void d.report(r, !!d.lens.panel);
    last = { url, match: r.match, key: k };
    return r;
  }

  function connect() {
    if (!watching || stopped || disconnect) return;
    disconnect = d.observe(() => schedule());
  }

  function run(retry = false) {
    timer = null;
    if (stopped) return;
    const now = d.now();
    if (now - windowStart >= LIMITS.windowMs) {
      windowStart = now;
      runs = 0;
      spent = 0;
    }
    // A retry of an undecided run is exempt: it is bounded by MAX_RETRIES, and the cold first
    // run alone can exhaust the millisecond budget.
    if (!retry && (runs >= LIMITS.maxRuns || spent >= LIMITS.maxMs)) {
      // Over budget: one deferred evaluation when the window turns, nothing before.
      timer = d.setTimeout(() => run(), windowStart + LIMITS.windowMs - now);
      return;
    }
    evaluate();
    connect();
  }

  function schedule(retry = false) {
    if (stopped || timer !== null) return;
    disconnect?.();
    disconnect = null;
    timer = d.setTimeout(() => run(retry), retry ? LIMITS.retryMs : LIMITS.debounceMs);
  }

  return {
    evaluate,
    schedule: () => schedule(),
    watch() {
      watching = true;
      connect();
    },
    stop() {
      stopped = true;
      disconnect?.();
      disconnect = null;
      if (timer !== null) d.clearTimeout(timer);
      timer = null;
    },
    stats: () => ({ runs, spentMs: spent, evaluations }),
  };
}
