import { describe, expect, it } from 'vitest';
import {
  compose,
  phoneScript,
  similarity,
  templateOnly,
  wordCount,
  defaultSelection,
  type ComposeInput,
} from '../../../lib/letters';
import { EU_MEMBERS, getCountry, type Recipient } from '../../../lib/campaign';

const base: ComposeInput = {
  sender: { name: 'Ada Example', city: 'Leeds', role: 'security_researcher' },
  recipient: { name: 'Jane Smith', group: 'uk_commons' },
  lang: 'en',
  ask: 'do_not_ratify',
  concerns: ['security-research', 'serious-crime'],
  personal: { why: 'I find and report bugs.', whatIDo: '', local: '' },
  country: 'GB',
};

describe('compose', () => {
  it('builds salutation, opening, concerns in canonical order, ask, reply and signature', () => {
    const { subject, body, dir } = compose(base);
    // The subject asks what the body asks (issue 13 item 6).
    expect(subject).toBe(
      'Please do not support ratification of the UN Convention against Cybercrime',
    );
    expect(dir).toBe('ltr');
    const paras = body.split('\n\n');
    expect(paras[0]).toBe('Dear Jane Smith MP,');
    expect(paras[1]).toMatch(
      /^I am writing to you from Leeds .* I work in IT security research\.$/,
    );
    expect(paras[2]).toBe('I find and report bugs.');
    expect(body.indexOf('Article 2(h)')).toBeLessThan(body.indexOf('Articles 7 to 11'));
    expect(body).toMatch(/not to support ratification/);
    expect(body).not.toMatch(/European Union/);
    expect(paras.at(-1)).toBe('Yours sincerely,\nAda Example\nLeeds');
  });

  it('EU member states add the Council step; MEPs get the consent ask and subject', () => {
    const national = compose({
      ...base,
      country: 'FR',
      recipient: { name: 'Office', group: 'head_of_government' },
    });
    expect(national.body).toMatch(/decision of the Council/);
    expect(national.body).toMatch(/^Dear Sir or Madam,/);
    const mep = compose({
      ...base,
      country: 'FR',
      recipient: { name: 'Marie Curie', group: 'eu_parliament' },
    });
    expect(mep.subject).toMatch(/European Parliament’s consent/);
    expect(mep.body).toMatch(/withhold that consent/);
    expect(mep.body).not.toMatch(/not to support ratification/);
  });

  it('every EU member state (Hungary too) gets the Council step and MEPs preselected', () => {
    // One list for the whole extension: the campaign data's. A second copy in lib/letters had
    // left out Hungary, so Hungarian letters lacked the EU paragraph and their MEPs.
    expect(EU_MEMBERS).toHaveLength(27);
    const office = { name: 'Office', group: 'head_of_government' } as const;
    const people: Recipient[] = [
      { id: 'office', name: 'Office', role: 'Office', group: 'head_of_government', country: 'X' },
      { id: 'mep', name: 'M', role: 'MEP', group: 'eu_parliament', country: 'X', flags: ['libe'] },
    ];
    for (const code of EU_MEMBERS) {
      expect(getCountry(code)?.euMember, code).toBe(true);
      expect(compose({ ...base, country: code, recipient: office }).body, code).toMatch(
        /decision of the Council/,
      );
      expect(defaultSelection(people, code), code).toEqual(['office', 'mep']);
    }
    expect(compose({ ...base, country: 'NO', recipient: office }).body).not.toMatch(/Council/);
    expect(defaultSelection(people, 'NO')).toEqual(['office']);
  });

  it('cites the article, with the passage when there is one', () => {
    const l = compose({
      ...base,
      article: {
        title: 'Treaty news',
        outlet: 'The Paper',
        url: 'https://paper.example/x',
        passage: 'A quote.',
      },
    });
    expect(l.body).toContain(
      // The page's host, never the name the page gives itself (og:site_name).
      '“Treaty news” (paper.example, https://paper.example/x), which reports: “A quote.”',
    );
  });

  it('keeps Unicode, emoji and RTL text of the reader intact', () => {
    const why = 'أنا قلق 🙏🏽 — ça compte, 日本語 too';
    const l = compose({ ...base, lang: 'ar', personal: { why } });
    // Intact apart from the isolation of the left-to-right run (lib/letters/bidi.ts).
    expect(l.body.replace(/[\u2068\u2069]/g, '')).toContain(why);
    expect(l.body).toContain('\u2068ça compte, 日本語 too\u2069');
    expect(l.dir).toBe('rtl');
  });

  it('drops unknown concern ids and free-text roles get a wrapper sentence', () => {
    const l = compose({ ...base, concerns: ['nope'], sender: { name: 'A', role: 'beekeeper.' } });
    expect(l.body).not.toMatch(/In particular/);
    expect(l.body).toContain('About me: beekeeper.');
  });

  it('phone script names the recipient and lists at most three concerns', () => {
    const s = phoneScript({
      ...base,
      concerns: ['serious-crime', 'children', 'protocols', 'interception'],
    });
    expect(s).toMatch(/calling the office of Jane Smith/);
    expect(s.split('\n').filter((x) => x.startsWith('• '))).toHaveLength(3);
  });
});

describe('similarity', () => {
  it('is 1 for the template itself and drops as the reader writes their own words', () => {
    const tpl = templateOnly(base).body;
    expect(similarity(tpl, tpl)).toBe(1);
    const own = compose({
      ...base,
      personal: {
        why: 'Last spring I reported a flaw in our city council’s parking app; under a loose reading of these offences that report could have been a crime. '.repeat(
          3,
        ),
        whatIDo: 'I teach secure coding to apprentices every week and mentor two of them.',
        local: 'Leeds has a growing security industry that depends on disclosure.',
      },
    }).body;
    const s = similarity(own, tpl);
    expect(s).toBeGreaterThan(0);
    expect(s).toBeLessThan(0.95);
    expect(similarity('', tpl)).toBe(0);
  });

  it('counts words in any script', () => {
    expect(wordCount('one two three')).toBe(3);
    expect(wordCount('واحد اثنان')).toBe(2);
  });
});
