import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { FactItem } from '../../../components/panel/FactItem';
import { setLang } from '../../../lib/i18n';
import type { FactView } from '../../../lib/panel/view';

const fact = (articles: string[], raisedBy: string[] = []): FactView => ({
  id: 'f',
  title: 'A concern',
  text: 'What the articles allow.',
  articles,
  sources: [],
  lastChecked: '2026-12-01',
  raisedBy,
  uncertain: false,
});
const line = (f: FactView, lang: string) => {
  setLang(lang);
  const { container } = render(<FactItem fact={f} />);
  const text = container.querySelector('.articles')?.textContent ?? '';
  const raised = container.querySelector('.raised')?.textContent ?? '';
  cleanup();
  return { text, raised };
};

afterEach(() => setLang('en'));

describe('a fact names the articles it rests on, as each language writes a list', () => {
  it('one article in the singular, several in the plural, never "article(s)"', () => {
    expect(line(fact(['28']), 'en').text).toBe('Rests on Article 28 of the convention');
    expect(line(fact(['1', '3']), 'en').text).toBe('Rests on Articles 1 and 3 of the convention');
    expect(line(fact(['28']), 'de').text).toBe('Beruht auf Artikel 28 des Übereinkommens');
    expect(line(fact(['6', '24']), 'fr').text).toBe(
      'Repose sur les articles 6 et 24 de la convention',
    );
  });

  it('Arabic and Chinese lists use their own conjunctions and no Latin comma', () => {
    const ar = line(fact(['1', '3', '35']), 'ar').text;
    expect(ar).toMatch(/^تستند إلى المواد /);
    expect(ar).toMatch(/ و ?35/);
    expect(ar).not.toMatch(/\(المواد\)|, /);
    expect(line(fact(['1', '3']), 'zh').text).toBe('依据公约第1和3条');
  });

  it('names who raised a concern as a list', () => {
    expect(line(fact(['14'], ['OHCHR', 'EFF', 'HRW']), 'en').raised).toMatch(
      /OHCHR, EFF, and HRW|OHCHR, EFF and HRW/,
    );
  });
});
