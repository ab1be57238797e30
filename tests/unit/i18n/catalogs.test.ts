// The UI catalogs: every promised language ships, with exactly English's keys, the same
// placeholders and the plural categories its language needs; the checker itself is tested on
// small broken catalogs so a silent checker cannot pass the real ones.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  categoriesFor,
  checkCatalogs,
  formatProblems,
  readLocales,
  requiredLanguages,
} from '../../../lib/i18n/check';

const locales = readLocales(resolve(__dirname, '../../..'));
const m = (message: string) => ({ message });

describe('UI catalogs in locales/', () => {
  it('ship every promised language', () => {
    expect(Object.keys(locales)).toEqual(expect.arrayContaining([...requiredLanguages]));
  });

  it('all have English keys, placeholders and plural forms', () => {
    const problems = checkCatalogs(locales);
    expect(problems, formatProblems(problems)).toEqual([]);
  });

  it('keep the store description within 132 characters and the name within 45', () => {
    for (const [lang, areas] of Object.entries(locales)) {
      const manifest = areas['manifest'];
      expect(manifest, `${lang}/manifest.json`).toBeDefined();
      expect(manifest!['extDescription']!.message.length, lang).toBeLessThanOrEqual(132);
      expect(manifest!['extName']!.message.length, lang).toBeLessThanOrEqual(45);
    }
  });
});

describe('the catalog checker', () => {
  const en = {
    a: {
      x_title: m('Letters'),
      x_hi: m('Hello {name}'),
      x_n_one: m('One letter'),
      x_n_other: m('{count} letters sent'),
    },
  };

  it('knows which plural categories each language needs', () => {
    expect(categoriesFor('ar')).toEqual(
      expect.arrayContaining(['zero', 'one', 'two', 'few', 'many', 'other']),
    );
    expect(categoriesFor('ru')).toEqual(expect.arrayContaining(['one', 'few', 'many', 'other']));
    expect(categoriesFor('zh_CN')).toEqual(['other']);
  });

  it('accepts a complete translation', () => {
    const fr = {
      a: {
        x_title: m('Lettres'),
        x_hi: m('Bonjour {name}'),
        x_n_one: m('{count} lettre'),
        x_n_many: m('{count} de lettres'),
        x_n_other: m('{count} lettres'),
      },
    };
    expect(checkCatalogs({ en, fr }, ['en', 'fr'])).toEqual([]);
  });

  it('finds missing, extra and untranslated keys and broken placeholders', () => {
    const de = {
      a: {
        x_hi: m('Hallo {nom}'),
        x_extra: m('Zusatz'),
        x_n_one: m('Ein Brief'),
        x_n_other: m('{count} letters sent'),
      },
    };
    const found = formatProblems(checkCatalogs({ en, de }, ['en', 'de']));
    expect(found).toContain('de/a.json x_title: missing');
    expect(found).toContain('de/a.json x_extra: not in English');
    expect(found).toContain('de/a.json x_hi: unknown placeholder {nom}');
    expect(found).toContain('de/a.json x_hi: placeholder {name} lost');
    expect(found).toContain('de/a.json x_n_other: same as English');
  });

  it('finds missing and impossible plural categories', () => {
    const ru = {
      a: {
        x_title: m('Письма'),
        x_hi: m('Привет, {name}'),
        x_n_one: m('{count} письмо'),
        x_n_other: m('{count} письма'),
        x_n_two: m('два'),
      },
    };
    const found = formatProblems(checkCatalogs({ en, ru }, ['en', 'ru']));
    expect(found).toContain('ru/a.json x_n_few: plural "few" missing');
    expect(found).toContain('ru/a.json x_n_many: plural "many" missing');
    expect(found).toContain('ru/a.json x_n_two: "two" is not a plural category here');
  });

  it('finds a missing language, a missing area file and a key defined twice', () => {
    const es = {
      a: {
        x_title: m('Cartas'),
        x_hi: m('Hola {name}'),
        x_n_one: m('{count} carta'),
        x_n_many: m('{count} de cartas'),
        x_n_other: m('{count} cartas'),
      },
      b: { x_title: m('Otra') },
    };
    const found = formatProblems(checkCatalogs({ en: { ...en, b: {} }, es }, ['en', 'es', 'ar']));
    expect(found).toContain('ar/*.json: language folder missing');
    expect(found).toContain('es/b.json x_title: also defined in a.json');
    expect(found).toContain('es/b.json x_title: not in English');
  });
});

describe('languages and the panel’s one-language strings', () => {
  it('uiLanguages lists exactly the folders under locales/', async () => {
    const { readdirSync } = await import('node:fs');
    const { uiLanguages: langs } = await import('../../../lib/i18n');
    expect([...langs].sort()).toEqual(readdirSync('locales').sort());
  });

  it('stringsOf gives every panel key in one language, English filling gaps', async () => {
    const { stringsOf } = await import('../../../lib/i18n');
    const fr = stringsOf('panel_', 'fr');
    const en = stringsOf('panel_', 'en');
    // Every English key (plural forms of the language may add some).
    for (const k of Object.keys(en)) expect(fr[k], k).toBeTypeOf('string');
    expect(Object.keys(fr).every((k) => k.startsWith('panel_'))).toBe(true);
    expect(fr['panel_tab_label']).not.toBe(en['panel_tab_label']);
  });
});
