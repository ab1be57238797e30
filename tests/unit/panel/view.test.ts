import { describe, expect, it } from 'vitest';
import { concerns, globalStatus } from '../../../lib/campaign';
import {
  articleNumbers,
  buildPanelView,
  countryFromLocale,
  panelLanguage,
} from '../../../lib/panel/view';

const now = new Date('2026-11-27T12:00:00Z');

describe('panel view model', () => {
  it('speaks the article language where the campaign has it, else the user’s, else English', () => {
    expect(panelLanguage('ar', 'en-US')).toBe('ar');
    expect(panelLanguage('fr', 'de')).toBe('fr');
    expect(panelLanguage('ja', 'de-AT')).toBe('de');
    expect(panelLanguage('ja', 'ko')).toBe('en');
    expect(panelLanguage('', 'pt-BR')).toBe('pt');
  });

  it('takes the reader’s country from a locale tag', () => {
    expect(countryFromLocale('de-AT')).toBe('AT');
    expect(countryFromLocale('zh-Hans-CN')).toBe('CN');
    expect(countryFromLocale('fr')).toBe('');
  });

  it('expands article references for the highlight cards', () => {
    expect(articleNumbers('7-11')).toEqual([7, 8, 9, 10, 11]);
    expect(articleNumbers('2(h)')).toEqual([2]);
    expect(articleNumbers('28(4)')).toEqual([28]);
    expect(articleNumbers('preamble')).toEqual([]);
  });

  it('carries every concern with its paragraph, articles and sources, localized', () => {
    const en = buildPanelView({ articleLang: 'en', userLang: 'en', country: '', now });
    const fr = buildPanelView({ articleLang: 'fr', userLang: 'en', country: '', now });
    expect(en.concerns.map((c) => c.id)).toEqual(concerns().map((c) => c.id));
    expect(en.concerns.length).toBeGreaterThan(3);
    for (const c of en.concerns) {
      expect(c.text.length).toBeGreaterThan(40);
      expect(c.sources.length).toBeGreaterThan(0);
      expect(c.lastChecked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(fr.lang).toBe('fr');
    expect(fr.concerns[0]!.text).not.toBe(en.concerns[0]!.text);
    expect(en.about?.title).toBeTruthy();
    expect(en.supporters?.sources.length).toBeGreaterThan(0);
    // Article 28 carries the compelled-assistance concern, 9 the security-research one.
    expect(en.articleNotes['28']?.length).toBeGreaterThan(0);
    expect(en.articleNotes['9']?.length).toBeGreaterThan(0);
  });

  it('gives the world-wide figures with the 40-ratification rule, deadline and sources', () => {
    const v = buildPanelView({ articleLang: 'en', userLang: 'en', country: '', now });
    expect(v.global.needed).toBe(40);
    expect(v.global.deadline).toBe('2026-12-31');
    expect(v.global.deadlinePassed).toBe(false);
    expect(v.global.ratifications).toBe(globalStatus.ratifications);
    expect(v.global.sources.length).toBeGreaterThan(0);
    expect(v.global.asOf).toMatch(/^\d{4}-\d{2}/);
    const later = buildPanelView({
      articleLang: 'en',
      userLang: 'en',
      country: '',
      now: new Date('2027-01-02T00:00:00Z'),
    });
    expect(later.global.deadlinePassed).toBe(true);
  });

  it('shows the reader’s country with status, source and as-of date, in the panel language', () => {
    const v = buildPanelView({ articleLang: 'de', userLang: 'en', country: 'fr', now });
    expect(v.country?.code).toBe('FR');
    expect(v.country?.name).toBe('Frankreich');
    expect(v.country?.status).toBe('signed');
    expect(v.country?.ask).toBe('do_not_ratify');
    expect(v.country?.source.publisher).toBeTruthy();
    expect(v.country?.asOf).toMatch(/^\d{4}-\d{2}/);
    expect(
      buildPanelView({ articleLang: 'en', userLang: 'en', country: '', now }).country,
    ).toBeNull();
  });

  it('never passes a non-http link to the page', () => {
    const v = buildPanelView({ articleLang: 'en', userLang: 'en', country: 'US', now });
    const all = [
      ...v.global.sources,
      ...v.concerns.flatMap((c) => c.sources),
      ...(v.country ? [v.country.source] : []),
    ];
    for (const s of all) if (s.url) expect(s.url).toMatch(/^https?:\/\//);
  });
});
