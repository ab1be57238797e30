import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baseLang, detectLang } from '../../../lib/detection/lang';
import { normalize } from '../../../lib/detection/normalize';
import { parse } from './helpers';

const doc = (lang: string | null, extra = '') =>
  parse(`<html${lang === null ? '' : ` lang="${lang}"`}><head>${extra}</head><body></body></html>`);
const guess = (text: string, d: Document | null = null) => detectLang(normalize(text), d);

describe('article language', () => {
  it('reduces tags to their base', () => {
    expect(baseLang('pt-BR')).toBe('pt');
    expect(baseLang('zh_Hant_TW')).toBe('zh');
    expect(baseLang('in')).toBe('id');
    expect(baseLang('')).toBe('');
    expect(baseLang('x')).toBe('');
  });

  it('trusts <html lang> when the text agrees', () => {
    expect(
      guess('Le traité est signé par les États et les députés sont contre.', doc('fr-FR')),
    ).toBe('fr');
  });

  it('overrides a template lang="en" when the text is clearly another language', () => {
    const es =
      'Los Estados que no la firmen antes del plazo solo podrán sumarse por adhesión, según la colección de tratados de las Naciones Unidas, para los críticos.';
    expect(guess(es, doc('en'))).toBe('es');
  });

  it('reads Content-Language when there is no lang attribute', () => {
    expect(
      guess(
        'Het verdrag is ondertekend.',
        doc(null, '<meta http-equiv="Content-Language" content="nl">'),
      ),
    ).toBe('nl');
  });

  it.each([
    ['ar', 'وقعت الدول على اتفاقية الأمم المتحدة'],
    ['ru', 'Россия подписала конвенцию'],
    ['ja', '日本は署名を見送った。条約は国連で採択された。'],
    ['ko', '유엔 사이버범죄 협약 서명식이 열렸다'],
    ['zh', '联合国打击网络犯罪公约开放签署仪式在河内举行'],
    ['vi', 'Công ước của Liên Hợp Quốc được các nước ký và những người dân không biết'],
    ['tr', 'Türkiye bu sözleşmeyi imzaladı ve bir açıklama yaptı için'],
    ['pl', 'Polska podpisała konwencję i nie jest to jeszcze ratyfikacja oraz się'],
    ['id', 'Konvensi yang dibuka untuk ditandatangani dan berlaku setelah itu'],
  ])('guesses %s from the script or stop words', (want, text) => {
    expect(guess(text)).toBe(want);
  });

  it('keeps a declared language of the same script (Ukrainian is not Russian)', () => {
    expect(guess('Україна підписала конвенцію', doc('uk'))).toBe('uk');
  });

  it('votes with the words /[a-zđ]+/ finds, however they are separated (fast-check)', () => {
    // The vote splits the sample into words by hand; it must see exactly the words of the
    // regular expression it replaced, so the same text gets the same vote.
    const piece = fc.constantFrom(
      ...'the and of que les der die het een và đuoc cua khong nie jest ve bir yang dan dalam'.split(
        ' ',
      ),
      ...'theater andes dieser đ đđ a z x1 9 12 olarak- Đuoc THE The é ß ç ı ł'.split(' '),
      ' ',
      '  ',
      '.',
      ',',
      '-',
      "'",
      '\n',
      '\u00a0',
      '\u001f',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (ps) => {
        const text = ps.join('');
        const words = (text.match(/[a-zđ]+/g) ?? []).join(' ');
        expect(detectLang(text, null)).toBe(detectLang(words, null));
        expect(detectLang(text, doc('de'))).toBe(detectLang(words, doc('de')));
      }),
      { numRuns: 2000 },
    );
  });
});
