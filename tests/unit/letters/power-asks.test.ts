import { describe, expect, it } from 'vitest';
import { compose } from '../../../lib/letters';
import { ASKS } from '../../../lib/letters/templates';
import { POWER_ASKS, powerAsk, powerOf } from '../../../lib/letters/templates/power-asks';

const letter = (group: string, lang = 'en', ask: (typeof ASKS)[number] = 'do_not_sign') =>
  compose({
    sender: { name: 'A Reader' },
    recipient: { name: 'Schiff', group },
    lang,
    ask,
    concerns: [],
    country: 'US',
  }).body;

describe('the ask follows the recipient’s power', () => {
  it('asks a US representative for oversight and pressure on the administration, not a treaty vote', () => {
    const body = letter('us_house');
    expect(body).toMatch(/does not vote on treaties/);
    expect(body).toMatch(/oversight/);
    expect(body).toMatch(/press the administration/);
    expect(body).not.toMatch(/vote against ratification/);
    for (const ask of ['do_not_sign', 'do_not_accede', 'do_not_ratify'] as const)
      expect(letter('us_house', 'en', ask)).toMatch(/oversight/);
  });

  it('asks a senator to withhold advice and consent, with the conventional salutation', () => {
    const body = letter('us_senate');
    expect(body.startsWith('Dear Senator Schiff,')).toBe(true);
    expect(body).toMatch(/withhold your advice and consent/);
    expect(letter('us_senate', 'en', 'do_not_ratify')).toMatch(/withhold that consent/);
  });

  it('asks a UK MP for a debate and a committee report in the CRaG period', () => {
    const body = letter('uk_commons', 'en', 'do_not_ratify');
    expect(body).toMatch(/21 sitting days/);
    expect(body).toMatch(/debate and a vote/);
    expect(body).toMatch(/select committee/);
  });

  it('asks a national parliament for scrutiny and, where it votes, a vote against; a government neither to ratify nor to submit', () => {
    // Fact-check (session 5): 'parliament' recipients include Australia's JSCOT (a committee that
    // reports; the executive ratifies after laying) and Sri Lanka's parliament (no sourced
    // procedure), so the ask may not assume that parliament votes on ratification.
    const parl = letter('parliament', 'en', 'do_not_ratify');
    expect(parl).toMatch(/not to support ratification/);
    expect(parl).toMatch(/Where parliament votes on ratification, I ask you to vote against it/);
    expect(parl).not.toMatch(
      /Ratification is for parliament|I ask you to vote against ratification/,
    );
    for (const lang of Object.keys(POWER_ASKS))
      expect(POWER_ASKS[lang]!.parliament!.do_not_ratify, lang).not.toMatch(
        /Ratification is for parliament|relève de l’examen du parlement|debe pasar por el examen del parlamento|muss das Parlament prüfen|depende do exame do parlamento|أمر يدرسه البرلمان|подлежит рассмотрению парламентом|须经议会审议/,
      );
    // A government either ratifies itself (Nigeria, Mauritius, Palestine) or submits the treaty
    // to parliament: the ask names both, so it reads true whichever the constitution says.
    expect(letter('foreign_ministry', 'en', 'do_not_ratify')).toMatch(
      /neither to ratify the Convention nor to submit it for ratification/,
    );
    const both: Record<string, RegExp> = {
      en: /neither to ratify .* nor to submit it for ratification/,
      fr: /ne ni ratifier .* ni la soumettre à la ratification/,
      es: /no ratifique .* ni la someta a ratificación/,
      de: /weder zu ratifizieren noch zur Ratifikation vorzulegen/,
      pt: /não ratifique .* nem a submeta à ratificação/,
      ar: /ألّا تصدّق على الاتفاقية ولا تعرضها للتصديق/,
      ru: /не ратифицировать Конвенцию и не вносить её на ратификацию/,
      zh: /既不批准公约，也不将其提交批准/,
    };
    expect(Object.keys(both).sort()).toEqual(Object.keys(POWER_ASKS).sort());
    for (const [lang, re] of Object.entries(both))
      expect(POWER_ASKS[lang]!.government!.do_not_ratify, lang).toMatch(re);
    // Institutions borrow the office salutation.
    expect(letter('parliament').startsWith('Dear Sir or Madam,')).toBe(true);
  });

  it('keeps the MEP consent ask and the template ask where a power has none', () => {
    expect(powerOf('eu_parliament')).toBeNull();
    expect(powerOf('custom')).toBeNull();
    expect(powerAsk('en', 'head_of_government', 'do_not_sign')).toBeUndefined();
  });

  it('has every power ask in every letter language, with no placeholders', () => {
    const shape = (lang: string) =>
      Object.entries(POWER_ASKS[lang]!)
        .flatMap(([p, asks]) => Object.keys(asks ?? {}).map((a) => `${p}.${a}`))
        .sort();
    for (const lang of Object.keys(POWER_ASKS)) {
      expect(shape(lang)).toEqual(shape('en'));
      for (const asks of Object.values(POWER_ASKS[lang]!))
        for (const text of Object.values(asks ?? {})) expect(text).not.toMatch(/[{}]/);
    }
    expect(Object.keys(POWER_ASKS).sort()).toEqual([
      'ar',
      'de',
      'en',
      'es',
      'fr',
      'pt',
      'ru',
      'zh',
    ]);
  });

  it('writes the power asks in Russian and Chinese letters too, in their own terms', () => {
    // A representative is told the House has no treaty vote, in the letter's language.
    expect(letter('us_house', 'ru')).toMatch(/не голосует по международным договорам/);
    expect(letter('us_house', 'zh')).toMatch(/众议院不对条约进行表决/);
    // A senator is asked to withhold advice and consent; the terms match the facts' wording.
    expect(letter('us_senate', 'ru', 'do_not_ratify')).toMatch(
      /совета и согласия Сената|совет и согласие Сената/,
    );
    expect(letter('us_senate', 'zh', 'do_not_ratify')).toMatch(/咨询和同意/);
    expect(letter('parliament', 'ru', 'do_not_ratify')).toMatch(/не поддерживать ратификацию/);
    expect(letter('foreign_ministry', 'zh', 'do_not_ratify')).toMatch(
      /既不批准公约，也不将其提交批准/,
    );
    // No English paragraph leaks into a Russian or Chinese letter.
    for (const lang of ['ru', 'zh'])
      for (const g of ['us_senate', 'us_house', 'uk_commons', 'parliament', 'foreign_ministry'])
        expect(letter(g, lang, 'do_not_ratify')).not.toMatch(/\b(the|Convention|ratification)\b/);
  });
});
