/**
 * Bundle sizes from the built extension: what the manifest injects into every page, and what
 * is loaded only on matching pages (the panel script and its styles), gzip -9 each file.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUDGETS, missingRow, type BenchRow } from './report';

interface ContentScriptEntry {
  matches?: string[];
  js?: string[];
  css?: string[];
}

/** gzip -9 size of a file, in bytes. */
export function gzipBytes(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/** Does a match pattern cover (practically) every web page? */
export function matchesEveryPage(pattern: string): boolean {
  if (pattern === '<all_urls>') return true;
  const m = /^(\*|https?):\/\/([^/]+)\//.exec(pattern);
  return !!m && m[2] === '*';
}

/** Files the manifest injects into every page (content_scripts entries with a catch-all match). */
export function everyPageFiles(manifest: { content_scripts?: ContentScriptEntry[] }): string[] {
  const files = new Set<string>();
  for (const cs of manifest.content_scripts ?? [])
    if ((cs.matches ?? []).some(matchesEveryPage))
      for (const f of [...(cs.js ?? []), ...(cs.css ?? [])]) files.add(f);
  return [...files];
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)],
  );
}

/** Size rows of a built extension folder. */
export function sizeRows(extDir: string): BenchRow[] {
  const rows: BenchRow[] = [];
  const manifestFile = join(extDir, 'manifest.json');
  if (!existsSync(manifestFile))
    return [
      missingRow(
        'content_script_gzip_bytes',
        'bytes',
        BUDGETS.content_script_gzip_bytes,
        'no build',
      ),
      missingRow('panel_bundle_gzip_bytes', 'bytes', null, 'no build'),
    ];
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as {
    content_scripts?: ContentScriptEntry[];
  };
  const injected = everyPageFiles(manifest);
  if (!injected.length)
    rows.push(
      missingRow(
        'content_script_gzip_bytes',
        'bytes',
        BUDGETS.content_script_gzip_bytes,
        'the manifest injects no content script into every page',
      ),
    );
  else {
    const sizes = injected.map((f) => ({ f, n: gzipBytes(join(extDir, f)) }));
    rows.push({
      name: 'content_script_gzip_bytes',
      value: sizes.reduce((a, b) => a + b.n, 0),
      unit: 'bytes',
      budget: BUDGETS.content_script_gzip_bytes,
      note: sizes.map((s) => `${s.f} ${s.n} B`).join(' + '),
    });
  }
  // The full detector, injected only into pages whose text has a stem.
  const detector = 'detector.js';
  if (!injected.includes(detector) && existsSync(join(extDir, detector)))
    rows.push({
      name: 'detector_bundle_gzip_bytes',
      value: gzipBytes(join(extDir, detector)),
      unit: 'bytes',
      budget: null,
      note: 'detector.js, injected only into pages whose text has a stem',
    });
  // Top-level files only: chunks/panel-*.js are the extension pages' lazily loaded catalogs.
  // The panel is an unlisted script (entrypoints/panel.ts → panel.js) injected on demand,
  // plus any stylesheet built for it.
  const panel = walk(extDir)
    .map((f) => relative(extDir, f))
    .filter((f) => /^panel[^/]*\.(js|css)$/.test(f) && !injected.includes(f));
  if (!panel.length)
    rows.push(
      missingRow(
        'panel_bundle_gzip_bytes',
        'bytes',
        null,
        'no panel script (panel.js) in the build',
      ),
    );
  else {
    const sizes = panel.map((f) => ({ f, n: gzipBytes(join(extDir, f)) }));
    rows.push({
      name: 'panel_bundle_gzip_bytes',
      value: sizes.reduce((a, b) => a + b.n, 0),
      unit: 'bytes',
      budget: null,
      note: sizes.map((s) => `${s.f} ${s.n} B`).join(' + '),
    });
  }
  return rows;
}
