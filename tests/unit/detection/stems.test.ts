// ANCHORS (lib/detection/stems.ts) is written as a one-level trie for speed. It must find
// exactly what the flat list of stems finds: the same places, the same lengths, so the
// detector's windows and the pre-filter's answers do not change. The flat list below is the
// specification (the list as it was before the trie); keep both in step when a stem is added.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANCHORS } from '../../../lib/detection/stems';
import { FIXTURES, parse } from './helpers';

const FLAT =
  /cyber|ciber|siber|sİber|кибер|informati[cq]|informátic|informàtic|computerkriminalit|computercriminalit|internetkriminalit|komputerow|لكترون|سيبران|معلومات|犯罪|범죄|tội\s*phạm|toi\s*pham|han[oóòô]|h[aà]\s*n[oộ]i|хано|هانوي|河内|河內|ハノイ|하노이|79\/243|ad\s*hoc\s*committee|criminal\s*purpose|преступных\s*цел|fins\s*criminel|fines\s*delictiv|fins\s*criminos|scopi\s*criminal|kriminelle\s*zweck|criminele\s*doeleind|celów\s*przestępcz|suç\s*amaçl|tujuan\s*kriminal|غراض\s*ال?[اإ]جرامي|dunia\s*maya|surveillance\s*treat/gi;

/** Every match of `re` in `s`: [index, matched text]. */
function matches(re: RegExp, s: string): [number, string][] {
  const out: [number, string][] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) out.push([m.index, m[0]]);
  return out;
}

/** One written form of every stem (with a space where the stem allows whitespace). */
const STEMS = [
  'cyber', 'ciber', 'siber', 'sİber', 'кибер', 'informatic', 'informatiq', 'informátic',
  'informàtic', 'computerkriminalit', 'computercriminalit', 'internetkriminalit', 'komputerow',
  'لكترون', 'سيبران', 'معلومات', '犯罪', '범죄', 'tội phạm', 'toi pham', 'hano', 'hanó', 'hanò',
  'hanô', 'ha noi', 'hà nội', 'hanội', 'хано', 'هانوي', '河内', '河內', 'ハノイ', '하노이', '79/243',
  'ad hoc committee', 'criminal purpose', 'преступных цел', 'fins criminel', 'fines delictiv',
  'fins criminos', 'scopi criminal', 'kriminelle zweck', 'criminele doeleind',
  'celów przestępcz', 'suç amaçl', 'tujuan kriminal', 'غراض الاجرامي', 'غراض الإجرامي',
  'dunia maya', 'surveillance treat',
]; // prettier-ignore

describe('ANCHORS (the trie) finds what the flat stem list finds', () => {
  it('every stem, alone and in upper case, with its spaces left out or doubled', () => {
    for (const stem of STEMS)
      for (const s of [
        stem,
        stem.toUpperCase(),
        stem.replace(/ /g, ''),
        stem.replace(/ /g, ' \n '),
      ]) {
        expect(matches(ANCHORS, s), s).toEqual(matches(FLAT, s));
        expect(matches(ANCHORS, s).length, s).toBe(1);
      }
  });

  it('on every corpus page', () => {
    const labels = JSON.parse(
      readFileSync(join(FIXTURES, 'corpus', 'labels.json'), 'utf8'),
    ) as Record<string, unknown>;
    let found = 0;
    for (const f of Object.keys(labels)) {
      const text = parse(readFileSync(join(FIXTURES, 'corpus', f), 'utf8')).body.textContent ?? '';
      const flat = matches(FLAT, text);
      found += flat.length;
      expect(matches(ANCHORS, text), f).toEqual(flat);
    }
    expect(found).toBeGreaterThan(300);
  });

  it('on text made of stems, their pieces, mixed case and spaces (fast-check)', () => {
    // Pieces of stems make near misses and overlaps ("hanoi", "fins criminele doeleind").
    const piece = fc.oneof(
      fc.constantFrom(...STEMS),
      fc
        .tuple(fc.constantFrom(...STEMS), fc.nat(20), fc.nat(20))
        .map(([s, a, b]) => s.slice(Math.min(a, b), Math.max(a, b) + 1)),
      fc.constantFrom(' ', '  ', '\n', 'a', 'the ', 'ber', 'İ', 'ı', 'K', 'ſ', '\u00a0', '-'),
    );
    const mixedCase = fc
      .tuple(fc.array(piece, { maxLength: 12 }), fc.array(fc.boolean(), { maxLength: 80 }))
      .map(([ps, up]) =>
        [...ps.join('')].map((c, i) => (up[i % (up.length || 1)] ? c.toUpperCase() : c)).join(''),
      );
    fc.assert(
      fc.property(mixedCase, (s) => {
        expect(matches(ANCHORS, s)).toEqual(matches(FLAT, s));
      }),
      { numRuns: 3000, seed: 17 },
    );
  });
});
