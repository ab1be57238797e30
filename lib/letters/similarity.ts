/**
 * A gentle "how much of this is your own words" measure: the share of the letter's word
 * trigrams that also occur in the template-only letter. 1 = pure template, 0 = all your own.
 * Word-based so that it works in every script (Intl.Segmenter where available).
 */

function words(s: string): string[] {
  const norm = s.normalize('NFKC').toLowerCase();
  const Seg = (Intl as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  if (Seg) {
    const out: string[] = [];
    for (const w of new Seg(undefined, { granularity: 'word' }).segment(norm))
      if (w.isWordLike) out.push(w.segment);
    return out;
  }
  return norm.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

function trigrams(ws: string[]): string[] {
  if (ws.length < 3) return ws.length ? [ws.join(' ')] : [];
  const out: string[] = [];
  for (let i = 0; i + 2 < ws.length; i++) out.push(`${ws[i]} ${ws[i + 1]} ${ws[i + 2]}`);
  return out;
}

/** Share (0..1) of `body`'s word trigrams found in `templateBody`. */
export function similarity(body: string, templateBody: string): number {
  const grams = trigrams(words(body));
  if (!grams.length) return 0;
  const tpl = new Set(trigrams(words(templateBody)));
  let shared = 0;
  for (const g of grams) if (tpl.has(g)) shared++;
  return shared / grams.length;
}

/** Words in a text (for the word counter). */
export function wordCount(s: string): number {
  return words(s).length;
}
