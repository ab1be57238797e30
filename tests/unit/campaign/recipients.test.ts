import { describe, expect, it } from 'vitest';
import { recipientsFor, regionsFor, searchConstituencies } from '../../../lib/campaign';
import {
  DATASET_KEYS,
  districtsForZip,
  loadDataset,
  loaders,
  parseUsRegion,
} from '../../../lib/campaign/recipients';
import { checkChannelProofs, checkRecipients } from '../../../lib/campaign/check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

describe('recipients', () => {
  it('ships valid, complete datasets', async () => {
    const all = (await Promise.all(DATASET_KEYS.map(loadDataset))).flat();
    expect(checkRecipients(all)).toEqual([]);
    expect(all.filter((r) => r.group === 'uk_commons')).toHaveLength(650);
    expect(all.filter((r) => r.group === 'us_senate')).toHaveLength(100);
  });

  it('gives a US resident two senators (Foreign Relations first) and only their own House member', async () => {
    const r = await recipientsFor({ country: 'US', region: 'ID' });
    expect(r.slice(0, 2).every((x) => x.group === 'us_senate')).toBe(true);
    expect(r[0]!.flags).toContain('foreign_relations');
    // Idaho has two districts: without a ZIP code or district, no House member is guessed.
    expect(r.filter((x) => x.group === 'us_house')).toHaveLength(0);
    const d1 = await recipientsFor({ country: 'US', region: 'ID-1' });
    expect(d1.filter((x) => x.group === 'us_house').map((x) => x.district)).toEqual([1]);
    // A Californian sees one representative, not 52 in alphabetical order.
    const ca = await recipientsFor({ country: 'US', region: 'CA-12' });
    expect(ca.filter((x) => x.group === 'us_house')).toHaveLength(1);
    // A state with one at-large seat needs no ZIP code.
    const wy = await recipientsFor({ country: 'US', region: 'WY' });
    expect(wy.filter((x) => x.group === 'us_house')).toHaveLength(1);
    expect(r.some((x) => x.group === 'head_of_government' && x.country === 'US')).toBe(true);
  });

  it('finds House districts by ZIP code, with every candidate when a ZIP spans districts', async () => {
    expect(await districtsForZip('35004')).toEqual([{ state: 'AL', district: 3 }]);
    expect(await districtsForZip('35005')).toEqual([
      { state: 'AL', district: 6 },
      { state: 'AL', district: 7 },
    ]);
    expect(await districtsForZip('00000')).toEqual([]);
    expect(await districtsForZip('abc')).toEqual([]);
    expect(parseUsRegion('ca-12.14')).toEqual({ state: 'CA', districts: [12, 14] });
  });

  it('gives a UK resident their constituency’s MP', async () => {
    const [hit] = await searchConstituencies('Holborn');
    const r = await recipientsFor({ country: 'GB', region: hit!.id });
    expect(r[0]).toMatchObject({ group: 'uk_commons', regionName: 'Holborn and St Pancras' });
    expect(r[0]!.email).toMatch(/@parliament\.uk$/);
  });

  it('puts LIBE and AFET members first for an EU member, then the head-of-government office', async () => {
    const r = await recipientsFor({ country: 'FR' });
    expect(r[0]!.flags).toContain('libe');
    const ranks = r
      .filter((x) => x.group === 'eu_parliament')
      .map((x) =>
        x.flags?.includes('libe')
          ? 0
          : x.flags?.includes('afet')
            ? 1
            : x.flags?.includes('libe_substitute')
              ? 2
              : 3,
      );
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    // Then institutions read on official pages, best channel first.
    const rest = r.filter((x) => x.group !== 'eu_parliament');
    expect(rest[0]).toMatchObject({ group: 'foreign_ministry', country: 'FR' });
    expect(rest[0]!.proof?.url?.source).toMatch(/^https:\/\/www\.diplomatie\.gouv\.fr\//);
  });

  it('addresses institutions and offices, not possibly stale names, and the European Parliament via LIBE', async () => {
    const ke = await recipientsFor({ country: 'KE' });
    expect(ke[0]).toMatchObject({
      group: 'foreign_ministry',
      url: 'https://mfa.go.ke/state-department-foreign-affairs',
    });
    expect(ke).toContainEqual(
      expect.objectContaining({ group: 'head_of_government', name: 'The President of Kenya' }),
    );
    const eu = await recipientsFor({ country: 'EU' });
    expect(eu.length).toBeGreaterThan(100);
    expect(eu.every((x) => x.flags?.includes('libe') || x.flags?.includes('libe_substitute'))).toBe(
      true,
    );
  });

  it('lists regions for the US and the UK only', async () => {
    const us = await regionsFor('US');
    expect(us.find((s) => s.id === 'CA')?.name).toBe('California');
    expect(await regionsFor('gb')).toHaveLength(650);
    expect(await regionsFor('FR')).toEqual([]);
  });

  it('finds constituencies by name or MP, ignoring accents and case', async () => {
    expect((await searchConstituencies('ynys mon'))[0]?.name).toBe('Ynys Môn');
    expect((await searchConstituencies('STARMER'))[0]?.name).toBe('Holborn and St Pancras');
    expect(await searchConstituencies('   ')).toEqual([]);
    expect((await searchConstituencies('a', 3)).length).toBe(3);
  });

  it('proves every channel: a page with a verbatim excerpt, or a licensed dataset', async () => {
    const attribution = readFileSync(join(import.meta.dirname, '../../../ATTRIBUTION.md'), 'utf8');
    const files = await Promise.all(
      DATASET_KEYS.map(async (key) => ({ key, file: await loaders[key]() })),
    );
    expect(checkChannelProofs(files, attribution)).toEqual([]);
    // An address the page does not show, or a dataset ATTRIBUTION.md does not credit, fails.
    const inst = files.find((f) => f.key === 'institutions')!.file;
    const forged = {
      ...inst,
      records: [
        { ...inst.records[0]!, email: 'someone@example.org', proof: inst.records[0]!.proof },
      ],
    };
    expect(checkChannelProofs([{ key: 'institutions', file: forged }], attribution).join()).toMatch(
      /email (is not shown verbatim|has no source page)/,
    );
    const us = files.find((f) => f.key === 'us')!.file;
    expect(checkChannelProofs([{ key: 'us', file: us }], '').length).toBeGreaterThan(0);
  });
});
