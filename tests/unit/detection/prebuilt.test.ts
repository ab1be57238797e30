// The detector bundle carries the grammar's regex sources and the fold table precomputed
// (lib/build/detector.ts): the bundle must use them, and they must be what the detector would
// otherwise build in the page.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  buildDetector,
  buildPrefilter,
  COMPILE_ALL,
  detectorDefines,
} from '../../../lib/build/detector';
import { foldEntries, normalize } from '../../../lib/detection/normalize';
import { grammarSources, KINDS, matcher } from '../../../lib/detection/patterns';

type Globals = { __TL_GRAMMAR__?: unknown; __TL_FOLD__?: unknown };
const globals = globalThis as Globals;

afterEach(() => {
  delete globals.__TL_GRAMMAR__;
  delete globals.__TL_FOLD__;
  vi.resetModules();
});

describe('precomputed grammar and fold table', () => {
  it('are the sources and table built from TABLE and Unicode data', async () => {
    const d = await detectorDefines();
    const g = JSON.parse(d.__TL_GRAMMAR__!) as ReturnType<typeof grammarSources>;
    expect(g).toEqual(grammarSources());
    expect(new RegExp(g.matcher, 'gu').source).toBe(matcher().source);
    expect(Object.keys(g.labels)).toEqual([...KINDS]);
    expect(JSON.parse(d.__TL_FOLD__!)).toEqual(foldEntries());
    expect(foldEntries().length).toBeGreaterThan(500);
  });

  it('are what the detector compiles when they are defined', async () => {
    const g = grammarSources();
    globals.__TL_GRAMMAR__ = { ...g, matcher: 'prebuilt-matcher' };
    globals.__TL_FOLD__ = [['é', 'e']];
    vi.resetModules();
    const p = await import('../../../lib/detection/patterns');
    const n = await import('../../../lib/detection/normalize');
    expect(p.matcher().source).toBe('prebuilt-matcher');
    // Only the defined table folds: "ü" is not in it.
    expect(n.normalize('Éü')).toBe('eü');
    expect(normalize('Éü')).toBe('eu');
  });

  it('are defined in the built detector', async () => {
    const js = await buildDetector(process.cwd());
    expect(js).not.toContain('__TL_GRAMMAR__');
    expect(js).not.toContain('__TL_FOLD__');
    expect(js).toContain('Council of Europe');
  });
});

describe('the every-page bundle (prefilter.js)', () => {
  it("opens with V8's compile-all hint, so no function is compiled lazily on its first call", async () => {
    const js = await buildPrefilter(process.cwd());
    // The hint counts only as a line comment of its own, ahead of the code.
    expect(js.split('\n')[0]).toBe(COMPILE_ALL);
    expect(COMPILE_ALL).toBe('//# allFunctionsCalledOnLoad');
    expect(js).toContain('content:hello');
  });
});
