/**
 * Build-time Vite plugin: removes the only HTML sink in the bundle, Preact's support for
 * `dangerouslySetInnerHTML` (`el.innerHTML = props.dangerouslySetInnerHTML.__html`).
 *
 * Why: Treaty Lens never renders HTML strings (ESLint forbids `innerHTML` and the prop), yet
 * Preact's renderer still contains the assignment, and addons.mozilla.org's linter reports it
 * as UNSAFE_VAR_ASSIGNMENT — a warning, and `npm run lint:firefox` treats warnings as errors.
 * Rewriting it to `textContent` keeps the renderer working and turns any accidental use of the
 * prop into plain text, never markup. The build fails if Preact stops matching, so an upgrade
 * cannot silently bring the sink back.
 */
import type { Plugin } from 'vite';

const preactRenderer = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.(module\.js|mjs)$/;

/** The plugin; add it to `vite.plugins` in wxt.config.ts. */
export function noHtmlSinks(): Plugin {
  return {
    name: 'treaty-lens:no-html-sinks',
    enforce: 'pre',
    transform(code, id) {
      if (!preactRenderer.test(id.split('?')[0]!)) return null;
      const count = code.match(/\.innerHTML=/g)?.length ?? 0;
      if (count === 0)
        this.error(
          `${id}: no innerHTML assignment found; Preact changed, update lib/build/no-html-sinks.ts`,
        );
      return { code: code.replace(/\.innerHTML=/g, '.textContent='), map: null };
    },
  };
}
