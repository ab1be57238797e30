/**
 * Where the real browsers are. A missing browser is a failure with instructions, never a skip.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The build the end-to-end tests load: `.output/` (what `npm run build` makes), or the folder
 * named by `TL_E2E_BUILD_DIR`: a private copy of `.output/` (`npm run build && cp -r .output DIR`),
 * so a run is not disturbed by someone rebuilding `.output/` meanwhile.
 * Both browsers, every test file, and the build-output checks read the same folder.
 */
export const buildDir = resolve(process.env['TL_E2E_BUILD_DIR'] || '.output');

/** Built extension folders inside the build. */
export const extensionDirs = {
  chromium: resolve(buildDir, 'chrome-mv3'),
  firefox: resolve(buildDir, 'firefox-mv2'),
};

export class MissingBrowserError extends Error {}

function firstExisting(paths: (string | undefined)[]): string | undefined {
  return paths.find((p): p is string => !!p && existsSync(p));
}

/** The Chromium binary: $CHROME_PATH, Debian's /usr/lib/chromium/chromium, /usr/bin/chromium. */
export function chromiumPath(): string {
  const found = firstExisting([
    process.env.CHROME_PATH,
    '/usr/lib/chromium/chromium',
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ]);
  if (!found)
    throw new MissingBrowserError(
      'Chromium not found. Install it with:  sudo apt-get update && sudo apt-get install -y chromium\n' +
        'or point CHROME_PATH at a Chromium/Chrome binary.',
    );
  return found;
}

/** The Firefox ESR binary: $FIREFOX_PATH, /usr/bin/firefox-esr, /usr/bin/firefox. */
export function firefoxPath(): string {
  const found = firstExisting([
    process.env.FIREFOX_PATH,
    '/usr/bin/firefox-esr',
    '/usr/bin/firefox',
  ]);
  if (!found)
    throw new MissingBrowserError(
      'Firefox ESR not found. Install it with:  sudo apt-get update && sudo apt-get install -y firefox-esr\n' +
        'or point FIREFOX_PATH at a Firefox binary (version 128 or later).',
    );
  return found;
}

/** Fail early, with instructions, if the extension has not been built. */
export function requireBuild(kind: keyof typeof extensionDirs): string {
  const dir = extensionDirs[kind];
  if (!existsSync(resolve(dir, 'manifest.json')))
    throw new Error(
      process.env['TL_E2E_BUILD_DIR']
        ? `No build at ${dir} (TL_E2E_BUILD_DIR). Build into that folder first.`
        : `No build at ${dir}. Run "npm run build" first.`,
    );
  return dir;
}
