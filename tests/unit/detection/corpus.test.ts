// The corpus test from issue 3: precision must be 1.0 and, since issue 16, recall at least 0.98
// over the labelled fixture pages, and positives must report the article's language.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runFile } from './helpers';

const labels = JSON.parse(readFileSync(join(FIXTURES, 'corpus', 'labels.json'), 'utf8')) as Record<
  string,
  { match: boolean; lang: string; kind?: string }
>;
const files = Object.keys(labels);
const results = new Map(files.map((f) => [f, runFile(join('corpus', f))]));

describe('detection corpus', () => {
  it('is large and varied enough to mean something', () => {
    const pos = files.filter((f) => labels[f]!.match);
    const neg = files.filter((f) => !labels[f]!.match);
    expect(files.length).toBeGreaterThanOrEqual(140);
    expect(pos.length).toBeGreaterThanOrEqual(80);
    expect(neg.length).toBeGreaterThanOrEqual(60);
    const langs = new Set(pos.map((f) => labels[f]!.lang));
    for (const l of [
      'ar',
      'zh',
      'ru',
      'fr',
      'es',
      'de',
      'pt',
      'it',
      'nl',
      'pl',
      'tr',
      'ja',
      'ko',
      'vi',
      'id',
      'en',
    ])
      expect(langs, l).toContain(l);
    // Issue 16: how real reporting names the treaty, each in several languages.
    for (const k of ['description', 'colloquial', 'drafting', 'headline', 'brief']) {
      const langs = new Set(pos.filter((f) => labels[f]!.kind === k).map((f) => labels[f]!.lang));
      expect(langs.size, k).toBeGreaterThanOrEqual(4);
    }
    const kinds = new Set(neg.map((f) => labels[f]!.kind));
    for (const k of ['budapest', 'other-un', 'national-law', 'hanoi-venue', 'uncc', 'malabo'])
      expect(kinds, k).toContain(k);
    for (const k of [
      'nav',
      'most-read',
      'related',
      'footer',
      'ad',
      'hidden',
      'script',
      'template',
      'meta',
    ])
      expect(kinds, k).toContain(`furniture-${k}`);
  });

  it('has precision 1.0 and recall ≥ 0.98', () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    const wrong: string[] = [];
    for (const f of files) {
      const got = results.get(f)!.match;
      const want = labels[f]!.match;
      if (got && want) tp++;
      else if (got && !want) {
        fp++;
        wrong.push(`false positive: ${f}`);
      } else if (!got && want) {
        fn++;
        wrong.push(`false negative: ${f}`);
      }
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    console.info(
      `corpus: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (${tp} tp, ${fp} fp, ${fn} fn)`,
    );
    // Listing the misses first makes a failure say which page broke.
    expect(wrong.filter((w) => w.startsWith('false positive'))).toEqual([]);
    if (recall < 0.98) expect(wrong).toEqual([]);
    expect(precision).toBe(1);
    expect(recall).toBeGreaterThanOrEqual(0.98);
  });

  it.each(files.filter((f) => labels[f]!.match))(
    '%s: reports the article language and a mention',
    (f) => {
      const r = results.get(f)!;
      expect(r.lang).toBe(labels[f]!.lang);
      expect(r.mentions.length).toBeGreaterThan(0);
      expect(r.score).toBeGreaterThanOrEqual(0.6);
      // Each mention says which name or description it is (docs/detection.md).
      for (const m of r.mentions) expect(m.rule, m.text).toMatch(/^.{8,}$/);
    },
  );

  it.each(files.filter((f) => !labels[f]!.match))('%s: reports no mention', (f) => {
    const r = results.get(f)!;
    expect(r.mentions).toEqual([]);
    expect(r.lang).toBe(labels[f]!.lang);
  });
});
