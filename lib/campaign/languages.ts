/**
 * The languages campaign content is written in, and the panel's choice among them. A module of
 * its own, free of data, so the in-page panel can pick its language before the campaign view
 * arrives without bundling the campaign data.
 */

/**
 * Languages the campaign content is written in: facts in all eight; notes and recipient roles
 * in the first six, and in Russian and Chinese where lib/campaign/data/*-ru-zh.ts has them.
 */
export const CONTENT_LANGUAGES = ['en', 'fr', 'es', 'de', 'pt', 'ar', 'ru', 'zh'] as const;

const base = (tag: string) => tag.replace('-', '_').split('_')[0]!.toLowerCase();

/** The article's language where the campaign has it, else the user's, else English. */
export function panelLanguage(articleLang: string, userLang: string): string {
  const have = new Set<string>(CONTENT_LANGUAGES);
  for (const l of [articleLang, userLang]) if (l && have.has(base(l))) return base(l);
  return 'en';
}
