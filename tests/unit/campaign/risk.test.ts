/**
 * The safety index (issue 13, item 11): which governments get the "Not Free" notice before a
 * named letter, read from Freedom House's Freedom in the World 2025 and nothing else.
 */
import { describe, expect, it } from 'vitest';
import { OBSERVERS, UN_MEMBERS } from '../../../lib/campaign';
import { FIW_2025, FIW_2025_TERRITORIES } from '../../../lib/campaign/data/fiw-2025';
import { isRiskyCountry, riskIndex, riskRating, riskyCountries } from '../../../lib/campaign/risk';

describe('riskIndex', () => {
  it('names the index, its edition, its date and the publisher page', () => {
    expect(riskIndex).toMatchObject({
      name: 'Freedom in the World',
      publisher: 'Freedom House',
      edition: '2025',
      date: '2025-02-26',
      status: 'Not Free',
    });
    expect(riskIndex.url).toMatch(/^https:\/\/freedomhouse\.org\/report\/freedom-world\/2025\//);
  });
});

describe('FIW 2025 table', () => {
  it('rates every UN member (plus Kosovo and Taiwan): 195 countries, no other code', () => {
    const codes = Object.keys(FIW_2025).sort();
    expect(codes).toHaveLength(195);
    expect(codes).toEqual([...UN_MEMBERS, 'XK', 'TW'].sort());
  });

  it('keeps each row as read: a known name, a status and a score that fits the status', () => {
    for (const [code, [name, status, total]] of Object.entries(FIW_2025)) {
      expect(name, code).not.toBe('');
      expect(['F', 'PF', 'NF'], code).toContain(status);
      expect(total, code).toBeGreaterThanOrEqual(-1);
      expect(total, code).toBeLessThanOrEqual(100);
    }
    expect(FIW_2025.RU).toEqual(['Russia', 'NF', 12]);
    expect(FIW_2025.FI).toEqual(['Finland', 'F', 100]);
    expect(FIW_2025.IN).toEqual(['India', 'PF', 63]);
    expect(FIW_2025.CI).toEqual(["Cote d'Ivoire", 'PF', 49]);
  });
});

describe('isRiskyCountry', () => {
  it('is true for the 60 states rated Not Free (59 countries and Palestine)', () => {
    const risky = riskyCountries();
    expect(risky).toHaveLength(60);
    for (const code of ['RU', 'CN', 'IR', 'BY', 'VN', 'QA', 'AZ', 'SA', 'AE', 'TR', 'SD', 'PS'])
      expect(isRiskyCountry(code), code).toBe(true);
  });

  it('accepts any case', () => {
    expect(isRiskyCountry('ru')).toBe(true);
    expect(isRiskyCountry('Cn')).toBe(true);
  });

  it('is false for Free and Partly Free states, the Holy See, the EU and unknown codes', () => {
    for (const code of ['FR', 'DE', 'US', 'GB', 'KE', 'IN', 'MX', 'JO', 'HU', 'CI'])
      expect(isRiskyCountry(code), code).toBe(false);
    for (const code of ['VA', 'EU', 'ZZ', '']) expect(isRiskyCountry(code), code).toBe(false);
  });

  it('rates Palestine by the two territories the index rates for it, both Not Free', () => {
    expect(FIW_2025_TERRITORIES.PS?.map((t) => t[0])).toEqual(['West Bank', 'Gaza Strip']);
    expect(riskRating('PS')).toMatchObject({ status: 'NF', names: ['West Bank', 'Gaza Strip'] });
  });

  it('covers every state in our data except the Holy See', () => {
    const unrated = [...UN_MEMBERS, ...OBSERVERS].filter((c) => !riskRating(c));
    expect(unrated).toEqual(['VA']);
  });
});
