/**
 * Cost of the extension on pages that have nothing to do with the treaty: the renderer main
 * thread's CPU time (CDP Performance.getMetrics TaskDuration, thread ticks) for loading the same
 * realistic news pages in three identical Chromiums, one with the extension, one with the
 * control (an extension whose content script is empty) and one without, in one run. Each
 * load gets a fresh tab and the same settle time after `load`, long enough for late content.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession } from 'playwright-core';
import type { BenchBrowser } from './browser';
import { median, missingRow, pairedRatios, type BenchRow } from './report';

/** One page load's main-thread time, and what the extension did there. */
interface LoadSample {
  taskMs: number;
  /** The content script's isolated world was created in the page. */
  injected: boolean;
  /** A panel host appeared (the page would count as matching: a broken fixture). */
  panel: boolean;
}

async function isolatedWorldSeen(cdp: CDPSession, extensionId: string): Promise<boolean> {
  let seen = false;
  cdp.on('Runtime.executionContextCreated', (e) => {
    const ctx = e.context as { origin?: string; name?: string; auxData?: { type?: string } };
    if (ctx.auxData?.type === 'isolated' && (ctx.origin ?? '').includes(extensionId)) seen = true;
  });
  // Enabling Runtime replays every existing context, so this costs the measured load nothing.
  await cdp.send('Runtime.enable');
  await cdp.send('Runtime.disable');
  return seen;
}

async function loadOnce(b: BenchBrowser, url: string, settleMs: number): Promise<LoadSample> {
  const page = await b.newTab();
  const cdp = await b.context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const task = async () =>
    ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')
      ?.value ?? NaN) * 1000;
  const t0 = await task();
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await page.waitForTimeout(settleMs);
  const t1 = await task();
  const panel = (await page.evaluate('!!document.querySelector("treaty-lens-panel")')) as boolean;
  const injected = b.extensionId ? await isolatedWorldSeen(cdp, b.extensionId) : false;
  await cdp.detach();
  await page.close();
  return { taskMs: t1 - t0, injected, panel };
}

/** The loads' spread, for the notes: the middle half of the per-load values. */
export function spread(values: readonly number[]): string {
  const s = [...values].sort((x, y) => x - y);
  const q = (f: number) => s[Math.min(s.length - 1, Math.floor(f * s.length))]!;
  return `loads ${q(0.25).toFixed(0)}–${q(0.75).toFixed(0)} ms (middle half)`;
}

/**
 * The two ratios from per-load times listed by round (index i: the same page, loaded in the
 * same round by each browser): the median of the per-round ratios against the browser without.
 */
export function overheadRatios(
  withMs: readonly number[],
  emptyMs: readonly number[],
  withoutMs: readonly number[],
): { ratio: number; control: number } {
  return {
    ratio: median(pairedRatios(withMs, withoutMs)),
    control: median(pairedRatios(emptyMs, withoutMs)),
  };
}

/** Options for the overhead comparison. */
export interface OverheadOptions {
  urls: string[];
  /** Loads per browser (≥ 10). */
  loads: number;
  settleMs: number;
}

/** How far above the control the extension may be: the "within 3 % of it". */
export const OVER_CONTROL = 0.03;

/**
 * The overhead rows, with the control measured in the same run: three identically launched
 * Chromiums (with the extension, with an extension whose content script is empty, without any),
 * the same pages, one load each per round, in an order that rotates every round. Each ratio is
 * the median of the per-round ratios against the browser without (the same page, loaded
 * moments apart), so what the machine does over the run (other work, a slower minute) divides
 * out of each round instead of landing in one browser's median; the extension's budget is the
 * control's ratio + 0.03. (Until session 8: the ratio of the two browsers' medians, 12 loads;
 * docs/performance.md has the evidence for the change.)
 */
export async function overheadRows(
  withExt: BenchBrowser,
  empty: BenchBrowser,
  without: BenchBrowser,
  o: OverheadOptions,
): Promise<BenchRow[]> {
  const name = 'page_overhead_ratio_nonmatching';
  const control = 'page_overhead_ratio_empty_content_script';
  const browsers = [withExt, empty, without];
  const samples: LoadSample[][] = [[], [], []];
  // One unmeasured load each: first-run costs (disk cache, extension start-up) are not per page.
  for (const b of browsers) await loadOnce(b, o.urls[0]!, 200);
  for (let i = 0; i < o.loads; i++) {
    const url = o.urls[i % o.urls.length]!;
    for (let k = 0; k < 3; k++) {
      const which = (i + k) % 3;
      samples[which]!.push(await loadOnce(browsers[which]!, url, o.settleMs));
    }
  }
  const [a, e, b] = samples as [LoadSample[], LoadSample[], LoadSample[]];
  const panels = a.filter((s) => s.panel).length;
  if (panels)
    return [
      missingRow(
        name,
        'x',
        null,
        `the panel appeared on ${panels} "non-matching" load(s): fixture or detector is wrong`,
      ),
    ];
  const injected = a.filter((s) => s.injected).length;
  if (!injected)
    return [missingRow(name, 'x', null, 'the content script never ran on the fixture pages')];
  const emptyInjected = e.filter((s) => s.injected).length;
  if (!emptyInjected)
    return [
      missingRow(name, 'x', null, 'the control content script never ran on the fixture pages'),
    ];
  const ms = (x: LoadSample[]) => x.map((s) => s.taskMs);
  const { ratio: withRatio, control: floor } = overheadRatios(ms(a), ms(e), ms(b));
  const how = `${o.loads} loads each of ${o.urls.length} generated news pages, three browsers, order rotating; main-thread CPU from navigation to load + ${o.settleMs} ms`;
  return [
    {
      name: 'page_task_ms_with_extension',
      value: median(ms(a)),
      unit: 'ms',
      budget: null,
      note: `content script ran on ${injected}/${a.length} loads; ${spread(ms(a))}`,
    },
    {
      name: 'page_task_ms_empty_content_script',
      value: median(ms(e)),
      unit: 'ms',
      budget: null,
      note: `control: an extension whose content script is empty (ran on ${emptyInjected}/${e.length} loads); ${spread(ms(e))}`,
    },
    {
      name: 'page_task_ms_without_extension',
      value: median(ms(b)),
      unit: 'ms',
      budget: null,
      note: `${how}; ${spread(ms(b))}`,
    },
    {
      name: control,
      value: floor,
      unit: 'x',
      budget: null,
      note: 'control: median of per-round ratios with the empty content script ÷ without, same run',
    },
    {
      name,
      value: withRatio,
      unit: 'x',
      budget: floor + OVER_CONTROL,
      note: `median of per-round ratios with ÷ without (same page, same round); budget = control ${floor.toFixed(2)} + ${OVER_CONTROL}`,
    },
  ];
}

/**
 * An extension whose content script is empty, matching every page: what any extension with a
 * content script costs the page (isolated world, extension bindings), Treaty Lens's floor.
 */
export function emptyContentScriptExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'treaty-lens-bench-empty-'));
  writeFileSync(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'empty content script',
      version: '1',
      background: { service_worker: 'background.js' },
      // The same pages and the same moment as Treaty Lens's own content script.
      content_scripts: [
        { matches: ['http://*/*', 'https://*/*'], js: ['content.js'], run_at: 'document_start' },
      ],
    }),
  );
  writeFileSync(join(dir, 'background.js'), '');
  writeFileSync(join(dir, 'content.js'), '');
  return dir;
}
