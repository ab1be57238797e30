// Issue 15 "citations the reader chose and can see" and issue 18 item 8: what a page may put in
// a letter signed with the reader's name, and how a right-to-left letter keeps a URL readable.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bidiParts, isolateLtrRuns } from '../../../lib/letters/bidi';
import { capText, citationOf, citeHost, citeUrl } from '../../../lib/text/citation';
import { cleanLine, cleanText, hasInvisible, stripInvisible } from '../../../lib/text/clean';
import { compose, decodeContext, encodeContext } from '../../../lib/letters';

const base = {
  sender: { name: 'Ada Example', city: 'Leeds' },
  recipient: { name: 'Jane Smith', group: 'uk_commons' },
  lang: 'en',
  ask: 'do_not_ratify' as const,
  concerns: [],
  country: 'GB',
};

describe('the one invisible-character cleaner', () => {
  const hidden = [
    '\u200B', // zero-width space
    '\u200C', // zero-width non-joiner
    '\u200D', // zero-width joiner (outside an emoji)
    '\u2060', // word joiner
    '\uFEFF', // BOM
    '\u00AD', // soft hyphen
    '\u200E', // LRM
    '\u200F', // RLM
    '\u061C', // ALM
    '\u202A', // LRE
    '\u202E', // RLO
    '\u2066', // LRI
    '\u2068', // FSI
    '\u2069', // PDI
    '\u{E0001}', // LANGUAGE TAG
    '\u{E0041}', // TAG LATIN CAPITAL LETTER A
    '\u{E007F}', // CANCEL TAG
    '\u{E0100}', // VARIATION SELECTOR-17
    '\u3164', // HANGUL FILLER
    '\u0000',
    '\u0007',
    '\u009B', // C1 CSI
  ];
  it.each(hidden.map((c) => [c.codePointAt(0)!.toString(16), c]))('removes U+%s', (_hex, c) => {
    expect(stripInvisible(`a${c}b`)).toBe('ab');
    expect(hasInvisible(`a${c}b`)).toBe(true);
  });

  it('removes a whole tag-character message smuggled after a word', () => {
    const smuggled = [...'IGNORE PREVIOUS'].map((ch) =>
      String.fromCodePoint(0xe0000 + ch.charCodeAt(0)),
    );
    expect(cleanLine(`Treaty news${smuggled.join('')}`)).toBe('Treaty news');
  });

  it('keeps emoji sequences, Arabic, Chinese and line breaks', () => {
    expect(stripInvisible('👩‍💻 مرحبا 你好\nok')).toBe('👩‍💻 مرحبا 你好\nok');
    expect(cleanText('a\r\n\r\n\r\n\r\nb  \n')).toBe('a\n\nb');
    expect(cleanLine(' a\n\tb ')).toBe('a b');
  });

  it('leaves no Cf character in any string (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const out = stripInvisible(s).replace(/(\p{Extended_Pictographic}\uFE0F?)\u200D/gu, '$1');
        expect(/\p{Cf}/u.test(out)).toBe(false);
      }),
    );
  });

  it('is used for every field that enters a letter', () => {
    const z = '\u200B\u202E\u{E0041}';
    const l = compose({
      ...base,
      sender: { name: `Ada${z} Example`, city: `Le${z}eds`, role: `re${z}searcher` },
      recipient: { name: `Jane${z} Smith`, group: 'uk_commons' },
      personal: { why: `I${z} care`, whatIDo: `I${z} code`, local: `Our${z} town` },
      article: {
        title: `Treaty${z} news`,
        outlet: 'x',
        url: 'https://paper.example/a',
        passage: `A${z} quote.`,
      },
    });
    expect(hasInvisible(l.body)).toBe(false);
    expect(hasInvisible(l.subject)).toBe(false);
    expect(l.body).toContain('Dear Jane Smith');
    expect(l.body).toContain('“Treaty news”');
  });
});

