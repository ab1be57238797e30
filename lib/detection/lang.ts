/**
 * Language of the article. The page's declared language (`<html lang>`, content-language meta,
 * og:locale) is trusted only when the text agrees with it: many sites ship a template with
 * lang="en" whatever the article says. Otherwise the script decides (Arabic, Cyrillic, kana,
 * Hangul, Han), and for Latin script a small stop-word vote among the supported languages.
 */

// Frequent function words, in normalised form (no diacritics), that are rare in the others.
export const STOP =
  'en the and of that is was with for are this|fr les des est une dans qui pour pas sur cette|es los las del una por con para como pero sus|pt os das dos uma para com nao por mais foi|it il gli della che del per con sono non nel|de der die das und ist nicht mit den dem ein|nl het een van dat op niet zijn voor met ook|pl sie nie jest na do oraz przez ze dla jak|tr ve bir bu icin ile olarak gibi daha cok olan|vi cua va cac la đuoc khong nhung trong nguoi mot|id yang dan di dengan untuk ini itu dari dalam tidak';
let words: Map<string, string[]> | undefined;
/** The stop words as whole words (runs of a-z and đ, as the vote reads them), found natively. */
let wordRe: RegExp | undefined;
function stopIndex(): Map<string, string[]> {
  if (words) return words;
  words = new Map();
  for (const row of STOP.split('|')) {
    const [lang, ...list] = row.split(' ');
    for (const w of list) words.set(w, [...(words.get(w) ?? []), lang!]);
  }
  wordRe = new RegExp(`(?<![a-z\u0111])(?:${[...words.keys()].join('|')})(?![a-z\u0111])`, 'g');
  return words;
}

/** A letter of a script other than Latin that the guess counts (as its loop does). */
export const OTHER_SCRIPT = /[\u0400-\u04ff\u0600-\u06ff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/;

/** Votes per language: each whole word of `sample` that is a stop word (one native scan). */
export function stopVotes(sample: string): Record<string, number> {
  const votes: Record<string, number> = {};
  const idx = stopIndex();
  const re = wordRe!;
  re.lastIndex = 0;
  for (let m = re.exec(sample); m; m = re.exec(sample))
    for (const l of idx.get(m[0])!) votes[l] = (votes[l] ?? 0) + 1;
  return votes;
}

/** Text the language guess reads: the start of the article is enough for a vote. */
export const LANG_SAMPLE = 8000;

/** Base of a BCP 47 tag ('pt-BR' → 'pt', 'in' → 'id'), or '' if none. */
export function baseLang(tag: string | null | undefined): string {
  const b = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return b === 'in' ? 'id' : /^[a-z]{2,3}$/.test(b) ? b : '';
}

function declared(doc: Document | null): string {
  if (!doc) return '';
  return (
    baseLang(doc.documentElement?.getAttribute('lang')) ||
    baseLang(
      doc
        .querySelector('meta[http-equiv="content-language" i],meta[property="og:locale"]')
        ?.getAttribute('content'),
    )
  );
}

/** Languages written in each script; the first is the default when the page declares none. */
const SCRIPT_LANGS: Record<string, string> = {
  arab: 'ar fa ur ps ku',
  cyrl: 'ru uk bg sr mk be kk ky mn tg',
  kana: 'ja',
  hang: 'ko',
  hani: 'zh ja',
};

/**
 * Guess the article language from its normalised text (a sample is enough) and the document.
 */
export function detectLang(norm: string, doc: Document | null): string {
  const sample = norm.length > LANG_SAMPLE ? norm.slice(0, LANG_SAMPLE) : norm;
  const n = { latn: 0, arab: 0, cyrl: 0, kana: 0, hang: 0, hani: 0 };
  // Latin-only text (most pages) is Latin whatever the counts: skip the count.
  const other = OTHER_SCRIPT.test(sample);
  for (let i = 0; other && i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 97 && c <= 122) n.latn++;
    } else if (c >= 0x600 && c <= 0x6ff) n.arab++;
    else if (c >= 0x400 && c <= 0x4ff) n.cyrl++;
    else if (c >= 0x3040 && c <= 0x30ff) n.kana++;
    else if (c >= 0xac00 && c <= 0xd7af) n.hang++;
    else if (c >= 0x4e00 && c <= 0x9fff) n.hani++;
    else if (c < 0x250) n.latn++;
  }
  const decl = declared(doc);
  // Kana marks Japanese even in Han-heavy text; CJK counts per character, so weigh it up.
  let script: keyof typeof n = 'latn';
  const weights: [keyof typeof n, number][] = [
    ['arab', n.arab],
    ['cyrl', n.cyrl],
    ['kana', n.kana * 8],
    ['hang', n.hang * 3],
    ['hani', n.hani * 3],
    ['latn', n.latn],
  ];
  let top = 0;
  for (const [s, v] of weights) if (v > top) [script, top] = [s, v];
  if (script === 'hani' && n.kana > n.hani / 20) script = 'kana';
  if (script !== 'latn') {
    const langs = SCRIPT_LANGS[script]!.split(' ');
    return langs.includes(decl) ? decl : langs[0]!;
  }
  const votes = stopVotes(sample);
  let best = '';
  let bestVotes = 0;
  for (const [l, v] of Object.entries(votes)) if (v > bestVotes) [best, bestVotes] = [l, v];
  if (!decl) return best || 'en';
  // A declared language we have no stop words for is trusted unless the vote is clear.
  const declVotes =
    votes[decl] ?? (STOP.includes(`|${decl} `) || decl === 'en' ? 0 : bestVotes / 3);
  return bestVotes >= 5 && declVotes < bestVotes / 2 ? best : decl;
}
