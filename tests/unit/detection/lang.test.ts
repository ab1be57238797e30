import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baseLang, detectLang, OTHER_SCRIPT, STOP, stopVotes } from '../../../lib/detection/lang';
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

  // The guess once read the sample character by character; it now scans it natively. The
  // per-character reading is kept here as the reference both scans must agree with.
  describe('native scans agree with a per-character reading', () => {
    const STOPS = ['the', 'and', 'of', 'les', 'der', 'đuoc', 'yang', 've', 'na', 'il', 'os', 'do'];
    const piece = fc.oneof(
      fc.constantFrom(...STOPS, 'these', 'theory', 'ofthe', 'đ', 'а', 'في', 'の', '한', '中', 'é'),
      fc.constantFrom(' ', '  ', '-', '.', '1', '_', "'", '\u00b7', '\u024f', '\u0250', 'z'),
    );
    const text = fc.array(piece, { maxLength: 60 }).map((p) => p.join(''));
    const STOP_ROWS = STOP.split('|').map((r) => r.split(' '));
    const words = (s: string) => s.split(/[^a-z\u0111]+/).filter(Boolean);

    it('counts a stop word wherever it stands as a whole word', () => {
      fc.assert(
        fc.property(text, (s) => {
          const expected: Record<string, number> = {};
          for (const w of words(s))
            for (const row of STOP_ROWS)
              if (row.slice(1).includes(w)) expected[row[0]!] = (expected[row[0]!] ?? 0) + 1;
          expect(stopVotes(s)).toEqual(expected);
        }),
        { numRuns: 400 },
      );
    });

    it('finds a letter of another script exactly where the count would', () => {
      const counted = (s: string) =>
        [...s].some((ch) => {
          const c = ch.charCodeAt(0);
          return (
            (c >= 0x600 && c <= 0x6ff) ||
            (c >= 0x400 && c <= 0x4ff) ||
            (c >= 0x3040 && c <= 0x30ff) ||
            (c >= 0xac00 && c <= 0xd7af) ||
            (c >= 0x4e00 && c <= 0x9fff)
          );
        });
      fc.assert(
        fc.property(fc.oneof(text, fc.string({ unit: 'binary', maxLength: 40 })), (s) => {
          expect(OTHER_SCRIPT.test(s)).toBe(counted(s));
        }),
        { numRuns: 400 },
      );
    });
  });
});
