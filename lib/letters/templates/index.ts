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
import { TemplateSchema, type LetterTemplate } from './types';

export * from './types';

/** Every language's building blocks, keyed by language code. */
export const registry: Readonly<Record<string, LetterTemplate>> = { en, fr, es, de, pt, ar };

/** Languages that have letter templates, English first. */
export function templateLanguages(): string[] {
  return [
    'en',
    ...Object.keys(registry)
      .filter((l) => l !== 'en')
      .sort(),
  ];
}

/** The template for a language tag ('pt-BR' → pt), or English when there is none. */
export function templateFor(lang: string): LetterTemplate {
  const base = lang.toLowerCase().split(/[-_]/)[0] ?? 'en';
  return registry[base] ?? en;
}

/** Check every template against the schema; returns human-readable problems (empty = fine). */
export function checkTemplates(): string[] {
  const problems: string[] = [];
  for (const [lang, tpl] of Object.entries(registry)) {
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
