import type { Localized } from '../types';

/** Text in the eight content languages, in a fixed order so none is forgotten. */
export const L8 = (
  en: string,
  fr: string,
  es: string,
  de: string,
  pt: string,
  ar: string,
  ru: string,
  zh_CN: string,
): Localized => ({ en, fr, es, de, pt, ar, ru, zh_CN });
