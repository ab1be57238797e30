/**
 * Names of states and the EU in the reader's language, and picking a text's language: kept apart
 * from the campaign data (lib/campaign/index.ts re-exports them) so a page that only names a
 * country, like the popup's first frame, does not load the data with it.
 */
import type { Localized } from './types';

/** Names Intl.DisplayNames lacks or gives otherwise. */
const NAME_OVERRIDES: Record<string, Localized> = {
  // UN usage rather than CLDR's "Palestinian Territories" / "Vatican City".
  PS: {
    en: 'State of Palestine',
    fr: 'État de Palestine',
    es: 'Estado de Palestina',
    de: 'Staat Palästina',
    pt: 'Estado da Palestina',
    ar: 'دولة فلسطين',
  },
  VA: {
    en: 'Holy See',
    fr: 'Saint-Siège',
    es: 'Santa Sede',
    de: 'Heiliger Stuhl',
    pt: 'Santa Sé',
    ar: 'الكرسي الرسولي',
  },
  EU: {
    en: 'European Union',
    fr: 'Union européenne',
    es: 'Unión Europea',
    de: 'Europäische Union',
    pt: 'União Europeia',
    ar: 'الاتحاد الأوروبي',
  },
};

const displayNames = new Map<string, Intl.DisplayNames | null>();
function regionNames(lang: string): Intl.DisplayNames | null {
  const tag = lang.replace('_', '-');
  if (!displayNames.has(tag)) {
    let dn: Intl.DisplayNames | null = null;
    try {
      dn = new Intl.DisplayNames([tag, 'en'], { type: 'region', fallback: 'none' });
    } catch {
      dn = null;
    }
    displayNames.set(tag, dn);
  }
  return displayNames.get(tag) ?? null;
}

/** Localized name of a state or the EU ('EU' → "European Union"), via Intl.DisplayNames. */
export function countryName(code: string, lang: string): string {
  const c = code.toUpperCase();
  const o = NAME_OVERRIDES[c];
  if (o) {
    const l = localize(o, lang);
    if (!l.fallback) return l.text;
  }
  const name = regionNames(lang)?.of(c);
  if (name && name !== c) return name;
  return o?.en ?? c;
}

/** Pick the text for a language: exact tag, then its base ('pt_BR' → 'pt'), then English. */
export function localize(
  text: Localized,
  lang: string,
): { text: string; lang: string; fallback: boolean } {
  const tag = lang.replace('-', '_');
  const exact = text[tag];
  if (exact) return { text: exact, lang: tag, fallback: false };
  const base = tag.split('_')[0]!.toLowerCase();
  const b = text[base];
  if (b) return { text: b, lang: base, fallback: false };
  return { text: text.en, lang: 'en', fallback: base !== 'en' };
}
