import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContent } from '../lib/content';

// Injected into every page: tiny, no layout reads; the panel's code loads only on a match.
export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  main(ctx) {
    startContent(ctx.signal);
  },
});
