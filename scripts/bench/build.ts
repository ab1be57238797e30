/**
 * Build the Chrome extension for the benchmark into its own folder (.output/bench/), so a
 * benchmark run never deletes the build other tools are using in .output/chrome-mv3.
 */
import { resolve } from 'node:path';

/** Where the benchmark's build lands. */
export const benchOutDir = resolve('.output/bench');

/** Build the MV3 Chrome target from the working tree; returns the extension folder. */
export async function buildForBench(): Promise<string> {
  const { build } = await import('wxt');
  const out = await build({
    root: resolve('.'),
    browser: 'chrome',
    manifestVersion: 3,
    mode: 'production',
    outDir: benchOutDir,
    logger: quietLogger,
  });
  void out;
  return resolve(benchOutDir, 'chrome-mv3');
}

// WXT logs every file; the benchmark's output is its table. Warnings and errors still show.
const noop = () => undefined;
const quietLogger = {
  debug: noop,
  log: noop,
  info: noop,
  success: noop,
  warn: (...a: unknown[]) => console.warn(...a),
  error: (...a: unknown[]) => console.error(...a),
  fatal: (...a: unknown[]) => console.error(...a),
  level: 0,
};
