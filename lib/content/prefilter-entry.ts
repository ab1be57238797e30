/**
 * The every-page script's entry: the manifest's `content_scripts` injects the bundle of this
 * file (`prefilter.js`, built by lib/build/detector.ts) into every web page. See
 * lib/content/prefilter.ts; the teardown signal aborts when the extension goes away under the
 * page (update, reload).
 */
import { startPrefilter } from './prefilter';

const ac = new AbortController();
startPrefilter(ac.signal, () => ac.abort());
