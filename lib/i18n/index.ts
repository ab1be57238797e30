/**
 * UI strings. Sources are `locales/<lang>/<area>.json` in the WebExtension messages.json
 * format (one file per UI area, so features do not edit one shared file); the build merges
 * them into `_locales/<lang>/messages.json` (see `lib/i18n/build.ts` and wxt.config.ts).
 *
 * Why not only `browser.i18n.getMessage`: it always speaks the browser's language, but the
 * context panel must speak the *article's* language, and the composer the language the user
 * picks. So the same catalogs are bundled and looked up here, with English as the fallback.
 */
type Entry = { message: string; description?: string };
type Catalog = Record<string, Entry>;

/** Catalogs keyed by language, merged across areas. */
export const catalogs: Record<string, Catalog> = {};

/** Add area catalogs (`{ '<…>/locales/<lang>/<area>.json': catalog }`, as import.meta.glob gives). */
export function registerCatalogs(files: Record<string, Catalog>): void {
  for (const [path, catalog] of Object.entries(files)) {
    const lang = path.split('/').at(-2)!;
    catalogs[lang] = { ...catalogs[lang], ...catalog };
  }
}

// No catalog is bundled here: the in-page panel gets its strings in its one language with the
// campaign view (and the collapsed tab's with the hello answer), extension pages load theirs
// in one language plus English (`./lazy`), and the background and the tests everything
// (`./all`).

/** UI languages Treaty Lens ships (folder names under `locales/`; a unit test checks it). */
export const uiLanguages = ['ar', 'de', 'en', 'es', 'fr', 'pt', 'ru', 'zh_CN'];
const shipped = new Set(uiLanguages);

/** Add one language's strings (`key → text`), as the panel receives them. */
export function registerStrings(lang: string, strings: Record<string, string>): void {
  const catalog: Catalog = {};
  for (const [k, message] of Object.entries(strings)) catalog[k] = { message };
  catalogs[lang] = { ...catalogs[lang], ...catalog };
}

/** `key → text` of every key starting with `prefix`, in `lang` with English filling gaps. */
export function stringsOf(prefix: string, lang: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const l of ['en', lang])
    for (const [k, e] of Object.entries(catalogs[l] ?? {}))
      if (k.startsWith(prefix)) out[k] = e.message;
  return out;
}

let current = 'en';

/** Map any BCP 47 tag to the closest shipped UI language ('pt-BR' → 'pt', 'zh-Hans' → 'zh_CN'). */
export function resolveLang(tag: string | undefined): string {
  if (!tag) return 'en';
  const norm = tag.replace('-', '_');
  if (shipped.has(norm)) return norm;
  const base = norm.split('_')[0]!.toLowerCase();
  if (base === 'zh') return 'zh_CN';
  return shipped.has(base) ? base : 'en';
}

/** Set the language `t()` speaks (e.g. the article's language in the panel). */
export function setLang(tag: string | undefined): string {
  current = resolveLang(tag);
  return current;
}
export function getLang(): string {
  return current;
}
/** Text direction of a UI language. */
export function dirOf(lang: string = current): 'rtl' | 'ltr' {
  return /^(ar|he|fa|ur)\b/.test(lang) ? 'rtl' : 'ltr';
}
/** BCP 47 tag for Intl APIs ('zh_CN' → 'zh-CN'). */
export function bcp47(lang: string = current): string {
  return lang.replace('_', '-');
}

/**
 * Intl formatters are costly to construct (the first one of a kind loads locale data, ~1 ms
 * each on a fast machine, far more on a cold page) and `t()` runs hundreds of times per render,
 * so each (kind, language, options) gets one instance. The set of keys is small and fixed by
 * the code (8 languages × a few option sets).
 */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>();

function numberFormat(lang: string): Intl.NumberFormat {
  const key = `n|${lang}`;
  let f = formatters.get(key) as Intl.NumberFormat | undefined;
  if (!f) formatters.set(key, (f = new Intl.NumberFormat(bcp47(lang))));
  return f;
}

function pluralRules(lang: string): Intl.PluralRules {
  const key = `p|${lang}`;
  let f = formatters.get(key) as Intl.PluralRules | undefined;
  if (!f) formatters.set(key, (f = new Intl.PluralRules(bcp47(lang))));
  return f;
}

function dateFormat(lang: string, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${lang}|${JSON.stringify(opts)}`;
  let f = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(bcp47(lang), opts)));
  return f;
}

/**
 * Look up a UI string. `{name}` placeholders are replaced from `subs`. A missing key in the
 * current language falls back to English; a key missing everywhere returns the key itself, so
 * the gap is visible (and the catalog test fails on it).
 */
export function t(
  key: string,
  subs?: Record<string, string | number>,
  lang: string = current,
): string {
  const entry = catalogs[lang]?.[key] ?? catalogs['en']?.[key];
  let msg = entry?.message ?? key;
  if (subs) {
    for (const [k, val] of Object.entries(subs)) {
      const text = typeof val === 'number' ? numberFormat(lang).format(val) : val;
      msg = msg.split(`{${k}}`).join(text);
    }
  }
  return msg;
}

/** Plural-aware lookup: uses `<key>_<category>` (one, few, many, other…) via Intl.PluralRules. */
export function tn(
  key: string,
  count: number,
  subs?: Record<string, string | number>,
  lang: string = current,
): string {
  const cat = pluralRules(lang).select(count);
  const k =
    catalogs[lang]?.[`${key}_${cat}`] || catalogs['en']?.[`${key}_${cat}`]
      ? `${key}_${cat}`
      : `${key}_other`;
  return t(k, { count, ...subs }, lang);
}

/** "A, B and C" in the UI language (Intl.ListFormat; a plain comma list where it is missing). */
export function formatList(items: string[], lang: string = current): string {
  try {
    return new Intl.ListFormat(bcp47(lang), { type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

/** Format a date (ISO string or Date) for the current UI language. */
export function formatDate(
  d: string | Date,
  lang: string = current,
  opts: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
): string {
  const date = typeof d === 'string' ? new Date(d) : d;
  return dateFormat(lang, opts).format(date);
}
