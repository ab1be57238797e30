/**
 * Detection cost in real Chromium: `lib/detection` (the module the content script bundles) is
 * compiled to an IIFE and added to a generated page; each run times one `detect()` and, in the
 * same iteration, one plain read of the same DOM's text (a TreeWalker joining every text node),
 * alternating which goes first. The ratio is the median of the per-iteration ratios, so drift
 * (frequency scaling, GC, a busy neighbour) affects both sides of each pair alike.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { shimNames } from './browser';
import { median, missingRow, pairedRatios, type BenchRow } from './report';

/** Bundle lib/detection for the page (global `__treatyLensDetection`). */
export async function bundleDetection(): Promise<string> {
  const { build } = await import('esbuild');
  const out = await build({
    entryPoints: [resolve('lib/detection/index.ts')],
    bundle: true,
    format: 'iife',
    globalName: '__treatyLensDetection',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

/**
 * The content script's own time budget, read from its source (`timeBudgetMs: …` in
 * lib/content) so the benchmark follows it; importing lib/content would pull in the extension
 * messaging layer. Falls back to detection's default when the content script passes none.
 */
export function contentBudgetMs(): { ms: number; from: string } {
  const read = (f: string) => {
    try {
      return readFileSync(resolve(f), 'utf8');
    } catch {
      return '';
    }
  };
  const content = read('lib/content/index.ts');
  const detection = read('lib/detection/index.ts');
  const constant = (name: string) => {
    for (const [file, src] of [
      ['lib/content', content],
      ['lib/detection', detection],
    ] as const) {
      const m = new RegExp(`export const ${name}\\s*=\\s*(\\d+)`).exec(src);
      if (m) return { ms: Number(m[1]), from: `${name} in ${file}` };
    }
    return null;
  };
  const used = /timeBudgetMs:\s*([A-Za-z_$][\w$]*|\d+)/.exec(content)?.[1];
  if (used && /^\d+$/.test(used)) return { ms: Number(used), from: 'lib/content' };
  const found = (used && constant(used)) ?? constant('DEFAULT_BUDGET_MS');
  if (!found) throw new Error('no detection time budget found in lib/content or lib/detection');
  return found;
}

/** Raw samples of one page (main-thread CPU milliseconds, noise-calibrated). */
export interface DetectSamples {
  detectMs: number[];
  readMs: number[];
  /** Wall-clock medians, for the note. */
  detectWallMs: number;
  readWallMs: number;
  match: boolean;
  mentions: number;
  timedOut: boolean;
  textChars: number;
  elements: number;
}

interface BenchGlobal {
  read(): number;
  detect(): number;
  noop(): number;
  summary(): {
    match: boolean;
    mentions: number;
    timedOut: boolean;
    textChars: number;
    elements: number;
  };
}

/**
 * Time detect() and the plain text read, interleaved, in the page. Each operation is one
 * `page.evaluate`, bracketed by CDP `Performance.getMetrics` in thread-CPU ticks: the renderer
 * main thread's CPU time, which (unlike wall time) does not grow when other processes compete
 * for the cores. The cost of an empty evaluate is measured the same way and subtracted.
 */
export async function sampleDetection(
  page: Page,
  bundle: string,
  runs: number,
  budgetMs: number | null,
  /** Collect garbage before each timed call (slow on a 200,000-element DOM). */
  gcBetween = true,
): Promise<DetectSamples> {
  await page.addScriptTag({ content: bundle });
  await shimNames(page);
  await page.evaluate((budgetMs) => {
    interface Det {
      detect(
        root: Document,
        o: { timeBudgetMs?: number; now?: () => number },
      ): { match: boolean; mentions: unknown[]; reasons: string[] };
    }
    const det = (globalThis as unknown as { __treatyLensDetection: Det }).__treatyLensDetection;
    const opts = { timeBudgetMs: budgetMs ?? Infinity, now: () => performance.now() };
    const readText = (): number => {
      const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const parts: string[] = [];
      for (let n = w.nextNode(); n; n = w.nextNode()) parts.push((n as Text).data);
      return parts.join('').length;
    };
    let last = det.detect(document, opts);
    const timed = (f: () => void) => {
      const t = performance.now();
      f();
      return performance.now() - t;
    };
    const bench: BenchGlobal = {
      read: () => timed(readText),
      detect: () => timed(() => (last = det.detect(document, opts))),
      noop: () => timed(() => undefined),
      summary: () => ({
        match: last.match,
        mentions: last.mentions.length,
        timedOut: last.reasons.some((r) => /time budget/i.test(r)),
        textChars: readText(),
        elements: document.getElementsByTagName('*').length,
      }),
    };
    (globalThis as unknown as { __tlBench: BenchGlobal }).__tlBench = bench;
  }, budgetMs);

  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const cpu = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN) * 1000;
  };
  const gc = () => page.evaluate('globalThis.gc?.()');
  const run = async (op: 'read' | 'detect' | 'noop') => {
    if (op !== 'noop' && gcBetween) await gc();
    const c0 = await cpu();
    const wall = await page.evaluate(`__tlBench.${op}()`);
    const c1 = await cpu();
    return { cpu: c1 - c0, wall: Number(wall) };
  };

  // Warm-up: JIT both paths, then calibrate the cost of an empty evaluate.
  for (let i = 0; i < 2; i++) {
    await run('read');
    await run('detect');
  }
  const noops: number[] = [];
  for (let i = 0; i < 15; i++) noops.push((await run('noop')).cpu);
  const base = median(noops);

  const detectMs: number[] = [];
  const readMs: number[] = [];
  const detectWall: number[] = [];
  const readWall: number[] = [];
  for (let i = 0; i < runs; i++) {
    const order: ('read' | 'detect')[] = i % 2 ? ['detect', 'read'] : ['read', 'detect'];
    for (const op of order) {
      const r = await run(op);
      (op === 'read' ? readMs : detectMs).push(Math.max(0, r.cpu - base));
      (op === 'read' ? readWall : detectWall).push(r.wall);
    }
  }
  const summary = (await page.evaluate('__tlBench.summary()')) as ReturnType<
    BenchGlobal['summary']
  >;
  await cdp.detach();
  return {
    detectMs,
    readMs,
    detectWallMs: median(detectWall),
    readWallMs: median(readWall),
    ...summary,
  };
}

/** Rows for one page: detect ms, read ms and their ratio. */
export function detectionRows(
  s: DetectSamples,
  names: { ms: string; readMs: string; ratio: string },
  budgetRatio: number,
  describe: string,
): BenchRow[] {
  const ratios = pairedRatios(s.detectMs, s.readMs);
  const detail = `${describe}; ${s.elements.toLocaleString('en-US')} elements, ${s.textChars.toLocaleString('en-US')} chars of text; match=${s.match}, ${s.mentions} mention(s)${s.timedOut ? ', stopped by the time budget' : ''}; main-thread CPU, median of ${s.detectMs.length} interleaved runs (wall ${s.detectWallMs.toFixed(1)} ms)`;
  if (!ratios.length)
    return [missingRow(names.ratio, 'x', budgetRatio, 'text read took 0 ms in every run')];
  return [
    { name: names.ms, value: median(s.detectMs), unit: 'ms', budget: null, note: detail },
    {
      name: names.readMs,
      value: median(s.readMs),
      unit: 'ms',
      budget: null,
      note: `TreeWalker joining every text node of <body> once (wall ${s.readWallMs.toFixed(1)} ms)`,
    },
    {
      name: names.ratio,
      value: median(ratios),
      unit: 'x',
      budget: budgetRatio,
      note: 'median of per-run detect ÷ text-read ratios',
    },
  ];
}
