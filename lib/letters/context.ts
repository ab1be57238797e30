/**
 * The article context the in-page panel passes to the composer as
 * `composer.html?ctx=<base64url JSON {url,title,outlet,passage,lang}>`. It comes from a news
 * page, so it is parsed defensively: size-capped, schema-checked, http(s) URLs only.
 */
import * as v from 'valibot';
import { capText, citeHost, citeUrl } from '../text/citation';
import { cleanLine } from '../text/clean';

const Ctx = v.object({
  url: v.pipe(
    v.string(),
    v.maxLength(4096),
    v.url(),
    v.check((u) => /^https?:\/\//i.test(u)),
  ),
  title: v.pipe(v.string(), v.maxLength(1000)),
  outlet: v.optional(v.pipe(v.string(), v.maxLength(300)), ''),
  passage: v.optional(v.pipe(v.string(), v.maxLength(2000)), ''),
  lang: v.optional(v.pipe(v.string(), v.maxLength(20)), ''),
  /**
   * The reader's answer to the panel's safety notice (a state rated Not Free): the composer
   * starts with it instead of asking again. Absent: the composer asks.
   */
  safety: v.optional(v.picklist(['anonymous', 'named'])),
});

/** Article context for a letter. */
export type ArticleContext = v.InferOutput<typeof Ctx>;

/** Encode a context for the `ctx` query parameter (base64url of UTF-8 JSON). */
export function encodeContext(ctx: ArticleContext): string {
  const bytes = new TextEncoder().encode(JSON.stringify(ctx));
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Decode the `ctx` parameter; null when absent or malformed. Never throws. */
export function decodeContext(param: string | null | undefined): ArticleContext | null {
  if (!param || param.length > 12_000 || !/^[A-Za-z0-9_-]+={0,2}$/.test(param)) return null;
  try {
    const b64 = param.replace(/-/g, '+').replace(/_/g, '/');
    const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
    const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
    const json: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    const res = v.safeParse(Ctx, json);
    if (!res.success) return null;
    // The page wrote all of it: the site is the URL's host whatever the page calls itself, the
    // URL loses query and fragment, title and passage are capped and cleaned (./citation).
    const url = citeUrl(res.output.url);
    if (!url) return null;
    return {
      url,
      title: capText(res.output.title),
      outlet: citeHost(url),
      passage: capText(res.output.passage),
      lang: cleanLine(res.output.lang),
      ...(res.output.safety ? { safety: res.output.safety } : {}),
    };
  } catch {
    return null;
  }
}
