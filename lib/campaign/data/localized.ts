import type { Localized } from '../types';

/**
 * Text in the eight content languages, in a fixed order so none is forgotten. Chinese is
 * stored under 'zh' like the facts (`localize` finds it for 'zh_CN').
 */
export const L8 = (
  en: string,
  fr: string,
  es: string,
  de: string,
  pt: string,
  ar: string,
  ru: string,
  zh: string,
): Localized => ({ en, fr, es, de, pt, ar, ru, zh });
