/**
 * The letter template registry: one validated set of building blocks per language.
 * Adding a language = one file here plus an entry in `registry`; the schema and the
 * "every template × ask × language renders" test keep it honest.
 */
import * as v from 'valibot';
import { ar } from './ar';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { pt } from './pt';
import { ptBR } from './pt-BR';
import { ru } from './ru';
import { zh } from './zh';
import { TemplateSchema, type LetterTemplate } from './types';

export * from './types';

/** Every language's building blocks, keyed by language code. */
export const registry: Readonly<Record<string, LetterTemplate>> = {
  en,
  fr,
  es,
  de,
  pt,
  ar,
  ru,
  zh,
};

/**
 * Regional variants, keyed by tag (`pt_BR`): a full template of their own, used for that tag
 * (and for letters to the country it belongs to), but not counted as another language.
 */
export const variants: Readonly<Record<string, LetterTemplate>> = { pt_BR: ptBR };

/** The variant a country's letters use in a language: Brazil writes Brazilian Portuguese. */
const COUNTRY_VARIANT: Readonly<Record<string, string>> = { BR: 'pt_BR' };

/** The template tag for a language and (optionally) the sender's country: 'pt' + 'BR' → 'pt_BR'. */
export function templateTag(lang: string, country?: string): string {
  const tag = lang.replace('-', '_');
  const [base = 'en', region] = tag.split('_');
  const exact = `${base.toLowerCase()}${region ? `_${region.toUpperCase()}` : ''}`;
  if (variants[exact]) return exact;
  const byCountry = country ? COUNTRY_VARIANT[country.toUpperCase()] : undefined;
  if (byCountry && byCountry.startsWith(`${base.toLowerCase()}_`)) return byCountry;
  return registry[base.toLowerCase()] ? base.toLowerCase() : 'en';
}

/** Languages that have letter templates, English first. */
export function templateLanguages(): string[] {
  return [
    'en',
    ...Object.keys(registry)
      .filter((l) => l !== 'en')
      .sort(),
  ];
}

/**
 * The template for a language tag ('pt-BR' → the Brazilian variant, 'fr-CA' → fr), or English
 * when there is none. With the sender's country, Brazil gets Brazilian Portuguese for 'pt'.
 */
export function templateFor(lang: string, country?: string): LetterTemplate {
  const tag = templateTag(lang, country);
  return variants[tag] ?? registry[tag] ?? en;
}

/** Check every template against the schema; returns human-readable problems (empty = fine). */
export function checkTemplates(): string[] {
  const problems: string[] = [];
  for (const [lang, tpl] of [...Object.entries(registry), ...Object.entries(variants)]) {
    const res = v.safeParse(TemplateSchema, tpl);
    if (!res.success) {
      for (const issue of res.issues) {
        problems.push(`${lang}: ${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`);
      }
    }
    if (tpl.lang !== lang) problems.push(`${lang}: lang field says ${tpl.lang}`);
  }
  return problems;
}
