import { describe, expect, it } from 'vitest';
import { checkChannelProofs, reachLine, reachOf } from '../../../lib/campaign/check';
import type { RecipientFile } from '../../../lib/campaign/recipients';
import type { Recipient } from '../../../lib/campaign/types';

const base = { role: 'x', name: 'x' };
const r = (id: string, country: string, extra: Partial<Recipient>): Recipient =>
  ({ ...base, id, country, group: 'foreign_ministry', ...extra }) as Recipient;

// Issue 14: `data:check` prints the reach line after its summary and fails on an unproven channel.
describe('the reach line of data:check', () => {
  it('counts a state once per tier, legislatures by member-level group, custom recipients never', () => {
    const all: Recipient[] = [
      r('a', 'CA', { email: 'a@x.ca' }),
      r('b', 'CA', { url: 'https://x.ca' }),
      r('c', 'BR', { contactForm: 'https://x.br/form' }),
      r('d', 'KE', { url: 'https://x.ke' }),
      r('e', 'NG', { postal: ['Abuja'] }),
      r('f', 'ZZ', { email: 'me@x.org', group: 'custom' }),
      r('g', 'US', { contactForm: 'https://x.senate.gov', group: 'us_senate' }),
      r('h', 'US', { url: 'https://x.house.gov', group: 'us_house' }),
      r('i', 'GB', { email: 'x@parliament.uk', group: 'uk_commons' }),
    ];
    const reach = reachOf(all, ['CA', 'KE', 'CA']);
    expect(reach).toEqual({ electronic: 4, website: 5, procedures: 2, legislatures: 2 });
    expect(reachLine(reach)).toBe(
      'reach: 4 states with a proven e-mail or form channel, 5 with at least an official website, 2 with a ratification procedure described, 2 legislatures with member-level data',
    );
  });

  it('fails a channel read on no page, or shown on a page that does not carry it', () => {
    const proof = {
      source: 'https://x.ca/contact',
      excerpt: 'Write to us: a@x.ca',
      read: '2026-12-05',
    };
    const file = (records: Recipient[]) =>
      [
        {
          key: 'institutions',
          file: {
            dataset: 'institutions',
            source: 'review',
            snapshot: '2026-12-05',
            records,
          } as RecipientFile,
        },
      ] as const;
    expect(
      checkChannelProofs(
        [...file([r('a', 'CA', { email: 'a@x.ca', proof: { email: proof } })])],
        '',
      ),
    ).toEqual([]);
    expect(
      checkChannelProofs(
        [...file([r('a', 'CA', { email: 'b@x.ca', proof: { email: proof } })])],
        '',
      ),
    ).toEqual(['recipient a: email is not shown verbatim on https://x.ca/contact']);
    expect(
      checkChannelProofs([...file([r('a', 'CA', { url: 'https://x.ca/guessed' })])], ''),
    ).toEqual(['recipient a: url has no source page and no licensed dataset']);
  });
});
