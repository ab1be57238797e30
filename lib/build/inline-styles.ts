/**
 * Build-time Vite plugin: the popup's stylesheets come inside popup.html, as `<style>`
 * elements, instead of as two more files (issue 17).
 *
 * Why: each file an extension page asks for is a request to the browser process and a
 * response the page's renderer handles, and the popup's module script does not run, nor its
 * first frame draw, until every stylesheet in its `<head>` has arrived. Its two stylesheets
 * (page.css and composer.css, ≈ 12.6 KB together) were two of the five files before its first
 * frame. The rules, their order and their place in the `<head>` are unchanged; the files stay
 * in the build for the other pages that link them. The extension pages' default CSP limits
 * scripts, not styles, in both browsers.
 *
 * Only the pages named in {@link INLINE_STYLE_PAGES}. A stylesheet that cannot be found in the
 * bundle, whose text would end the `<style>` element, or which names another file by a relative
 * path (resolved against the page once inlined), fails the build.
 */
import type { OutputBundle } from 'rollup';
import type { Plugin } from 'vite';

/**
 * The pages whose stylesheets are inlined, named as in the bundle: by their source path (WXT
 * moves entrypoints/popup/index.html to popup.html after the build).
 */
export const INLINE_STYLE_PAGES = ['entrypoints/popup/index.html'];

const link = /<link\b[^>]*\brel="stylesheet"[^>]*>/g;
/** `url(…)` or `@import "…"` naming neither a scheme (`data:`) nor a root path (`/`) nor a fragment. */
const RELATIVE_URL = /(?:url\(\s*|@import\s+)(?!['"]?\s*(?:[a-z][a-z0-9+.-]*:|\/|#))/i;

/**
 * `html` with each `<link rel="stylesheet" href="/…">` replaced by a `<style>` holding that
 * file's text, as `css(path)` gives it (path without the leading slash). Throws when a linked
 * file is unknown, its text contains `</style`, or it refers to another file by a relative path.
 */
export function inlineStylesheets(html: string, css: (path: string) => string | undefined): string {
  return html.replace(link, (tag) => {
    const href = /\bhref="\/([^"]+)"/.exec(tag)?.[1];
    if (!href) throw new Error(`inline-styles: no local href in ${tag}`);
    const text = css(href);
    if (text === undefined) throw new Error(`inline-styles: ${href} is not in the bundle`);
    if (/<\/style/i.test(text)) throw new Error(`inline-styles: ${href} contains "</style"`);
    // A relative url() resolves against the stylesheet's folder in a file, the page's inlined.
    if (RELATIVE_URL.test(text))
      throw new Error(`inline-styles: ${href} has a relative url(), which would change meaning`);
    return `<style>${text.trimEnd()}</style>`;
  });
}

/** The plugin; add it to `vite.plugins` in wxt.config.ts. */
export function inlineStyles(): Plugin {
  return {
    name: 'treaty-lens:inline-styles',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle: OutputBundle) {
      for (const page of INLINE_STYLE_PAGES) {
        const asset = bundle[page];
        // WXT builds the extension in several passes; the page is in one of them.
        if (asset?.type !== 'asset') continue;
        const css = (path: string) => {
          const file = bundle[path];
          return file?.type === 'asset' ? String(file.source) : undefined;
        };
        try {
          asset.source = inlineStylesheets(String(asset.source), css);
        } catch (e) {
          this.error(e instanceof Error ? e.message : String(e));
        }
      }
    },
  };
}
