import { describe, expect, it } from 'vitest';
import { recipientsFor, regionsFor, searchConstituencies } from '../../../lib/campaign';
import { loadDataset } from '../../../lib/campaign/recipients';
import { checkRecipients } from '../../../lib/campaign/check';

describe('recipients', () => {
  it('ships valid, complete datasets', async () => {
    const all = (
      await Promise.all((['us', 'uk', 'eu', 'offices'] as const).map(loadDataset))
    ).flat();
    expect(checkRecipients(all)).toEqual([]);
    expect(all.filter((r) => r.group === 'uk_commons')).toHaveLength(650);
    expect(all.filter((r) => r.group === 'us_senate')).toHaveLength(100);
  });

  it('gives a US resident two senators (Foreign Relations first), the state’s House members, then the President’s office', async () => {
    const r = await recipientsFor({ country: 'US', region: 'ID' });
    expect(r.slice(0, 2).every((x) => x.group === 'us_senate')).toBe(true);
    expect(r[0]!.flags).toContain('foreign_relations');
    expect(r.filter((x) => x.group === 'us_house').length).toBeGreaterThan(0);
    expect(r.every((x) => x.group === 'head_of_government' || x.region === 'ID')).toBe(true);
    expect(r.at(-1)).toMatchObject({
      group: 'head_of_government',
      name: 'The President of the United States',
    });
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
    expect(r.at(-1)).toMatchObject({ group: 'head_of_government', country: 'FR' });
    expect(r.at(-1)!.email).toBeUndefined();
  });

  it('addresses offices, not possibly stale names, and the European Parliament via LIBE', async () => {
    const [office] = await recipientsFor({ country: 'KE' });
    expect(office).toMatchObject({ group: 'head_of_government', name: 'The President of Kenya' });
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
});
