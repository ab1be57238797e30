import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startContent } from '../lib/content';

/**
 * The page detector, injected into every page by the manifest's `content_scripts` entry (see
 * wxt.config.ts). It is an unlisted script rather than a WXT content script on purpose: WXT's
 * content-script wrapper brings the webextension polyfill and its context class (~5 KB gzip)
 * into every page, and the budget for everything injected everywhere is 12 KB gzip. So the
 * teardown signal is ours: it aborts when the extension goes away under the page (update,
 * reload), which is when an orphaned detector must stop observing.
 */
export default defineUnlistedScript(() => {
  const ac = new AbortController();
  startContent(ac.signal, () => ac.abort());
});
