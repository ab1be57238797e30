/**
 * The page detector's entry: the manifest's `content_scripts` injects the bundle of this file
 * (`detector.js`) into every web page. Not a WXT entrypoint: WXT wraps unlisted scripts in a
 * logger and error reporter (~400 B gzip of the 12 KB every-page budget), so the build
 * bundles it on its own with esbuild (lib/build/detector.ts, wired in wxt.config.ts). The
 * teardown signal aborts when the extension goes away under the page (update, reload), which
 * is when an orphaned detector must stop observing.
 */
import { startContent } from './index';

const ac = new AbortController();
startContent(ac.signal, () => ac.abort());
