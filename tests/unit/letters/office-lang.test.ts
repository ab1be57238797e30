// Issue 18 item 5: the letter language follows the recipient's office, the reader's UI
// language comes next.
import { describe, expect, it } from 'vitest';
import { templateLanguages } from '../../../lib/letters';
import { letterLangFor, letterLangOrder, officeLang } from '../../../lib/letters/office-lang';

const all = templateLanguages();

describe('letter language', () => {
  it('a German reader with an English browser writes to German offices in German', () => {
    expect(letterLangFor('DE', 'en-US', all)).toBe('de');
    expect(letterLangOrder('DE', 'en-US', all).slice(0, 2)).toEqual(['de', 'en']);
  });
  it('follows the country when it changes', () => {
    expect(letterLangFor('EG', 'en', all)).toBe('ar');
    expect(letterLangFor('CN', 'en', all)).toBe('zh');
    expect(letterLangFor('FR', 'de', all)).toBe('fr');
  });
  it('falls back to the reader’s language, then English', () => {
    expect(officeLang('EU', all)).toBeNull();
    expect(letterLangFor('EU', 'pt-BR', all)).toBe('pt');
    expect(letterLangFor('JP', 'ja', all)).toBe('en');
  });
});
