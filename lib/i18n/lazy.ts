/**
 * Strings for one extension page, in one language. `./all` bundles every area in all eight
 * languages (about 340 KB of JavaScript on top of the panel's own catalogs), which every page
 * then had to load and evaluate before its first frame; a page needs one or two areas in the
 * language it speaks, plus English as the fallback `t()` uses. Each catalog file becomes its
 * own small chunk, loaded on demand.
 */
import { registerCatalogs, resolveLang } from './index';

/** UI areas an extension page may load (the shared ones, SHARED, are always loaded too). */
export type PageArea = 'composer' | 'ledger' | 'options' | 'popup';
/** Areas every page uses: the extension's name, campaign statuses, the panel's labels. */
const SHARED = ['manifest', 'campaign', 'panel'] as const;

type Catalog = Record<string, { message: string; description?: string }>;

// As text, parsed with JSON.parse: half the size of a JSON module (which also exports every
// key by name) and faster to parse than the same object literal in JavaScript.
const files = import.meta.glob<string>(
  '../../locales/*/{composer,ledger,options,popup,manifest,campaign,panel}.json',
  {
    query: '?raw',
    import: 'default',
  },
);

/** Catalogs a page bundled with its own code (`registerBundled`): never loaded again. */
const bundled = new Set<string>();

/**
 * Catalogs a page imported with its code (`import.meta.glob(…, { eager: true })` of
 * `locales/en/<area>.json`, as raw text). English is loaded on every page (the fallback `t()`
 * uses), so a page may bundle its first screen's English areas: its first frame then does not
 * wait for a second round of file loads, and `loadAreas` loads only another language's.
 * Paths must be `…/locales/<lang>/<area>.json`.
 */
export function registerBundled(raw: Record<string, string>): void {
  const parsed: Record<string, Catalog> = {};
  for (const [path, text] of Object.entries(raw)) {
    const p = `../../${path.slice(path.indexOf('locales/'))}`;
    parsed[p] = JSON.parse(text) as Catalog;
    bundled.add(p);
  }
  registerCatalogs(parsed);
}

/**
 * Load `areas` in the language `tag` resolves to, and in English, before they are used.
 * Resolves to that language. Already loaded catalogs are not fetched again.
 */
export async function loadAreas(
  areas: readonly PageArea[],
  tag: string | undefined,
): Promise<string> {
  const lang = resolveLang(tag);
  const paths = [...new Set([lang, 'en'])]
    .flatMap((l) => [...SHARED, ...areas].map((a) => `../../locales/${l}/${a}.json`))
    .filter((p) => !bundled.has(p));
  const loaded = await Promise.all(
    paths.map(async (p) => {
      const load = files[p];
      if (!load) throw new Error(`no catalog ${p}`);
      return [p, JSON.parse(await load()) as Catalog] as const;
    }),
  );
  registerCatalogs(Object.fromEntries(loaded));
  return lang;
}
