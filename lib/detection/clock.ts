/**
 * The time budget, shared by every phase of detection (pre-filter, article selection, text
 * collection, matching). Each phase counts its own steps — a node visited, a text chunk
 * scanned, a matcher window — and calls `check()` every so often; past the deadline `check()`
 * throws `Timeout`, which `analyze()`/`detect()` catch once. A phase therefore overruns the
 * budget by at most one batch of steps, never by a whole phase.
 */

/** Thrown by `Clock.check()` once the deadline has passed; the message is the phase. */
export class Timeout extends Error {}

/** Nodes visited between two looks at the clock. */
export const NODES_PER_CHECK = 256;

export interface Clock {
  /** Throw `Timeout` (naming `phase`) if the deadline has passed. */
  check(phase: string): void;
  readonly budgetMs: number;
}

/** A clock for one detection: `budgetMs` from now, read through the injectable `now`. */
export function startClock(now: () => number, budgetMs: number): Clock {
  const deadline = now() + budgetMs;
  return {
    budgetMs,
    check(phase) {
      if (now() > deadline) throw new Timeout(phase);
    },
  };
}

/** Phase names, as they appear in the "time budget exceeded" reason (for tests and docs). */
export const PHASE = {
  scan: 'pre-filter',
  select: 'selection',
  read: 'reading',
  match: 'matching',
} as const;
