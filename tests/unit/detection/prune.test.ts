// The matcher cut down to a text's literals (lib/detection/prune.ts, patterns.ts matcherFor)
// must find exactly what the whole matcher finds in that text: same places, same phrases, same
// kinds. Checked on every corpus page's text in every language, and on random texts made of
// the grammar's own literals (so that some alternatives stay and others go).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../../lib/detection/normalize';
import { grammarSources, kindOf, matcher, matcherFor } from '../../../lib/detection/patterns';
import { prune, pruneTree, type Tree } from '../../../lib/detection/prune';
import { FIXTURES, parse } from './helpers';

const hits = (re: RegExp, text: string) => {
  const out: string[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(`${m.index}:${m[0]}:${kindOf(m)}`);
    if (!m[0]) re.lastIndex++;
  }
  return out;
};

const tree = pruneTree(grammarSources().matcher);

/** Every literal the tree's alternatives need (the vocabulary of the random texts). */
function literals(t: Tree, out = new Set<string>()): Set<string> {
  for (const s of t) {
    if (typeof s === 'string') {
      out.add(s);
      continue;
    }
    const [parts, needs] = s;
    for (const l of needs) out.add(l);
    for (const p of parts) if (typeof p !== 'string') literals(p[1], out);
  }
  return out;
}

const texts = (): [string, string][] =>
  readdirSync(join(FIXTURES, 'corpus'))
    .filter((f) => f.endsWith('.html'))
    .map((f) => {
      const doc = parse(readFileSync(join(FIXTURES, 'corpus', f), 'utf8'));
      return [f, normalize(doc.body?.textContent ?? '')];
    });

describe('cut-down matcher', () => {
  it('is the whole matcher when every literal is there', () => {
    expect(
      new RegExp(
        prune(tree, () => true),
        'gu',
      ).source,
    ).toBe(matcher().source);
    expect(grammarSources().matcherTree).toEqual(tree);
  });

  it('is much smaller on an English article, and (?!) when nothing can match', () => {
    const text = normalize('The UN Convention against Cybercrime was adopted in December.');
    const src = prune(tree, (l) => text.includes(l));
    expect(src.length).toBeLessThan(matcher().source.length / 5);
    expect(hits(new RegExp(src, 'gu'), text)).toEqual(hits(matcher(), text));
    expect(hits(new RegExp(src, 'gu'), text)).toHaveLength(1);
    // No literal at all: every kind's group is left, empty.
    expect(prune(tree, () => false)).not.toContain('convention');
  });

  it('finds what the whole matcher finds in every corpus page', () => {
    let found = 0;
    for (const [f, text] of texts()) {
      const want = hits(matcher(), text);
      found += want.length;
      expect(hits(matcherFor([text]), text), f).toEqual(want);
      // And in pieces, as the detector's windows are (literals judged over all of them).
      const pieces = [text.slice(0, 3000), text.slice(3000, 6000)];
      const re = matcherFor(pieces);
      for (const p of pieces) expect(hits(re, p), f).toEqual(hits(matcher(), p));
    }
    expect(found).toBeGreaterThan(50);
  });

  it('finds what the whole matcher finds in random texts of the grammar literals', () => {
    const vocab = [...literals(tree)];
    const words = fc.oneof(
      fc.constantFrom(...vocab),
      fc.constantFrom(' ', ' ', '-', "'", '.', ' the ', ' un ', ' on ', ' of ', '《', ' 2001'),
    );
    let matched = 0;
    fc.assert(
      fc.property(fc.array(words, { maxLength: 40 }), (parts) => {
        const text = normalize(parts.join(''));
        const want = hits(matcher(), text);
        if (want.length) matched++;
        expect(hits(matcherFor([text]), text)).toEqual(want);
      }),
      { numRuns: 400 },
    );
    // Not a vacuous check: many of the texts hold names the matcher finds.
    expect(matched).toBeGreaterThan(40);
  });
});
