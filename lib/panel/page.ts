/**
 * What the panel reads from the news page for the composer: title, outlet, URL and the passage
 * (the reader's selection inside the article, else the first mention's context). Text only.
 */
import type { ArticleContext } from '../messaging';
import type { Detection } from '../content/types';

const clip = (s: string, n: number) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
};

function meta(doc: Document, selector: string): string {
  return doc.querySelector<HTMLMetaElement>(selector)?.content?.trim() ?? '';
}

/** The outlet's name: og:site_name, application-name, else the host without "www.". */
export function outletOf(doc: Document, url: URL): string {
  return (
    meta(doc, 'meta[property="og:site_name"]') ||
    meta(doc, 'meta[name="application-name"]') ||
    url.hostname.replace(/^www\./, '')
  );
}

/** The article's headline: og:title, the first h1, else the document title. */
export function titleOf(doc: Document): string {
  return (
    meta(doc, 'meta[property="og:title"]') ||
    doc.querySelector('article h1, main h1, h1')?.textContent?.trim() ||
    doc.title
  );
}

/** The composer context for this page. `selection` is the reader's selected text, if any. */
export function articleContext(
  doc: Document,
  href: string,
  result: Pick<Detection, 'mentions' | 'lang'>,
  selection = '',
): ArticleContext {
  const url = new URL(href);
  url.hash = '';
  const passage = selection.trim().length >= 20 ? selection : (result.mentions[0]?.context ?? '');
  return {
    url: url.href.slice(0, 4096),
    title: clip(titleOf(doc), 1000),
    outlet: clip(outletOf(doc, url), 300),
    passage: clip(passage.replace(/^…\s*|\s*…$/g, ''), 2000),
    lang: result.lang.slice(0, 20),
  };
}
