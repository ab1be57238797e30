/**
 * The language a letter is written in follows the recipient's office, not the reader's
 * browser (issue 18 item 5): a German reader with an English browser writes to the Chancellor
 * and German MEPs in German. The reader's UI language is offered next, then the rest.
 *
 * The table names the language each country's government offices work in, among the
 * languages letters are written in; a country not listed (or one whose office language has no
 * letter template) falls back to the reader's language. For countries with several official
 * languages it names the one national offices most commonly answer in (Belgium: French;
 * Switzerland: German; Canada: English), and the reader can always choose another.
 */

const TABLE: Readonly<Record<string, string>> = {
  // German
  DE: 'de',
  AT: 'de',
  LI: 'de',
  CH: 'de',
  // French
  FR: 'fr',
  BE: 'fr',
  LU: 'fr',
  MC: 'fr',
  SN: 'fr',
  CI: 'fr',
  CM: 'fr',
  ML: 'fr',
  BF: 'fr',
  NE: 'fr',
  TG: 'fr',
  BJ: 'fr',
  GA: 'fr',
  CD: 'fr',
  CG: 'fr',
  GN: 'fr',
  HT: 'fr',
  MG: 'fr',
  // Spanish
  ES: 'es',
  MX: 'es',
  AR: 'es',
  CO: 'es',
  CL: 'es',
  PE: 'es',
  VE: 'es',
  EC: 'es',
  BO: 'es',
  PY: 'es',
  UY: 'es',
  CR: 'es',
  PA: 'es',
  GT: 'es',
  HN: 'es',
  SV: 'es',
  NI: 'es',
  DO: 'es',
  CU: 'es',
  // Portuguese
  PT: 'pt',
  BR: 'pt',
  AO: 'pt',
  MZ: 'pt',
  CV: 'pt',
  GW: 'pt',
  ST: 'pt',
  TL: 'pt',
  // Arabic
  EG: 'ar',
  SA: 'ar',
  AE: 'ar',
  MA: 'ar',
  DZ: 'ar',
  TN: 'ar',
  JO: 'ar',
  LB: 'ar',
  IQ: 'ar',
  SY: 'ar',
  KW: 'ar',
  QA: 'ar',
  BH: 'ar',
  OM: 'ar',
  YE: 'ar',
  LY: 'ar',
  SD: 'ar',
  MR: 'ar',
  PS: 'ar',
  // Russian
  RU: 'ru',
  BY: 'ru',
  KZ: 'ru',
  KG: 'ru',
  // Chinese
  CN: 'zh',
  // English
  GB: 'en',
  US: 'en',
  IE: 'en',
  AU: 'en',
  NZ: 'en',
  CA: 'en',
  IN: 'en',
  NG: 'en',
  KE: 'en',
  ZA: 'en',
  GH: 'en',
  UG: 'en',
  ZM: 'en',
  ZW: 'en',
  MT: 'en',
  PH: 'en',
  SG: 'en',
  JM: 'en',
};

const base = (tag: string) => tag.toLowerCase().split(/[-_]/)[0] ?? '';

/** The letter language of a country's government offices, if a template exists for it. */
export function officeLang(country: string, available: readonly string[]): string | null {
  const l = TABLE[country.toUpperCase()];
  return l && available.includes(l) ? l : null;
}

/**
 * The letter languages in the order the composer offers them: the recipient's office
 * language, the reader's UI language, then the rest as given.
 */
export function letterLangOrder(
  country: string,
  uiLang: string,
  available: readonly string[],
): string[] {
  const first = [officeLang(country, available), base(uiLang)].filter(
    (l): l is string => !!l && available.includes(l),
  );
  return [...new Set([...first, ...available])];
}

/** The default letter language: the office's, else the reader's, else English. */
export function letterLangFor(
  country: string,
  uiLang: string,
  available: readonly string[],
): string {
  return letterLangOrder(country, uiLang, available)[0] ?? 'en';
}
