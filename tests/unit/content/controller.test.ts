import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createController,
  LIMITS,
  MAX_RETRIES,
  type ControllerDeps,
} from '../../../lib/content/controller';
import type { Detection, LensGlobal, PanelHandle } from '../../../lib/content/types';

const hit: Detection = {
  match: true,
  score: 0.9,
  lang: 'en',
  mentions: [
    {
      text: 'UN Convention against Cybercrime',
      context: '… the UN Convention against Cybercrime …',
    },
  ],
  reasons: [],
};
const miss: Detection = { match: false, score: 0, lang: 'en', mentions: [], reasons: [] };

/** A fake page: a detector whose answer the test sets, a URL, and a controllable observer. */
function setup() {
  let answer = miss;
  let url = 'https://news.example/a';
  let clock = 0;
  let onChange: (() => void) | null = null;
  const reports: { match: boolean; panelLoaded: boolean }[] = [];
  const lens: LensGlobal = {};
  let cost = 5;
  const detect = vi.fn((_first: boolean) => {
    clock += cost; // each detector run costs 5 ms of (fake) time unless told otherwise
    cost = 5;
    return answer;
  });
  const deps: ControllerDeps = {
    detect,
    report: (r, panelLoaded) => void reports.push({ match: r.match, panelLoaded }),
    url: () => url,
    observe: (cb) => {
      onChange = cb;
      return () => {
        onChange = null;
      };
    },
    now: () => clock + Date.now(),
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
    lens,
    undecided: (r) => r.reasons.some((x) => x.startsWith('time budget')),
  };
  return {
    ctl: createController(deps),
    detect,
    reports,
    lens,
    set: (d: Detection) => (answer = d),
    go: (u: string) => (url = u),
    mutate: () => onChange?.(),
    observing: () => onChange !== null,
    coldRun: (ms: number) => (cost = ms),
  };
}

describe('content-script controller', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  it("tells the detector which run is the page's first (it gets the larger budget)", () => {
    const p = setup();
    p.set(hit);
    p.ctl.evaluate();
    p.ctl.evaluate();
    expect(p.detect.mock.calls.map((c) => c[0])).toEqual([true, false]);
  });

  it('stays silent on a non-matching page and reports a match', () => {
    const p = setup();
    p.ctl.evaluate();
    expect(p.reports).toEqual([]);
    p.set(hit);
    p.ctl.evaluate();
    expect(p.reports).toEqual([{ match: true, panelLoaded: false }]);
    expect(p.lens.result).toBe(hit);
    // Same result again: nothing new to say.
    p.ctl.evaluate();
    expect(p.reports).toHaveLength(1);
  });

  it('removes the panel and clears the badge when the route no longer matches', () => {
    const p = setup();
    const panel: PanelHandle = { update: vi.fn(), destroy: vi.fn() };
    p.set(hit);
    p.ctl.evaluate();
    p.lens.panel = panel;
    p.go('https://news.example/other');
    p.set(miss);
    p.ctl.evaluate();
    expect(panel.destroy).toHaveBeenCalledOnce();
    expect(p.lens.panel).toBeUndefined();
    expect(p.reports.at(-1)).toEqual({ match: false, panelLoaded: false });
  });

  it('updates a mounted panel when a new route matches', () => {
    const p = setup();
    const panel: PanelHandle = { update: vi.fn(), destroy: vi.fn() };
    p.set(hit);
    p.ctl.evaluate();
    p.lens.panel = panel;
    p.go('https://news.example/b');
    p.ctl.evaluate();
    expect(panel.update).toHaveBeenCalledWith(hit);
    expect(p.reports.at(-1)).toEqual({ match: true, panelLoaded: true });
  });

  it('follows late content: one evaluation after the mutations settle', () => {
    const p = setup();
    p.ctl.evaluate();
    p.ctl.watch();
    p.set(hit);
    for (let i = 0; i < 50; i++) p.mutate();
    expect(p.observing()).toBe(false); // the first mutation disconnects the observer
    expect(p.detect).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(LIMITS.debounceMs);
    expect(p.detect).toHaveBeenCalledTimes(2);
    expect(p.reports).toEqual([{ match: true, panelLoaded: false }]);
    expect(p.observing()).toBe(true);
  });

  it('bounds the work on a page that never stops mutating', () => {
    const p = setup();
    p.ctl.watch();
    // Mutate continuously for five minutes.
    for (let t = 0; t < 5 * 60_000; t += 50) {
      p.mutate();
      vi.advanceTimersByTime(50);
    }
    const perMinute = p.detect.mock.calls.length / 5;
    expect(perMinute).toBeLessThanOrEqual(LIMITS.maxRuns + 1);
    expect(p.detect.mock.calls.length).toBeGreaterThan(5); // it still follows the page
  });

  it('retries a run that ran out of time, a bounded number of times', () => {
    const p = setup();
    const slow: Detection = { ...miss, reasons: ['time budget of 50 ms exceeded: no decision'] };
    p.set(slow);
    p.coldRun(LIMITS.maxMs * 2); // a cold first run that alone exhausts the millisecond budget
    p.ctl.watch();
    p.ctl.evaluate();
    vi.advanceTimersByTime(10 * LIMITS.debounceMs);
    expect(p.detect).toHaveBeenCalledTimes(1 + MAX_RETRIES);
    p.set(hit);
    p.mutate();
    vi.advanceTimersByTime(LIMITS.debounceMs);
    expect(p.reports).toEqual([{ match: true, panelLoaded: false }]);
  });

  it('does not let a slow cold first run defer the next evaluation', () => {
    const p = setup();
    p.coldRun(LIMITS.maxMs * 2);
    p.ctl.watch();
    p.ctl.evaluate();
    p.set(hit);
    p.mutate();
    vi.advanceTimersByTime(LIMITS.debounceMs);
    expect(p.reports).toEqual([{ match: true, panelLoaded: false }]);
  });

  it('stops everything on stop()', () => {
    const p = setup();
    p.ctl.watch();
    p.mutate();
    p.ctl.stop();
    vi.advanceTimersByTime(10 * LIMITS.debounceMs);
    expect(p.detect).not.toHaveBeenCalled();
    expect(p.observing()).toBe(false);
    p.mutate();
    expect(vi.getTimerCount()).toBe(0);
  });
});
