// The time budget, tested with injected clocks only: no real timing is asserted.
import { describe, expect, it } from 'vitest';
import { detect, DEFAULT_BUDGET_MS } from '../../../lib/detection';
import { NODES_PER_CHECK, PHASE } from '../../../lib/detection/clock';
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
    expect(r.reasons.join(' ')).toMatch(/exceeded in matching/);
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

/**
 * A fake clock that advances with the work done on the DOM: DELTA ms for every node visited
 * through the tree accessors, and for every node a selector query, tag collection or
 * textContent read runs over (a query over the whole page costs the whole page, as it does
 * in a browser, where it cannot be interrupted either).
 */
const DELTA = 0.001;
function nodeClock(doc: Document) {
  let t = 0;
  const size = new WeakMap<Node, number>();
  const count = (n: Node): number => {
    let s = 1;
    for (let c = n.firstChild; c; c = c.nextSibling) s += count(c);
    size.set(n, s);
    return s;
  };
  count(doc);
  const undo: (() => void)[] = [];
  const owner = (o: object, name: string): object => {
    let p: object | null = o;
    while (p && !Object.getOwnPropertyDescriptor(p, name)) p = Object.getPrototypeOf(p) as object;
    if (!p) throw new Error(`no ${name}`);
    return p;
  };
  const hook = (o: object, name: string, cost: (self: Node) => number) => {
    const proto = owner(o, name);
    const d = Object.getOwnPropertyDescriptor(proto, name)!;
    const wrapped: PropertyDescriptor = { ...d };
    if (d.get)
      wrapped.get = function (this: Node) {
        t += cost(this) * DELTA;
        return d.get!.call(this) as unknown;
      };
    else
      wrapped.value = function (this: Node, ...args: unknown[]) {
        t += cost(this) * DELTA;
        return (d.value as (...a: unknown[]) => unknown).apply(this, args);
      };
    Object.defineProperty(proto, name, wrapped);
    undo.push(() => Object.defineProperty(proto, name, d));
  };
  const one = () => 1;
  const whole = (n: Node) => size.get(n) ?? 1;
  const el = doc.body;
  for (const g of ['firstChild', 'nextSibling', 'parentNode', 'parentElement']) hook(el, g, one);
  for (const g of ['firstElementChild', 'nextElementSibling']) hook(el, g, one);
  hook(el, 'textContent', whole);
  for (const m of ['querySelectorAll', 'querySelector', 'getElementsByTagName']) {
    hook(el, m, whole);
    if (owner(doc, m) !== owner(el, m)) hook(doc, m, whole);
  }
  for (const m of ['closest', 'matches']) hook(el, m, one);
  return { now: () => t, time: () => t, restore: () => undo.reverse().forEach((f) => f()) };
}

/** The most the clock can move between two looks at it: one batch of nodes, a few accessors each. */
const STEP_MS = NODES_PER_CHECK * 4 * DELTA;
const LONG_LEAD = `<p>The UN Convention against Cybercrime. ${'Opening words of the story. '.repeat(400)}</p>`;

describe('time budget in every phase (clock driven by nodes visited)', { timeout: 120_000 }, () => {
  const cases: [string, string, number][] = [
    // No anchor anywhere: the pre-filter walks the whole page.
    [
      PHASE.scan,
      `<html lang="en"><body><article>${'<p>Filler <b>bold</b> text</p>'.repeat(10_000)}</article></body></html>`,
      20,
    ],
    // The first words name the treaty, then 40,000 elements to choose the article among.
    [
      PHASE.select,
      `<html lang="en"><body><article>${LONG_LEAD}${'<div><span>x</span></div>'.repeat(20_000)}</article></body></html>`,
      20,
    ],
    // Few elements to choose among (paragraphs), but 65,000 text and comment nodes in them.
    [
      PHASE.read,
      `<html lang="en"><body><article>${LONG_LEAD}${'<p>a<!---->b<!---->c<!---->d<!---->e<!---->f<!---->g</p>'.repeat(5_000)}</article></body></html>`,
      20,
    ],
  ];
  it.each(cases)('stops in %s within the budget plus one batch of nodes', (phase, html, budget) => {
    const doc = parse(html);
    const clock = nodeClock(doc);
    let r;
    try {
      r = detect(doc, { now: clock.now, timeBudgetMs: budget });
    } finally {
      clock.restore();
    }
    expect(clock.time()).toBeLessThanOrEqual(budget + STEP_MS);
    expect(r.match).toBe(false);
    expect(r.reasons.join(' ')).toContain(`time budget of ${budget} ms exceeded in ${phase}`);
  });

  it('the same pages are decided in full when the budget allows it', () => {
    for (const [, html] of cases) {
      const doc = parse(html);
      const clock = nodeClock(doc);
      let r;
      try {
        r = detect(doc, { now: clock.now, timeBudgetMs: 1e6 });
      } finally {
        clock.restore();
      }
      expect(r.reasons.join(' ')).not.toMatch(/time budget/);
      // Each page costs several times the 20 ms budget used above.
      expect(clock.time()).toBeGreaterThan(40);
    }
  });
});
