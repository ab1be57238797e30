import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { HowDecides } from '../../../components/composer/HowDecides';
import { allCountries, askFor, countryName } from '../../../lib/campaign';
import { decidesFor, decidesLines } from '../../../lib/campaign/decides';
import { setLang, t, uiLanguages } from '../../../lib/i18n';
import institutions from '../../../data/sources/institutions.json';

afterEach(() => {
  cleanup();
  setLang('en');
});

// Issue 14: the composer shows "How <country> decides" for every state it can be opened on.
describe('How it is decided: every state', () => {
  it('renders a heading with the country, the signature and ratification lines and what to do now', () => {
    setLang('en');
    const codes = allCountries().map((c) => c.code);
    expect(codes.length).toBeGreaterThanOrEqual(194);
    for (const code of codes) {
      const { unmount } = render(<HowDecides country={code} />);
      const section = screen.getByTestId('how-decides');
      const name = countryName(code, 'en');
      expect(within(section).getByRole('heading').textContent).toBe(`How it is decided: ${name}`);
      const items = within(section)
        .getAllByRole('listitem')
        .map((li) => li.textContent ?? '');
      expect(items[0]).toMatch(/^Signature:/);
      // A sourced procedure, or the plain "sources do not settle it" — never nothing.
      expect(items[1]).toMatch(/^Ratification: /);
      expect(items.at(-1)).toMatch(/^What you can do now:/);
      for (const text of items) expect(text).not.toMatch(/decides_|\{country\}/);
      // A procedure that rests on a page names the page's host; an unsourced one names none.
      const link = section.querySelector('a');
      expect(!!link).toBe(!!decidesFor(code).source);
      unmount();
    }
  });

  it('has every line in every UI language, with no raw key or placeholder left', () => {
    const keys = new Set<string>(['decides_title', 'decides_source', 'decides_source_unofficial']);
    for (const { code } of allCountries())
      for (const k of decidesLines(decidesFor(code), askFor(code))) keys.add(k);
    // Every approval kind and every ask the data can produce.
    expect(keys.has('decides_unsettled')).toBe(true);
    expect(keys.has('decides_parliament')).toBe(true);
    for (const lang of uiLanguages) {
      for (const key of keys) {
        const text = t(key, { country: 'X' }, lang);
        expect(text, `${lang} ${key}`).not.toBe(key);
        expect(text, `${lang} ${key}`).not.toMatch(/\{[a-z]+\}/);
      }
    }
  });

  it('speaks the reader’s language: Brazil in Portuguese', () => {
    setLang('pt');
    render(<HowDecides country="BR" />);
    const heading = screen.getByRole('heading').textContent ?? '';
    expect(heading).toContain(countryName('BR', 'pt'));
    expect(heading).toBe(t('decides_title', { country: countryName('BR', 'pt') }, 'pt'));
    expect(heading).not.toBe(t('decides_title', { country: countryName('BR', 'pt') }, 'en'));
  });
});

// Fact-check (session 5): the "executive" line said the executive decides "alone, without a
// parliamentary vote". The reviewed procedures behind it say otherwise for the implementing law:
// Nigeria's Constitution s. 12 gives a treaty force of law only once the National Assembly enacts
// it, and Mauritius's Parliament is involved when implementing legislation is needed.
describe('How it is decided: an executive ratification', () => {
  const summaries = new Map(
    (institutions as { procedures: { country: string; summary: string }[] }).procedures.map((p) => [
      p.country,
      p.summary,
    ]),
  );

  it('says no parliamentary approval is needed before ratifying, not that parliament has no vote', () => {
    expect(decidesFor('NG').approval).toBe('executive');
    expect(summaries.get('NG')).toMatch(/National Assembly[^.]*enacts it into law/);
    const en = t('decides_executive', {}, 'en');
    expect(en).toMatch(/no approval by parliament is needed before the state ratifies/);
    expect(en).toMatch(/parliament may have to pass the law that gives the treaty effect/);
    // The old absolute wording, in each UI language.
    const OLD =
      /decides alone|without a parliamentary vote|décide seul|sans vote du parlement|decide solo|sin votación parlamentaria|entscheidet allein|ohne Abstimmung im Parlament|decide sozinho|sem votação no parlamento|وحدها دون تصويت|решает сама|без голосования в парламенте|单独决定|无需议会表决/;
    for (const lang of uiLanguages) {
      const text = t('decides_executive', {}, lang);
      expect(text, lang).not.toMatch(OLD);
      if (lang !== 'en') expect(text, lang).not.toBe(en);
    }
  });
});

describe('How it is decided: what to do before ratification', () => {
  it('asks for a vote against only if ratification comes to a vote (AU lays treaties, LK is unsettled)', () => {
    expect(decidesFor('AU').approval).toBe('laying');
    expect(decidesLines(decidesFor('AU'), 'do_not_ratify')).toContain(
      'decides_now_ratify_parliament',
    );
    expect(decidesLines(decidesFor('LK'), 'do_not_ratify')).toContain(
      'decides_now_ratify_parliament',
    );
    expect(t('decides_now_ratify_parliament', {}, 'en')).toMatch(
      /if ratification comes to a vote, to vote against it/,
    );
    const OLD =
      /fully and vote against ratification|pleinement la convention et de voter contre la ratification|voten en contra de la ratificación, y|gegen die Ratifikation zu stimmen, und|votem contra a ratificação, e|كاملًا والتصويت ضد التصديق،|голосовать против ратификации, а|并投票反对批准/;
    for (const lang of uiLanguages)
      expect(t('decides_now_ratify_parliament', {}, lang), lang).not.toMatch(OLD);
  });
});