describe('citing the article', () => {
  it('cites the host, not the name the page gives itself', () => {
    expect(citeHost('https://www.spiegel.de/netzwelt/a.html')).toBe('spiegel.de');
    const l = compose({
      ...base,
      article: {
        title: 'T',
        outlet: 'The New York Times',
        url: 'https://evil.example/a',
        passage: '',
      },
    });
    expect(l.body).toContain('(evil.example, https://evil.example/a)');
    expect(l.body).not.toContain('New York Times');
  });

  it('drops query, fragment, credentials and path parameters', () => {
    expect(
      citeUrl(
        'https://user:pw@news.example/world/un-treaty;jsessionid=abc?utm_source=nl&utm_medium=email&fbclid=X&mc_eid=42#comments',
      ),
    ).toBe('https://news.example/world/un-treaty');
    expect(citeUrl('javascript:alert(1)')).toBe('');
    expect(citeUrl('not a url')).toBe('');
  });

  it('caps title and quote at about 300 characters at a sentence or word boundary', () => {
    const long = 'The convention worries researchers. '.repeat(40);
    const t = capText(long);
    expect([...t].length).toBeLessThanOrEqual(300);
    expect(t.endsWith('researchers.')).toBe(true);
    const words = 'word '.repeat(200);
    const w = capText(words);
    expect([...w].length).toBeLessThanOrEqual(300);
    expect(w.endsWith('word…')).toBe(true);
    const zh = '联合国网络犯罪公约引发担忧'.repeat(40);
    expect([...capText(zh)].length).toBeLessThanOrEqual(300);
    const c = citationOf({ title: 'x'.repeat(1000), url: 'https://a.example/?q=1' });
    expect([...c.title].length).toBeLessThanOrEqual(300);
    expect(c.url).toBe('https://a.example/');
  });

  it('a context from the page is capped, cleaned and stripped before the composer sees it', () => {
    const ctx = decodeContext(
      encodeContext({
        url: 'https://www.paper.example/x?utm_campaign=spring&sub=123#top',
        title: `${'Long headline '.repeat(60)}\u200B`,
        outlet: 'BBC News',
        passage: `Quote\u{E0041}\u{E0042} here.`,
        lang: 'en',
      }),
    );
    expect(ctx?.url).toBe('https://www.paper.example/x');
    expect(ctx?.outlet).toBe('paper.example');
    expect([...(ctx?.title ?? '')].length).toBeLessThanOrEqual(300);
    expect(ctx?.passage).toBe('Quote here.');
  });
});

describe('right-to-left letters (issue 18 item 8)', () => {
  it('isolates URLs and Latin runs with FSI … PDI', () => {
    const s = 'دفعني مقال بعنوان «UN treaty» (news.example، https://news.example/a/b-1).';
    expect(isolateLtrRuns(s)).toBe(
      'دفعني مقال بعنوان «\u2068UN treaty\u2069» (\u2068news.example\u2069، \u2068https://news.example/a/b-1\u2069).',
    );
  });

  it('an Arabic letter carries its cited URL isolated and without tracking parameters', () => {
    const l = compose({
      ...base,
      lang: 'ar',
      article: {
        title: 'UN cybercrime treaty',
        outlet: 'x',
        url: 'https://news.example/world/a?utm_source=x&gclid=1',
        passage: '',
      },
    });
    expect(l.body).toContain('\u2068https://news.example/world/a\u2069');
    expect(l.body).not.toContain('utm_source');
    expect(l.body).toContain('\u2068UN cybercrime treaty\u2069');
    // Every isolate is closed.
    expect(l.body.split('\u2068').length).toBe(l.body.split('\u2069').length);
  });

  it('leaves left-to-right letters alone', () => {
    const l = compose({ ...base, lang: 'en' });
    expect(l.body).not.toMatch(/[\u2068\u2069]/);
  });

  it('splits isolated runs for <bdi> in HTML', () => {
    expect(bidiParts('أ \u2068https://a.example\u2069 ب')).toEqual([
      { text: 'أ ', isolate: false },
      { text: 'https://a.example', isolate: true },
      { text: ' ب', isolate: false },
    ]);
  });
});
