/**
 * Build the two page scripts with esbuild directly rather than as WXT entrypoints: each result
 * is the script and nothing else (no WXT wrapper), minified, with UTF-8 output (the
 * multilingual tables as `\uXXXX` escapes were larger).
 *
 * - `prefilter.js` (lib/content/prefilter-entry.ts): the manifest's content script, on every web
 *   page; the stem pre-filter only. Its size is a budget (docs/performance.md).
 * - `detector.js` (lib/content/entry.ts): the full detector, injected by the background only
 *   into pages whose text has a stem, and by "Check this page".
 */
import { build, transform, type Plugin } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** Vite's `?inline` CSS imports (the panel's styles, which the detector's tab uses) as text. */
const inlineCss: Plugin = {
  name: 'inline-css',
  setup(b) {
    b.onResolve({ filter: /\.css\?inline$/ }, (a) => ({
      path: join(dirname(a.importer), a.path.replace(/\?inline$/, '')),
      namespace: 'inline-css',
    }));
    b.onLoad({ filter: /.*/, namespace: 'inline-css' }, async (a) => ({
      contents: (await transform(await readFile(a.path, 'utf8'), { loader: 'css', minify: true }))
        .code,
      loader: 'text',
    }));
  },
};

async function bundle(
  root: string,
  entry: string,
  define: Record<string, string> = {},
  banner = '',
): Promise<string> {
  const out = await build({
    define,
    banner: { js: banner },
    entryPoints: [join(root, entry)],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    charset: 'utf8',
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
    plugins: [inlineCss],
  });
  return out.outputFiles[0]!.text;
}

/**
 * V8's compile-hints magic comment (Chromium 136 and later; a plain comment elsewhere): compile
 * every function of the file with the script itself instead of each on its first call. Content
 * scripts get no code cache, so without it every page paid a lazy compilation (a full parse
 * after the pre-parse) for each of the ≈ 17 small functions the non-matching path calls: traced
 * in the page's renderer, `V8.CompileCode` inside the script went from 18 events and 2.45 ms a
 * load to one event and 1.5 ms (docs/performance.md, issue 17, eighth round).
 */
export const COMPILE_ALL = '//# allFunctionsCalledOnLoad';

/** The minified every-page pre-filter bundle. */
export function buildPrefilter(root: string): Promise<string> {
  return bundle(root, 'lib/content/prefilter-entry.ts', {}, COMPILE_ALL);
}

/**
 * What the detector bundle carries precomputed: the grammar's regular-expression sources and
 * the normalisation fold table (lib/detection/patterns.ts, normalize.ts), built here by the
 * same functions the detector would otherwise run in every page's first detection.
 */
export async function detectorDefines(): Promise<Record<string, string>> {
  const { grammarSources } = await import('../detection/patterns');
  const { foldEntries } = await import('../detection/normalize');
  return {
    __TL_GRAMMAR__: JSON.stringify(grammarSources()),
    __TL_FOLD__: JSON.stringify(foldEntries()),
  };
}

/** The minified on-demand detector bundle. */
export async function buildDetector(root: string): Promise<string> {
  return bundle(root, 'lib/content/entry.ts', await detectorDefines());
}
