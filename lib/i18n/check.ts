/**
 * Build-time checks for the UI catalogs (`locales/<lang>/<area>.json`): every shipped language
 * has exactly English's keys, keeps its placeholders, and has every plural category its
 * language needs. Used by the unit test and by `npm run i18n:check`. Runs in Node only.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The UI languages Treaty Lens promises (folder names under `locales/`). */
export const requiredLanguages = ['en', 'fr', 'es', 'de', 'pt', 'ar', 'ru', 'zh_CN'] as const;

/** Plural categories as used in key suffixes (`key_one`, `key_few`, …). */
export const pluralCategories = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

type Entry = { message: string; description?: string };
type Catalog = Record<string, Entry>;

/** One problem found in the catalogs, in words a translator can act on. */
export interface CatalogProblem {
  lang: string;
  area: string;
  key?: string;
  problem: string;
}

/**
 * Strings that are the same in every language (brand and service names). A translation equal
 * to English is otherwise taken as "not translated yet".
 */
const sameInEveryLanguage = /^(Treaty Lens|Gmail|Outlook(\.com)?|CSV|JSON|PDF|URL|Ed25519|UN|EU)$/;

const placeholderRe = /\{([A-Za-z0-9_]+)\}/g;

/** The `{name}` placeholders in a message. */
export function placeholders(message: string): Set<string> {
  return new Set([...message.matchAll(placeholderRe)].map((m) => m[1]!));
}

/** Plural categories Intl needs for a UI language ('zh_CN' → 'zh-CN'). */
export function categoriesFor(lang: string): string[] {
  return new Intl.PluralRules(lang.replace('_', '-')).resolvedOptions().pluralCategories;
}

/** Read `locales/<lang>/<area>.json` into `{lang: {area: catalog}}`. */
export function readLocales(root: string): Record<string, Record<string, Catalog>> {
  const dir = join(root, 'locales');
  const out: Record<string, Record<string, Catalog>> = {};
  if (!existsSync(dir)) return out;
  for (const lang of readdirSync(dir).sort()) {
    out[lang] = {};
    for (const file of readdirSync(join(dir, lang)).filter((f) => f.endsWith('.json'))) {
      out[lang][file.replace(/\.json$/, '')] = JSON.parse(
        readFileSync(join(dir, lang, file), 'utf8'),
      ) as Catalog;
    }
  }
  return out;
}

/**
 * Plural families in an English catalog: base keys `X` that have both `X_one` and `X_other`.
 * (A lone `X_other` is an ordinary key, e.g. a filter labelled "Other".)
 */
export function pluralFamilies(en: Catalog): Set<string> {
  const fam = new Set<string>();
  for (const key of Object.keys(en)) {
    const m = /^(.*)_other$/.exec(key);
    if (m && `${m[1]}_one` in en) fam.add(m[1]!);
  }
  return fam;
}

function pluralBase(key: string, families: Set<string>): string | undefined {
  const m = /^(.*)_(zero|one|two|few|many|other)$/.exec(key);
  return m && families.has(m[1]!) ? m[1] : undefined;
}

/** Check every language against English; returns the problems (empty when all is well). */
export function checkCatalogs(
  locales: Record<string, Record<string, Catalog>>,
  required: readonly string[] = requiredLanguages,
): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const en = locales['en'] ?? {};
  for (const lang of required)
    if (!locales[lang]) problems.push({ lang, area: '*', problem: 'language folder missing' });

  // A key defined by two areas would be silently overwritten when the build merges them.
  for (const [lang, areas] of Object.entries(locales)) {
    const seen = new Map<string, string>();
    for (const [area, cat] of Object.entries(areas)) {
      for (const key of Object.keys(cat)) {
        if (!/^[A-Za-z0-9_]+$/.test(key))
          problems.push({
            lang,
            area,
            key,
            problem:
              'key may only use A-Z, a-z, 0-9 and _ (Chrome refuses to load the extension otherwise)',
          });
        const other = seen.get(key);
        if (other) problems.push({ lang, area, key, problem: `also defined in ${other}.json` });
        seen.set(key, area);
      }
    }
  }

  for (const [area, enCat] of Object.entries(en)) {
    const families = pluralFamilies(enCat);
    for (const [key, entry] of Object.entries(enCat)) {
      if (typeof entry?.message !== 'string' || !entry.message.trim())
        problems.push({ lang: 'en', area, key, problem: 'empty message' });
      else if (/\$[A-Za-z0-9_@]+\$/.test(entry.message))
        problems.push({ lang: 'en', area, key, problem: 'use {name} placeholders, not $name$' });
    }
    for (const lang of Object.keys(locales)) {
      if (lang === 'en') continue;
      const cat = locales[lang]![area];
      if (!cat) {
        problems.push({ lang, area, problem: `${area}.json missing` });
        continue;
      }
      const needed = categoriesFor(lang);
      // Non-plural keys: exactly English's.
      for (const key of Object.keys(enCat)) {
        if (pluralBase(key, families)) continue;
        if (!(key in cat)) problems.push({ lang, area, key, problem: 'missing' });
      }
      for (const base of families) {
        for (const c of needed)
          if (!(`${base}_${c}` in cat))
            problems.push({ lang, area, key: `${base}_${c}`, problem: `plural "${c}" missing` });
      }
      for (const [key, entry] of Object.entries(cat)) {
        const base = pluralBase(key, families);
        const msg = entry?.message;
        if (base) {
          const c = key.slice(base.length + 1);
          if (!needed.includes(c))
            problems.push({ lang, area, key, problem: `"${c}" is not a plural category here` });
        } else if (!(key in enCat)) {
          problems.push({ lang, area, key, problem: 'not in English (extra key)' });
          continue;
        }
        if (typeof msg !== 'string' || !msg.trim()) {
          problems.push({ lang, area, key, problem: 'empty message' });
          continue;
        }
        const ref = base
          ? new Set([
              ...placeholders(enCat[`${base}_other`]!.message),
              ...placeholders(enCat[`${base}_one`]!.message),
            ])
          : placeholders(enCat[key]!.message);
        const got = placeholders(msg);
        for (const p of got)
          if (!ref.has(p))
            problems.push({ lang, area, key, problem: `unknown placeholder {${p}}` });
        for (const p of ref) {
          // A plural form may leave the number out ("رسالة واحدة", "une lettre").
          if (base && p === 'count') continue;
          if (!got.has(p)) problems.push({ lang, area, key, problem: `placeholder {${p}} lost` });
        }
        const enMsg = (base ? enCat[`${base}_other`] : enCat[key])?.message ?? '';
        const words = enMsg.replace(placeholderRe, '').match(/\p{L}{2,}/gu) ?? [];
        if (
          msg === enMsg &&
          words.length >= 2 &&
          !sameInEveryLanguage.test(msg.trim()) &&
          !lang.startsWith('en')
        )
          problems.push({ lang, area, key, problem: 'same as English (not translated?)' });
      }
    }
  }
  return problems;
}

/** One line per problem, grouped for a terminal or a test failure message. */
export function formatProblems(problems: CatalogProblem[]): string {
  return problems
    .map((p) => `${p.lang}/${p.area}.json${p.key ? ` ${p.key}` : ''}: ${p.problem}`)
    .join('\n');
}
