import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { detect } from '../../../lib/detection';
import { scanStems } from '../../../lib/detection/stems';
import { LetterSchema } from '../../../lib/db/validate';
import { ROW_MARKER, makeLetters } from '../../../scripts/bench/letters';
import {
  articlePage1mb,
  countElements,
  matchingArticle,
  newsPage,
  prng,
} from '../../../scripts/bench/pages';
import { everyPageFiles, matchesEveryPage } from '../../../scripts/bench/sizes';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('benchmark pages', () => {
  it('are deterministic', () => {
    expect(newsPage(1)).toBe(newsPage(1));
    expect(newsPage(1)).not.toBe(newsPage(2));
    const a = prng(5);
    const b = prng(5);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });

  it('news pages have a realistic weight: ≥ 300 KB of HTML, thousands of elements, own scripts', () => {
    for (const v of [0, 1, 2]) {
      const html = newsPage(v);
      expect(new TextEncoder().encode(html).length).toBeGreaterThanOrEqual(300_000);
      expect(countElements(html)).toBeGreaterThanOrEqual(3000);
      expect((html.match(/<script>/g) ?? []).length).toBeGreaterThanOrEqual(2);
    }
  });

  it('the 1 MB article is about 1 MB', () => {
    const size = new TextEncoder().encode(articlePage1mb()).length;
    expect(size).toBeGreaterThan(1_000_000);
    expect(size).toBeLessThan(1_300_000);
  });

  it('news pages do not match and the matching article does (else the overhead and panel rows measure the wrong thing)', () => {
    for (const v of [0, 1, 2])
      expect(detect(parse(newsPage(v)), { timeBudgetMs: 10_000 }).match).toBe(false);
    expect(detect(parse(matchingArticle()), { timeBudgetMs: 10_000 }).match).toBe(true);
  });

  it('news pages have no stem: the overhead row measures the every-page pre-filter alone', () => {
    for (const v of [0, 1, 2]) expect(scanStems(parse(newsPage(v)), () => undefined)).toBe(false);
  });
});

describe('seeded letters', () => {
  const letters = makeLetters(300);
  it('are valid stored letters with unique ids', () => {
    for (const l of letters) expect(v.safeParse(LetterSchema, l).success).toBe(true);
    expect(new Set(letters.map((l) => l.id)).size).toBe(letters.length);
  });
  it('mark rows by subject only, cover every state, and are deterministic', () => {
    // Only a letter row shows the subject; recipient names also appear in filters and prompts.
    expect(
      letters.every(
        (l) => l.subject.startsWith(ROW_MARKER) && !l.recipient.name.includes(ROW_MARKER),
      ),
    ).toBe(true);
    expect(new Set(letters.map((l) => l.state))).toEqual(
      new Set(['draft', 'handed_off', 'sent', 'replied']),
    );
    expect(makeLetters(20)).toEqual(makeLetters(20));
  });
});

describe('manifest content scripts', () => {
  it('recognises catch-all match patterns only', () => {
    expect(matchesEveryPage('<all_urls>')).toBe(true);
    expect(matchesEveryPage('*://*/*')).toBe(true);
    expect(matchesEveryPage('https://*/*')).toBe(true);
    expect(matchesEveryPage('https://*.example.com/*')).toBe(false);
    expect(matchesEveryPage('https://news.example/*')).toBe(false);
  });
  it('lists js and css injected into every page, once each', () => {
    expect(
      everyPageFiles({
        content_scripts: [
          { matches: ['<all_urls>'], js: ['detector.js'], css: ['a.css'] },
          { matches: ['https://news.example/*'], js: ['site.js'] },
          { matches: ['*://*/*'], js: ['detector.js'] },
        ],
      }),
    ).toEqual(['detector.js', 'a.css']);
    expect(everyPageFiles({})).toEqual([]);
  });
});
