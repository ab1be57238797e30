/**
 * What a letter may say about the article it cites. The page chose its title, its
 * `og:site_name` and its URL's query string, and a letter goes out under the reader's name to
 * an official, so only what the reader can check is kept: the page's own host (a site cannot
 * claim another outlet's name), the address without query or fragment (no newsletter or
 * tracking ids reach the official), and title and quote of at most about 300 characters,
 * cleaned of every invisible character.
 */
import { cleanLine } from './clean';

/** Longest title and longest quoted passage a letter carries. */
export const CITE_MAX = 300;

/**
 * The address to cite: http(s) only, no user name, password, query, fragment or `;jsessionid`
 * style path parameters. '' when it is not a web address.
 */
export function citeUrl(href: string | undefined): string {
  let u: URL;
  try {
    u = new URL(cleanLine(href));
  } catch {
    return '';
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return '';
  u.username = '';
  u.password = '';
  u.search = '';
  u.hash = '';
  u.pathname = u.pathname.replace(/;[^/]*/g, '');
  return u.href.length <= 2048 ? u.href : '';
}

/** The site to name: the page's host without "www." ('' when not a web address). */
export function citeHost(href: string | undefined): string {
  const url = citeUrl(href);
  return url ? new URL(url).hostname.replace(/^www\./, '') : '';
}

// Scripts written without spaces between words: cut anywhere there.
const NO_SPACES = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/**
 * `s` as one clean line of at most `max` characters. Longer text is cut at the last sentence
 * end that keeps more than half, else at a word boundary, and marked with "…".
 */
export function capText(s: string | undefined, max: number = CITE_MAX): string {
  const t = cleanLine(s);
  if ([...t].length <= max) return t;
  const head = [...t].slice(0, max - 1).join('');
  const sentenceEnd = Math.max(
    ...['. ', '! ', '? ', '。', '！', '？', '؟ ', '۔ '].map((p) => {
      const i = head.lastIndexOf(p);
      return i < 0 ? -1 : i + p.trimEnd().length;
    }),
  );
  if (sentenceEnd > head.length / 2) return head.slice(0, sentenceEnd);
  const space = head.lastIndexOf(' ');
  const cut =
    space > head.length / 2 && !NO_SPACES.test(head.slice(space - 1, space)) ? space : head.length;
  return `${head.slice(0, cut).replace(/[\s,;:،、，]+$/u, '')}…`;
}

/** The article as a letter cites it. */
export interface Citation {
  title: string;
  /** The page's host, never a name the page gave itself. */
  outlet: string;
  url: string;
  passage: string;
}

/** Clean, cap and strip an article reference before it enters a letter. */
export function citationOf(a: {
  title?: string;
  url?: string;
  passage?: string;
  outlet?: string;
}): Citation {
  return {
    title: capText(a.title),
    outlet: citeHost(a.url),
    url: citeUrl(a.url),
    passage: capText(a.passage),
  };
}
