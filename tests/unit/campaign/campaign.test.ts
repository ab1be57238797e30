import { describe, expect, it } from 'vitest';
import {
  allCountries,
  askFor,
  concerns,
  countryName,
  facts,
  getCountry,
  globalStatus,
  localize,
  SIGNATURE_CLOSES_AT,
  statusIsCertain,
  UN_MEMBERS,
  CONTENT_LANGUAGES,
  CONCERN_IDS,
  ASKS,
  RECIPIENT_GROUPS,
} from '../../../lib/campaign';
import { checkCountries, checkFacts } from '../../../lib/campaign/check';
import * as letters from '../../../lib/letters';
import type { CountryStatus, Fact } from '../../../lib/campaign';

const TODAY = '2026-11-27';

describe('status of every state', () => {
  it('covers the 193 UN members, the two observer states and the EU', () => {
    const codes = allCountries().map((c) => c.code);
    expect(new Set(UN_MEMBERS).size).toBe(193);
    expect(codes).toHaveLength(196);
    expect(new Set(codes).size).toBe(196);
    expect(codes).toEqual(expect.arrayContaining(['VA', 'PS', 'EU', 'US', 'FR', 'ZW']));
  });

  it('passes every consistency check, including the misreports to avoid', () => {
    expect(checkCountries(allCountries(), globalStatus, TODAY)).toEqual([]);
  });

  it('states what the sources support, each with its confidence', () => {
    expect(getCountry('cn')).toMatchObject({
      status: 'signed',
      confidence: 'confirmed',
      signed: '2025-10-25',
    });
    expect(getCountry('RU')).toMatchObject({ status: 'signed', confidence: 'confirmed' });
    expect(getCountry('SA')?.signed).toBe('2025-10-26');
    expect(getCountry('MU')?.signed).toBe('2025-11-19');
    expect(getCountry('EU')).toMatchObject({ status: 'signed', confidence: 'confirmed' });
    // Absent from the dated Dutch database list: "not listed as of", never "did not sign".
    for (const code of ['KE', 'IN', 'DE', 'IT', 'NL', 'JP', 'CA', 'BG', 'HU'])
      expect(getCountry(code), code).toMatchObject({
        status: 'not_signed',
        confidence: 'not_listed',
        asOf: '2025-11-19',
      });
    // Reported by a named reporter only.
    expect(getCountry('US')).toMatchObject({ status: 'not_signed', confidence: 'reported' });
    expect(getCountry('GB')).toMatchObject({ status: 'signed', confidence: 'reported' });
    expect(getCountry('VN')).toMatchObject({ status: 'signed', confidence: 'reported' });
    // Ratifications rest on secondary reports: never a confirmed status.
    expect(getCountry('AZ')).toMatchObject({ status: 'signed', confidence: 'confirmed' });
    expect(getCountry('AZ')?.reported).toMatchObject({ status: 'ratified' });
    expect(getCountry('QA')).toMatchObject({ status: 'signed', confidence: 'confirmed' });
    for (const code of ['AZ', 'QA', 'VN']) expect(getCountry(code)?.ratified).toBeUndefined();
    // Beyond the part of the list read, with no citable reporter: unknown stays unknown.
    expect(getCountry('SE')).toMatchObject({ status: 'unknown', confidence: 'unknown' });
    expect(getCountry('AE')).toMatchObject({ status: 'unknown', confidence: 'unknown' });
    expect(statusIsCertain('FR')).toBe(true);
    expect(statusIsCertain('KE')).toBe(false);
    expect(statusIsCertain('GB')).toBe(false);
  });

  it('keeps the global count consistent with the table, from the depositary only', () => {
    expect(globalStatus.ratifications).toBe(0);
    expect(globalStatus.ratifiedBy).toEqual([]);
    expect(globalStatus.signatories).toBe(72);
    expect(globalStatus.asOf).toBe('2025-11-19');
    expect(globalStatus.needed).toBe(40);
    expect(globalStatus.signatureDeadline).toBe('2026-12-31');
    expect(globalStatus.entryIntoForce.en).toMatch(/90th day after the 40th/);
    // No second, contradicting count (the old "about 74 … about 76" from never-cite sources).
    expect(globalStatus.signatoriesNote.en).not.toMatch(/\b7[3-9]\b/);
  });

  it('catches a misreport and an unknown code', () => {
    const bad: CountryStatus[] = allCountries().map((c) =>
      c.code === 'EU' ? { ...c, status: 'ratified', ratified: undefined } : c,
    );
    bad.push({ ...bad[0]!, code: 'XK' });
    const problems = checkCountries(bad, globalStatus, TODAY);
    expect(problems.join('\n')).toMatch(/EU shown as ratified/);
    expect(problems.join('\n')).toMatch(/XK: unknown country code/);
  });
});

