import { describe, expect, it } from 'vitest';
import { decodeContext, encodeContext, printDocument, compose } from '../../../lib/letters';

describe('article context (?ctx=)', () => {
  it('round-trips Unicode; the outlet is the host, the URL loses its query', () => {
    const ctx = {
      url: 'https://www.news.example/a?b=1',
      title: 'اتفاقية 🇺🇳 «x»',
      outlet: 'Le Monde',
      passage: 'q',
      lang: 'ar',
    };
    expect(decodeContext(encodeContext(ctx))).toEqual({
      ...ctx,
      url: 'https://www.news.example/a',
      outlet: 'news.example',
    });
  });
  it('rejects garbage, non-http URLs and oversize input without throwing', () => {
    expect(decodeContext(null)).toBeNull();
    expect(decodeContext('%%%')).toBeNull();
    expect(decodeContext('e30')).toBeNull(); // {}
    expect(
      decodeContext(
        encodeContext({
          url: 'javascript:alert(1)',
          title: 't',
          outlet: '',
          passage: '',
          lang: '',
        }),
      ),
    ).toBeNull();
    expect(decodeContext('A'.repeat(20_000))).toBeNull();
  });
  it('strips control and bidi-override characters from page text', () => {
    const ctx = {
      url: 'https://n.example/',
      title: 'a\u202Eb\u0007c',
      outlet: '',
      passage: '',
      lang: '',
    };
    expect(decodeContext(encodeContext(ctx))?.title).toBe('abc');
  });
});

describe('printDocument', () => {
  it('builds a postal layout with text nodes only', () => {
    const letter = compose({
      sender: { name: '<b>Ada</b>', city: 'Leeds' },
      recipient: { name: 'Jane Smith', group: 'uk_commons' },
      lang: 'en',
      ask: 'do_not_ratify',
      concerns: [],
      country: 'GB',
    });
    const doc = printDocument(
      letter,
      { name: 'Jane Smith', role: 'MP', postal: ['House of Commons', 'London SW1A 0AA'] },
      { name: '<b>Ada</b>', city: 'Leeds' },
      { date: new Date('2026-11-27T12:00:00Z'), locale: 'en-GB' },
    );
    expect(doc.querySelector('b')).toBeNull();
    expect(doc.querySelector('.tl-recipient')?.textContent).toBe(
      'Jane Smith\nMP\nHouse of Commons\nLondon SW1A 0AA',
    );
    expect(doc.querySelector('.tl-sender')?.textContent).toBe('<b>Ada</b>\nLeeds');
    expect(doc.querySelector('.tl-subject')?.textContent).toBe(letter.subject);
    expect(doc.querySelectorAll('.tl-body p').length).toBe(letter.body.split('\n\n').length);
    expect(doc.querySelector('time')?.textContent).toBe('27 November 2026');
  });
});
