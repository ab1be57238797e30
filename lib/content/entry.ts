/**
 * The page detector's entry: the background injects the bundle of this file (`detector.js`)
 * into a frame whose text has a stem (the every-page pre-filter, lib/content/prefilter.ts, asks
 * for it), or on "Check this page". Not a WXT entrypoint: WXT wraps unlisted scripts in a
 * logger and error reporter, so the build bundles it on its own with esbuild
 * (lib/build/detector.ts, wired in wxt.config.ts). The teardown signal aborts when the
 * extension goes away under the page (update, reload), which is when an orphaned detector must
 * stop observing.
 */
import { startContent } from './index';

const ac = new AbortController();
startContent(ac.signal, () => ac.abort());
