/**
 * Build `detector.js`, the script the manifest injects into every web page, from
 * lib/content/entry.ts. esbuild directly rather than a WXT entrypoint: the result is the
 * content script and nothing else (no WXT wrapper), minified, with UTF-8 output (the
 * multilingual name tables as `\uXXXX` escapes were larger). See docs/performance.md for the
 * size budget.
 */
import { build } from 'esbuild';
import { join } from 'node:path';

/** The minified detector bundle. */
export async function buildDetector(root: string): Promise<string> {
  const out = await build({
    entryPoints: [join(root, 'lib/content/entry.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    charset: 'utf8',
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}
