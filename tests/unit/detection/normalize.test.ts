import { describe, expect, it } from 'vitest';
import { collapse, normalize, stripInvisible } from '../../../lib/detection/normalize';
import { articlePage, run } from './helpers';

describe('normalize', () => {
  it.each([
    ['Übereinkommen', 'ubereinkommen'],
    ['Hà Nội', 'ha noi'],
    ['Liên Hợp Quốc về chống tội phạm mạng', 'lien hop quoc ve chong toi pham mang'],
    ['Ханойской', 'ханоискои'],
    ['Объединённых', 'объединенных'],
    ['cyberprzestępczości', 'cyberprzestepczosci'],
    ['Sözleşmesi’ni', "sozlesmesi'ni"],
    ['İSTANBUL', 'istanbul'],
    ['الأمم المتحدة', 'الامم المتحدة'],
    ['الإلكترونية', 'الالكترونية'],
    ['ﬁnal', 'final'],
    ['ＵＮ　Ｃｙｂｅｒ', 'un cyber'],
    ['ﾊﾉｲ条約', 'ハノイ条約'],
    ['cyber\u00adcrime', 'cybercrime'],
    ['cyber\u200bcrime', 'cybercrime'],
    ['e\u0301te\u0301', 'ete'],
    ['UN–Konvention', 'un-konvention'],
  ])('%s → %s', (input, want) => {
    expect(normalize(input)).toBe(want);
  });

  it('keeps Hangul syllables and Japanese voicing marks (バ is not ハ)', () => {
    expect(normalize('유엔 사이버범죄 협약')).toBe('유엔 사이버범죄 협약');
    expect(normalize('サイバー')).toBe('サイバー');
  });

  it('leaves no-break spaces for the patterns to match as whitespace', () => {
    expect(/\s/.test(normalize('\u00a0'))).toBe(true);
  });

  it('strips invisible characters and collapses whitespace for display', () => {
    expect(stripInvisible('Con\u00adven\u200dtion')).toBe('Convention');
    expect(collapse('  UN\u00a0\n Cyber\u00adcrime  ')).toBe('UN Cybercrime');
  });
});

describe('text extraction feeds the matcher', () => {
  it('joins words split across inline elements without adding spaces', () => {
    const r = run(
      articlePage(
        '<p>The <a href="#">UN</a> <b>Cyber</b><i>crime</i> <span>Con</span>vention was signed.</p>',
      ),
    );
    expect(r.match).toBe(true);
    expect(r.mentions[0]!.text).toBe('UN Cybercrime Convention');
  });

  it('separates block elements with a space', () => {
    // Without the block space "UN" and "Cybercrime treaty" would glue into "UNCybercrime".
    const r = run(
      articlePage('<div>Partners of the UN</div><div>Cybercrime treaty talks resumed.</div>'),
    );
    expect(r.mentions.map((m) => m.text)).toEqual(['UN Cybercrime treaty']);
  });

  it('matches through soft hyphens, zero-width characters and no-break spaces', () => {
    const r = run(
      articlePage(
        '<p>The UN&nbsp;Cyber&shy;crime&nbsp;Con&shy;ven&#8203;tion enters into force later.</p>',
      ),
    );
    expect(r.match).toBe(true);
    expect(r.mentions[0]!.text).toBe('UN Cybercrime Convention');
  });

  it('gives each mention its surrounding sentence as context', () => {
    const r = run(
      articlePage(
        '<p>Yesterday the government said it would sign the UN Convention against Cybercrime before the deadline.</p>',
      ),
    );
    expect(r.mentions[0]!.context).toContain(
      'government said it would sign the UN Convention against Cybercrime before',
    );
  });
});
