import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect, detectWithNodes } from '../../../lib/detection';
import { locate, mentionRanges } from '../../../lib/detection/locate';
import { articlePage as page, FIXTURES, frozen, live, parse, run } from './helpers';

const articlePage = (body: string, lang?: string) => live(page(body, lang));

const text = (r: Range) => r.toString().replace(/\s+/g, ' ');

describe('locate', () => {
  it('returns a range per mention, spanning inline elements', () => {
    const doc = articlePage(
      '<p>Yesterday the <a href="#">UN</a> <b>Cyber</b>crime <i>Convention</i> was debated.</p>',
    );
    const loc = locate(doc, run(doc));
    expect(loc.mentions).toHaveLength(1);
    const r = loc.mentions[0]!;
    expect(text(r)).toBe('UN Cybercrime Convention');
    expect(r.startContainer.parentElement?.tagName).toBe('A');
    expect(r.endContainer.parentElement?.tagName).toBe('I');
  });

  it('keeps soft hyphens inside the range, so the page text is untouched', () => {
    const doc = articlePage('<p>The UN Cyber&shy;crime treaty.</p>');
    const loc = locate(doc, run(doc));
    expect(loc.mentions.map(text)).toEqual(['UN Cyber\u00adcrime treaty']);
  });

  it('finds article references near mentions, in several languages', () => {
    const cases: [string, string, string[]][] = [
      [
        'en',
        'The UN Convention against Cybercrime: critics cite Article 28(4), Art. 14 and article 40.',
        ['28(4)', '14', '40'],
      ],
      ['de', 'Die UN-Cybercrime-Konvention regelt in Artikel 28 die Durchsuchung.', ['28']],
      ['ru', 'Конвенция ООН против киберпреступности: статья 28 вызывает споры.', ['28']],
      ['ar', 'اتفاقية الأمم المتحدة لمكافحة الجريمة السيبرانية، المادة 14 منها.', ['14']],
      ['ar', 'اتفاقية الأمم المتحدة لمكافحة الجريمة السيبرانية، المادة ١٤ منها.', ['14']],
      ['zh', '《联合国打击网络犯罪公约》第28条规定了搜查。', ['28']],
      ['ko', '유엔 사이버범죄 협약 제28조가 논란이다.', ['28']],
      ['tr', 'BM Siber Suç Sözleşmesi’nin 28. maddesi tartışılıyor.', ['28']],
      ['vi', 'Công ước của Liên Hợp Quốc về chống tội phạm mạng, Điều 28 quy định.', ['28']],
    ];
    for (const [lang, body, want] of cases) {
      const doc = articlePage(`<p>${body}</p>`, lang);
      const loc = locate(doc, run(doc));
      expect(
        loc.articleRefs.map((a) => a.article),
        `${lang}: ${body}`,
      ).toEqual(want);
    }
  });

  it('skips references far from any mention, to other treaties, and the NGO ARTICLE 19', () => {
    const far =
      '<p>' +
      'Unrelated sentence about the weather and sport. '.repeat(20) +
      'Article 12 of the budget law.</p>';
    const doc = articlePage(
      `<p>The UN Convention against Cybercrime is criticised by ARTICLE 19; Article 15 of the Budapest Convention differs.</p>${far}`,
    );
    const loc = locate(doc, run(doc));
    expect(loc.articleRefs).toEqual([]);
  });

  it('returns nothing for a result that did not match', () => {
    const doc = articlePage('<p>Article 28 of the Budapest Convention.</p>');
    expect(locate(doc, run(doc))).toEqual({ mentions: [], articleRefs: [] });
  });

  it('locates the mentions and references on the e2e English page', () => {
    const doc = live(parse(readFileSync(join(FIXTURES, 'pages', 'article-en.html'), 'utf8')));
    const result = run(doc);
    const loc = locate(doc, result);
    expect(loc.mentions.length).toBe(result.mentions.length);
    expect(loc.mentions.map(text)).toEqual(result.mentions.map((m) => m.text));
    expect(loc.articleRefs.map((a) => a.article)).toEqual(
      expect.arrayContaining(['28', '14', '40']),
    );
    for (const a of loc.articleRefs) expect(text(a.range)).toMatch(/^(Article|Art\.) \d+/);
  });

  it('locates the mentions on the e2e Arabic page', () => {
    const doc = live(parse(readFileSync(join(FIXTURES, 'pages', 'article-ar.html'), 'utf8')));
    const loc = locate(doc, run(doc));
    expect(loc.mentions.map(text)).toContain('اتفاقية الأمم المتحدة لمكافحة الجريمة السيبرانية');
    expect(loc.articleRefs.map((a) => a.article)).toEqual(['2', '14']);
  });

  it('takes the same mention ranges from a detection that kept its nodes, on every corpus page', () => {
    const labels = JSON.parse(
      readFileSync(join(FIXTURES, 'corpus', 'labels.json'), 'utf8'),
    ) as Record<string, { match: boolean }>;
    const at = (r: Range) => [r.startContainer, r.startOffset, r.endContainer, r.endOffset];
    let matched = 0;
    for (const f of Object.keys(labels)) {
      const doc = live(parse(readFileSync(join(FIXTURES, 'corpus', f), 'utf8')));
      const { result, analysis } = detectWithNodes(doc, { now: frozen, rules: false });
      // Keeping the nodes and leaving out the rule labels (the page detector's way) change
      // nothing else in the result.
      const full = detect(doc, { now: frozen });
      const unlabelled = full.mentions.map((m) => ({ text: m.text, context: m.context }));
      expect(result, f).toEqual({ ...full, mentions: unlabelled });
      expect(
        result.mentions.filter((m) => 'rule' in m),
        f,
      ).toEqual([]);
      expect(
        full.mentions.filter((m) => !m.rule),
        f,
      ).toEqual([]);
      if (!result.match) continue;
      matched++;
      const want = locate(doc, result).mentions;
      expect(mentionRanges(doc, analysis).map(at), f).toEqual(want.map(at));
      expect(mentionRanges(doc, analysis, 2).map(at), f).toEqual(want.slice(0, 2).map(at));
    }
    expect(matched).toBeGreaterThanOrEqual(80);
  });
});
