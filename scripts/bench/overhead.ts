/**
 * Cost of the extension on pages that have nothing to do with the treaty: the renderer main
 * thread's CPU time (CDP Performance.getMetrics TaskDuration, thread ticks) for loading the same
 * realistic news pages in two identical Chromiums, one with the extension and one without,
 * alternating which goes first. Each load gets a fresh tab and the same settle time after
 * `load`, long enough for the content script's debounced re-check of late content.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession } from 'playwright-core';
import type { BenchBrowser } from './browser';
import { median, missingRow, type BenchRow } from './report';

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

/** Options for the overhead comparison. */
export interface OverheadOptions {
  urls: string[];
  /** Loads per browser (≥ 10). */
  loads: number;
  settleMs: number;
}

/** The overhead rows: with ÷ without ratio, and both medians as report rows. */
export async function overheadRows(
  withExt: BenchBrowser,
  without: BenchBrowser,
  o: OverheadOptions,
): Promise<BenchRow[]> {
  const name = 'page_overhead_ratio_nonmatching';
  const a: LoadSample[] = [];
  const b: LoadSample[] = [];
  // One unmeasured load each: first-run costs (disk cache, extension start-up) are not per page.
  await loadOnce(withExt, o.urls[0]!, 200);
  await loadOnce(without, o.urls[0]!, 200);
  for (let i = 0; i < o.loads; i++) {
    const url = o.urls[i % o.urls.length]!;
    if (i % 2) {
      b.push(await loadOnce(without, url, o.settleMs));
      a.push(await loadOnce(withExt, url, o.settleMs));
    } else {
      a.push(await loadOnce(withExt, url, o.settleMs));
      b.push(await loadOnce(without, url, o.settleMs));
    }
  }
  const panels = a.filter((s) => s.panel).length;
  if (panels)
    return [
      missingRow(
        name,
        'x',
        1.1,
        `the panel appeared on ${panels} "non-matching" load(s): fixture or detector is wrong`,
      ),
    ];
  const injected = a.filter((s) => s.injected).length;
  if (!injected)
    return [missingRow(name, 'x', 1.1, 'the content script never ran on the fixture pages')];
  const withMs = median(a.map((s) => s.taskMs));
  const withoutMs = median(b.map((s) => s.taskMs));
  const how = `${o.loads} loads each of ${o.urls.length} generated news pages, alternating; main-thread CPU from navigation to load + ${o.settleMs} ms`;
  return [
    {
      name: 'page_task_ms_with_extension',
      value: withMs,
      unit: 'ms',
      budget: null,
      note: `content script ran on ${injected}/${a.length} loads`,
    },
    {
      name: 'page_task_ms_without_extension',
      value: withoutMs,
      unit: 'ms',
      budget: null,
      note: how,
    },
    {
      name,
      value: withMs / withoutMs,
      unit: 'x',
      budget: 1.1,
      note: 'median with ÷ median without',
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
      content_scripts: [{ matches: ['<all_urls>'], js: ['content.js'], run_at: 'document_idle' }],
    }),
  );
  writeFileSync(join(dir, 'background.js'), '');
  writeFileSync(join(dir, 'content.js'), '');
  return dir;
}
