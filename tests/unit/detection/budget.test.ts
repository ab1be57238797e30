// The time budget, tested with injected clocks only: no real timing is asserted.
import { describe, expect, it } from 'vitest';
import { detect, DEFAULT_BUDGET_MS } from '../../../lib/detection';
import { parse } from './helpers';

/** A clock that advances `step` ms every time it is read, and counts the reads. */
function ticking(step: number) {
  let t = 0;
  const clock = () => {
    clock.reads++;
    return (t += step);
  };
  clock.reads = 0;
  return clock;
}

// ~200,000 nodes: 50,000 paragraphs of four nodes each, with a mention at the very top.
const BIG = parse(
  `<html lang="en"><body><article><p>The UN Convention against Cybercrime opens this story.</p>${'<p>Filler text <b>bold</b></p>'.repeat(50_000)}</article></body></html>`,
);

// Building and walking 200,000 happy-dom nodes is slow on a loaded machine; no timing is asserted.
describe('time budget', { timeout: 120_000 }, () => {
  it('defaults to a small budget suited to running on every page', () => {
    expect(DEFAULT_BUDGET_MS).toBeLessThanOrEqual(100);
  });

  it('gives up with match:false and a reason once the clock passes the budget', () => {
    const clock = ticking(1);
    const r = detect(BIG, { now: clock, timeBudgetMs: 20 });
    expect(r.match).toBe(false);
    expect(r.score).toBe(0);
    expect(r.mentions).toEqual([]);
    expect(r.reasons.join(' ')).toMatch(/time budget of 20 ms exceeded/);
    // It stopped soon after the deadline instead of finishing the page.
    expect(clock.reads).toBeLessThan(40);
  });

  it('reads the clock a bounded number of times on a 200,000-node page', () => {
    const clock = ticking(0);
    const r = detect(BIG, { now: clock, timeBudgetMs: 1 });
    // A frozen clock never passes the deadline, so the page is judged in full…
    expect(r.match).toBe(true);
    // …and the clock is read in batches (every 256 nodes), not once per node.
    expect(clock.reads).toBeGreaterThan(100);
    expect(clock.reads).toBeLessThan(2_000);
  });

  it('stops while matching, too, not only while reading the DOM', () => {
    // 10,000 mentions make many matcher windows; each one ends with a look at the clock.
    const doc = parse(
      `<html lang="en"><body><article>${'<p>UN cybercrime treaty</p>'.repeat(10_000)}</article></body></html>`,
    );
    const frozen = ticking(0);
    expect(detect(doc, { now: frozen, timeBudgetMs: 100 }).match).toBe(true);
    // Let time jump only for the last few reads, which happen in the matching loop.
    let reads = 0;
    const late = () => (++reads > frozen.reads - 3 ? 1e6 : 0);
    const r = detect(doc, { now: late, timeBudgetMs: 100 });
    expect(r.match).toBe(false);
    expect(r.reasons.join(' ')).toMatch(/exceeded/);
  });
});

describe('long articles about the treaty', () => {
  it('stop matching once 50 certain mentions decide the page, and report at most 50', () => {
    const doc = parse(
      `<html lang="en"><body><article>${'<p>The UN Convention against Cybercrime, again.</p>'.repeat(500)}</article></body></html>`,
    );
    const r = detect(doc, { now: () => 0 });
    expect(r.match).toBe(true);
    expect(r.mentions).toHaveLength(50);
    expect(r.reasons.join(' ')).toMatch(/stopped after 50 certain mentions/);
  });
});
