// Robustness of the detector on input it was not written for: random and hostile HTML and text
// must never make it throw, and its time budget must hold on an injected clock (no real timing).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/detection';

const NAMES = [
  'UN Convention against Cybercrime',
  'Convention des Nations Unies contre la cybercriminalité',
  'Конвенции ООН против киберпреступности',
  'UN-Cybercrime-Konvention',
  '联合国打击网络犯罪公约',
  'اتفاقية الأمم المتحدة لمكافحة الجرائم السيبرانية',
  'Hanoi Convention',
  'Convention on Cybercrime',
];
const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '</style><script>window.__pwned=1</script>',
  '<svg><script>window.__pwned=1</script></svg>',
  '<iframe srcdoc="<script>parent.__pwned=1</script>">',
  '<template><p>UN Convention against Cybercrime</p></template>',
  '<!--',
  '<![CDATA[',
  '<p<p<p>',
  '</article></main></body></html><article>',
  '<a href="javascript:alert(1)">x</a>',
  '\u0000\ud800\udfff\u202e\u2066\u00ad\u200b\ufeff',
  'ß'.repeat(50),
  'İ'.repeat(50),
];
const TAGS = [
  'p',
  'div',
  'article',
  'main',
  'nav',
  'b',
  'span',
  'li',
  'ul',
  'section',
  'aside',
  'table',
  'td',
  'h1',
  'a',
  'template',
  'script',
  'style',
  'svg',
];

/** Random markup soup built from tags, attributes, names, payloads and arbitrary text. */
const html = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.string({ unit: 'binary', maxLength: 60 }),
    fc.constantFrom(...NAMES, ...PAYLOADS),
    tie('element'),
  ),
  element: fc
    .tuple(
      fc.constantFrom(...TAGS),
      fc.constantFrom(
        '',
        ' hidden',
        ' class="related"',
        ' itemprop="articleBody"',
        ' style="display:none"',
        ' aria-hidden="true"',
        ' role="main"',
      ),
      fc.array(tie('node'), { maxLength: 6 }),
      fc.boolean(),
    )
    .map(([t, attr, kids, close]) => `<${t}${attr}>${kids.join('')}${close ? `</${t}>` : ''}`),
})).node as fc.Arbitrary<string>;

function parse(markup: string): Document {
  return new DOMParser().parseFromString(markup, 'text/html');
}

/** A clock that moves `step` ms on every read. */
function ticking(step: number) {
  let t = 0;
  let reads = 0;
  return {
    now: () => {
      reads++;
      return (t += step);
    },
    reads: () => reads,
  };
}

describe('detector on random and hostile input', () => {
  it('never throws and always returns a well-formed result (fast-check)', () => {
    fc.assert(
      fc.property(html, (markup) => {
        const r = detect(parse(markup), { timeBudgetMs: 1e9 });
        expect(typeof r.match).toBe('boolean');
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThanOrEqual(1);
        expect(r.match).toBe(r.score >= 0.6);
        expect(typeof r.lang).toBe('string');
        expect(Array.isArray(r.mentions)).toBe(true);
        expect(r.mentions.length).toBeLessThanOrEqual(50);
        for (const m of r.mentions) {
          expect(typeof m.text).toBe('string');
          expect(typeof m.context).toBe('string');
        }
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on arbitrary text, in an element or in an empty document', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => {
        const doc = parse('<article><p></p></article>');
        doc.querySelector('p')!.textContent = text;
        expect(() => detect(doc, { timeBudgetMs: 1e9 })).not.toThrow();
        expect(() => detect(doc.body, { timeBudgetMs: 1e9 })).not.toThrow();
      }),
      { numRuns: 300 },
    );
    for (const markup of ['', '<html></html>', '<frameset></frameset>', '<svg></svg>']) {
      expect(() => detect(parse(markup))).not.toThrow();
    }
  });

  it('markup in page text is text: mentions never carry live markup, and a script payload does not run', () => {
    const w = globalThis as { __pwned?: number };
    delete w.__pwned;
    const doc = parse(
      `<article><h1>${'&lt;img src=x onerror=window.__pwned=1&gt;'} UN Convention against Cybercrime</h1>` +
        `<p>The UN Convention against Cybercrime &lt;/style&gt;&lt;script&gt;window.__pwned=1&lt;/script&gt; was adopted.</p>` +
        `<p>${PAYLOADS.join(' ')} The UN Convention against Cybercrime.</p></article>`,
    );
    const r = detect(doc, { timeBudgetMs: 1e9 });
    expect(r.match).toBe(true);
    expect(r.mentions.some((m) => m.context.includes('<script>window.__pwned=1</script>'))).toBe(
      true,
    );
    expect(w.__pwned).toBeUndefined();
  });

  it('gives up with no decision once its budget is spent, on a clock that moves', () => {
    // 6,000 paragraphs that all name the convention: plenty to match, far too much to finish.
    const body =
      '<article>' + '<p>The UN Convention against Cybercrime. </p>'.repeat(6000) + '</article>';
    const doc = parse(body);
    const clock = ticking(1); // every read costs 1 ms of "time"
    const r = detect(doc, { timeBudgetMs: 40, now: clock.now });
    expect(r.match).toBe(false);
    expect(r.mentions).toEqual([]);
    expect(r.reasons.join(' ')).toMatch(/time budget of 40 ms exceeded/);
    // It stops at the first check after the deadline: a handful of clock reads, not thousands.
    expect(clock.reads()).toBeLessThan(60);
    // With an unlimited budget the same page matches: giving up was the budget, not the input.
    expect(detect(doc, { timeBudgetMs: 1e9 }).match).toBe(true);
  });

  it('respects any budget on random pages: it either decides before the deadline or gives up (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.array(html, { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 5 }),
        (parts, budget, step) => {
          const doc = parse(`<article>${parts.join('')}</article>`.repeat(8));
          let t = 0;
          let last = 0;
          const now = () => (last = t += step);
          const r = detect(doc, { timeBudgetMs: budget, now });
          if (r.reasons.some((x) => /time budget/.test(x))) {
            expect(r.match).toBe(false);
            expect(r.mentions).toEqual([]);
          } else {
            // A decision was made: the first read set the deadline (step + budget) and every later
            // read is a check, so no check may have seen the clock past it.
            expect(last).toBeLessThanOrEqual(step + budget);
          }
        },
      ),
      { numRuns: 80 },
    );
  });

  it('a clock that jumps far ahead (sleep, throttled tab) ends detection at once', () => {
    const doc = parse(
      '<article>' + '<p>UN Convention against Cybercrime</p>'.repeat(2000) + '</article>',
    );
    let first = true;
    const r = detect(doc, {
      timeBudgetMs: 50,
      now: () => (first ? ((first = false), 0) : 1e12),
    });
    expect(r.match).toBe(false);
    expect(r.reasons.join(' ')).toMatch(/time budget/);
  });
});
