/** Turn detection's located ranges into highlight marks, and pick what the list shows. */
import { locate } from '../detection/locate';
import type { Detection } from '../content/types';
import type { Mark } from './highlights';

/** Marks for a result on this page: mentions in order, then article references. */
export function marksFor(root: Document, result: Detection): Mark[] {
  try {
    const loc = locate(root, result);
    return [
      ...loc.mentions.map((range): Mark => ({ kind: 'mention', range })),
      ...loc.articleRefs.map((r): Mark => ({
        kind: 'article',
        range: r.range,
        article: String(r.article),
      })),
    ];
  } catch {
    // The page changed under us; the next evaluation brings fresh ranges.
    return [];
  }
}

/** Article numbers cited, in page order, each once. */
export function citedArticles(marks: readonly Mark[]): string[] {
  const out: string[] = [];
  for (const m of marks)
    if (m.kind === 'article' && m.article && !out.includes(m.article)) out.push(m.article);
  return out;
}
