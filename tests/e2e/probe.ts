/**
 * Read-only probes for load tests in Chromium (CDP), which watch what the extension does in a page
 * without changing it:
 *
 * - `coverage`: V8's precise block coverage counts how often a piece of the built content script
 *   ran: e.g. the controller's call into the detector (one per evaluation), or the code that
 *   gives up when the time budget runs out. A piece is named by text it contains in the built
 *   file (object keys and string literals survive minification).
 * - `responsiveness`: frame gaps and keyboard-input delay, recorded by the page itself.
 * - `plainChromium`: the same Chromium and flags without the extension, for comparisons.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { chromiumPath } from './browsers';
import { chromiumFlags, type ChromiumSession } from './harness';

interface Range {
  startOffset: number;
  endOffset: number;
  count: number;
}
interface ScriptCoverage {
  url: string;
  functions: { functionName: string; ranges: Range[] }[];
}

/** Running precise coverage of one built script in one tab. */
export interface Coverage<K extends string> {
  /**
   * How many times the code at each marker ran since the last call (V8 resets its counters on
   * every read): the count of the innermost function or block around each place it matches.
   */
  take(): Promise<Record<K, number>>;
  stop(): Promise<void>;
}

/** Precise block coverage with call counts, in `cdp`'s tab. It deoptimises JavaScript there. */
export async function startCoverage(cdp: CDPSession): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.startPreciseCoverage', { callCount: true, detailed: true });
}

/**
 * Count runs of the code at each marker (regular expressions) in the built script `file` (e.g.
 * `detector.js`), in `page`. Start it before navigating: counts start then, and V8 keeps block
 * counts (code inside a function) only for code compiled after coverage started; earlier code
 * reports its whole function's count.
 * Counting deoptimises JavaScript: time nothing against a page that is not counted too.
 */
export async function coverage<K extends string>(
  s: ChromiumSession,
  page: Page,
  file: string,
  markers: Record<K, RegExp>,
): Promise<Coverage<K>> {
  const source = readFileSync(join(s.extensionDir, file), 'utf8');
  const places = Object.entries<RegExp>(markers).map(([k, re]) => {
    const at = [...source.matchAll(new RegExp(re.source, `${re.flags.replace('g', '')}g`))].map(
      (m) => m.index,
    );
    if (!at.length) throw new Error(`${re} does not occur in ${file}: the probe names nothing`);
    return [k as K, at] as const;
  });
  const url = s.extensionUrl(file);
  const cdp = await s.context.newCDPSession(page);
  await startCoverage(cdp);
  return {
    async take() {
      const { result } = (await cdp.send('Profiler.takePreciseCoverage')) as unknown as {
        result: ScriptCoverage[];
      };
      // Ranges nest; the innermost one around a place carries its count. A script that did not
      // run since the last read may be left out: its count is 0.
      const ranges = result
        .filter((sc) => sc.url === url)
        .flatMap((sc) => sc.functions.flatMap((f) => f.ranges));
      const innermost = (x: number) => {
        let best: Range | undefined;
        for (const r of ranges)
          if (r.startOffset <= x && x < r.endOffset)
            if (!best || r.endOffset - r.startOffset < best.endOffset - best.startOffset) best = r;
        return best;
      };
      const counts = {} as Record<K, number>;
      for (const [k, at] of places) {
        const found = new Set(at.map(innermost).filter((r): r is Range => !!r));
        counts[k] = [...found].reduce<number>((n, r) => n + r.count, 0);
      }
      return counts;
    },
    async stop() {
      await cdp.send('Profiler.stopPreciseCoverage');
      await cdp.detach();
    },
  };
}

/** The controller's call into the detector: `detect: () => detect(document, { timeBudgetMs … })`. */
export const EVALUATION = /timeBudgetMs\s*:/;
/** Where the detector gives up: the reason it gives when its time budget ran out. */
export const GAVE_UP = /time budget of /;

/**
 * Installed before the page's own scripts (`page.addInitScript`): records every gap between
 * animation frames and the delay of every key press (handler start − event time stamp).
 */
export const RESPONSIVENESS_RECORDER = `(() => {
  const r = (window.__responsiveness = { gaps: [], inputs: [] });
  let last = 0;
  const tick = (t) => { if (last) r.gaps.push([t, t - last]); last = t; requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  addEventListener('keydown', (e) => r.inputs.push([e.timeStamp, performance.now() - e.timeStamp]), true);
})();`;

/** Frames drawn and key-press delays (ms) in a period. */
export interface Responsiveness {
  frames: number;
  maxFrameGap: number;
  inputs: number;
  medianInputDelay: number;
  maxInputDelay: number;
}

/**
 * Type into the page for `ms` (a key every 100 ms) and report what the recorder saw meanwhile.
 * The page must have `RESPONSIVENESS_RECORDER` installed. On a shared machine the worst values
 * are mostly the machine's: compare frames and medians, measured at the same time as the page
 * they are compared with.
 */
export async function responsiveness(page: Page, ms: number): Promise<Responsiveness> {
  const from = await page.evaluate('performance.now()');
  const end = Date.now() + ms;
  while (Date.now() < end) {
    await page.keyboard.press('x');
    await new Promise((r) => setTimeout(r, 100));
  }
  return page.evaluate(`(() => {
    const r = window.__responsiveness;
    const gaps = r.gaps.filter(([t]) => t >= ${from}).map(([, g]) => g);
    const inputs = r.inputs.filter(([t]) => t >= ${from}).map(([, d]) => d).sort((a, b) => a - b);
    return {
      frames: gaps.length,
      maxFrameGap: Math.max(0, ...gaps),
      inputs: inputs.length,
      medianInputDelay: inputs.length ? inputs[inputs.length >> 1] : Infinity,
      maxInputDelay: Math.max(0, ...inputs),
    };
  })()`);
}

/** One line for the test log. */
export const describeResponsiveness = (r: Responsiveness) =>
  `${r.frames} frames (worst gap ${r.maxFrameGap.toFixed(0)} ms), ${r.inputs} keys (median delay ${r.medianInputDelay.toFixed(0)} ms, worst ${r.maxInputDelay.toFixed(0)} ms)`;

/** The same Chromium, flags and viewport as the harness, without the extension. */
export async function plainChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--disable-extensions', ...chromiumFlags],
  });
}
