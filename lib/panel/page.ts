/**
 * What the panel reads from the news page for the composer: title, site, URL and the passage.
 * The page chose all of it, so only what the reader can check goes out (issue 15): the site is
 * the page's host (never `og:site_name`, which can claim any outlet), the URL has no query or
 * fragment, title and passage are capped and cleaned (lib/text/citation.ts), and the passage
 * is only ever what the reader selected with a trusted gesture (./selection.ts), never text the
 * page picked. Text only.
 */
import { capText, citeHost, citeUrl } from '../text/citation';
import type { ArticleContext } from '../messaging';
import type { Detection } from '../content/types';

function meta(doc: Document, selector: string): string {
  return doc.querySelector<HTMLMetaElement>(selector)?.content?.trim() ?? '';
}

/**
 * The article's headline: the article's own visible h1 first (what the reader sees), then
 * og:title, any h1, the document title.
 */
export function titleOf(doc: Document): string {
  return (
    doc.querySelector('article h1, main h1')?.textContent?.trim() ||
    meta(doc, 'meta[property="og:title"]') ||
    doc.querySelector('h1')?.textContent?.trim() ||
    doc.title
  );
}

/**
 * The composer context for this page. `quote` is the reader's own selection (trusted, see
 * ./selection.ts), or '' — then the letter quotes nothing.
 */
export function articleContext(
  doc: Document,
  href: string,
  result: Pick<Detection, 'lang'>,
  quote = '',
): ArticleContext {
  const url = citeUrl(href) || new URL(href).origin;
  return {
    url,
    title: capText(titleOf(doc)),
    outlet: citeHost(url),
    passage: capText(quote),
    lang: result.lang.slice(0, 20),
  };
}