describe('the ask follows the status and the date', () => {
  const before = new Date('2026-12-31T23:00:00Z'); // still 31 Dec in New York
  const after = new Date(SIGNATURE_CLOSES_AT);

  it('asks non-signers not to sign, then not to accede', () => {
    expect(askFor('US', before)).toBe('do_not_sign');
    expect(askFor('US', after)).toBe('do_not_accede');
    expect(askFor('DE', new Date('2027-03-01'))).toBe('do_not_accede');
  });

  it('asks signers not to ratify and ratifiers for safeguards, whatever the date', () => {
    expect(askFor('FR', before)).toBe('do_not_ratify');
    expect(askFor('GB', after)).toBe('do_not_ratify');
    expect(askFor('EU', after)).toBe('do_not_ratify');
    expect(askFor('AZ', before)).toBe('safeguards');
  });

  it('treats an unconfirmed status like not signed', () => {
    expect(askFor('KE', before)).toBe('do_not_sign');
    expect(askFor('ZZ', after)).toBe('do_not_accede');
  });
});

describe('names and languages', () => {
  it('localizes state names, with UN usage for the observers and the EU', () => {
    expect(countryName('DE', 'fr')).toBe('Allemagne');
    expect(countryName('EU', 'en')).toBe('European Union');
    expect(countryName('EU', 'de')).toBe('Europäische Union');
    expect(countryName('PS', 'en')).toBe('State of Palestine');
    expect(countryName('VA', 'es')).toBe('Santa Sede');
    expect(countryName('JP', 'ja')).toBe('日本');
  });

  it('falls back to English and says so', () => {
    const t = { en: 'Hello', pt: 'Olá' };
    expect(localize(t, 'pt-BR')).toEqual({ text: 'Olá', lang: 'pt', fallback: false });
    expect(localize(t, 'sw')).toEqual({ text: 'Hello', lang: 'en', fallback: true });
    expect(localize(t, 'en')).toEqual({ text: 'Hello', lang: 'en', fallback: false });
  });
});

describe('facts', () => {
  it('are all sourced, dated and written in the six campaign languages', () => {
    expect(checkFacts(facts, TODAY)).toEqual([]);
    for (const f of facts)
      for (const l of CONTENT_LANGUAGES) expect(f.text[l], `${f.id} ${l}`).toBeTruthy();
  });

  it('has the nine concerns in the order the letters use', () => {
    expect(concerns().map((c) => c.id)).toEqual(CONCERN_IDS);
  });

  it('letters use the campaign’s own lists, not copies of them', () => {
    expect(letters.CONCERN_IDS).toBe(CONCERN_IDS);
    expect(letters.ASKS).toBe(ASKS);
    expect(letters.GROUPS).toBe(RECIPIENT_GROUPS);
  });

  it('flags unverified details instead of stating them', () => {
    const compelled = facts.find((f) => f.id === 'compelled-assistance')!;
    expect(compelled.uncertain).toBe(true);
    expect(compelled.text.en).toMatch(/could not be checked/);
    const ratifications = facts.find((f) => f.id === 'status-entry-into-force')!;
    expect(ratifications.uncertain).toBe(true);
    expect(ratifications.text.en).toMatch(/not confirmed|has not confirmed/);
  });

  it('never claims the treaty is in force or that the EU ratified', () => {
    const en = facts.map((f) => f.text.en).join('\n');
    expect(en).not.toMatch(/(?<!not )(?<!is not )entered into force/i);
    expect(en).not.toMatch(/EU (has )?ratified(?!” it)/);
    expect(en).not.toMatch(/71 articles|25 Oct(ober)? 2024/);
  });

  it('rejects a fact without a source, a mirror link or a missing language', () => {
    const base = facts[0]!;
    const bad: Fact[] = [
      { ...base, id: 'no-source', sources: [] },
      {
        ...base,
        id: 'mirror',
        sources: [
          { publisher: 'EFF', title: 'x', url: 'https://tagteam.harvard.edu/x', date: '2024-02' },
        ],
      },
      { ...base, id: 'no-arabic', text: { ...base.text, ar: undefined } as Fact['text'] },
    ];
    const problems = checkFacts(bad, TODAY).join('\n');
    expect(problems).toMatch(/no-source: .*source/);
    expect(problems).toMatch(/mirror.*never cite.*tagteam\.harvard\.edu/);
    expect(problems).toMatch(/no-arabic text: missing language ar/);
  });
});
