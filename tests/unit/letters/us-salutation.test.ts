import { describe, expect, it } from 'vitest';
import { compose, salutationFor } from '../../../lib/letters';
import { registry } from '../../../lib/letters/templates';
import type { Recipient } from '../../../lib/campaign';
import { loadDataset } from '../../../lib/campaign/recipients';
import { nameHasSurname } from '../../../scripts/data-update';

const greet = (r: Pick<Recipient, 'name' | 'group' | 'last' | 'region'>, lang = 'en') =>
  compose({
    sender: { name: 'A Reader' },
    recipient: r,
    lang,
    ask: 'do_not_sign',
    concerns: [],
    country: 'US',
  }).body.split('\n\n')[0];

describe('US members are greeted by title and surname (issue 14)', () => {
  it('uses the dataset surname for multi-word and particle surnames in the shipped data', async () => {
    const us = await loadDataset('us');
    const find = (name: string) => {
      const r = us.find((m) => m.name === name);
      if (!r) throw new Error(`${name} not in recipients-us.json`);
      return r;
    };
    expect(greet(find('Adam B. Schiff'))).toBe('Dear Senator Schiff,');
    expect(greet(find('Catherine Cortez Masto'))).toBe('Dear Senator Cortez Masto,');
    expect(greet(find('Chris Van Hollen'))).toBe('Dear Senator Van Hollen,');
    expect(greet(find('Ben Ray Luján'))).toBe('Dear Senator Luján,');
    expect(greet(find('Shelley Moore Capito'))).toBe('Dear Senator Capito,');
    expect(greet(find('Nancy Pelosi'))).toBe('Dear Representative Pelosi,');
    expect(greet(find('Adam B. Schiff'), 'zh')).toBe('尊敬的Schiff参议员：');
  });

  it('greets the House delegates and the Resident Commissioner by their own titles', async () => {
    const us = await loadDataset('us');
    const from = (state: string) => {
      const r = us.find((m) => m.group === 'us_house' && m.region === state);
      if (!r) throw new Error(`no House member for ${state}`);
      return r;
    };
    expect(greet(from('DC'))).toBe('Dear Delegate Norton,');
    for (const t of ['GU', 'VI', 'AS', 'MP']) expect(greet(from(t))).toMatch(/^Dear Delegate \S/);
    expect(greet(from('PR'))).toMatch(/^Dear Resident Commissioner Pablo José Hernández,$/);
    expect(greet(from('DC'), 'zh')).toBe('尊敬的Norton代表：');
    // Languages whose House salutation names no one keep it for every member.
    expect(greet(from('DC'), 'fr')).toBe(greet(from('CA'), 'fr'));
  });

  it('nearly every shipped US member carries a surname, always part of the full name', async () => {
    const us = (await loadDataset('us')).filter(
      (r) => r.group === 'us_senate' || r.group === 'us_house',
    );
    expect(us.length).toBeGreaterThan(500);
    // The importer leaves out a surname the shown name does not contain (H001103: official_full
    // "Pablo José Hernández", last "Hernández Rivera"); those keep the full name.
    expect(us.filter((r) => !r.last).length).toBeLessThanOrEqual(3);
    for (const r of us) if (r.last) expect(nameHasSurname(r.name, r.last), r.id).toBe(true);
  });

  it('keeps the full name when the dataset gives no surname, and only US groups use it', () => {
    expect(greet({ name: 'Adam B. Schiff', group: 'us_senate' })).toBe(
      'Dear Senator Adam B. Schiff,',
    );
    expect(greet({ name: 'Nancy Pelosi', group: 'us_house', last: '  ' })).toBe(
      'Dear Representative Nancy Pelosi,',
    );
    expect(
      salutationFor(registry.en!, { name: 'Jo Smith', group: 'uk_commons', last: 'Smith' }),
    ).toBe('Dear Jo Smith MP,');
  });
});
