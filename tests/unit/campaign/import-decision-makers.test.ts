import { describe, expect, it } from 'vitest';
import { importSeed } from '../../../scripts/import-decision-makers';

type Seed = Parameters<typeof importSeed>[0];
type Review = Parameters<typeof importSeed>[1];

const review: Review = {
  read: '2026-12-05',
  officialHosts: ['mfa.example.gov'],
  staleBefore: '2022-01-01',
  drops: [],
  keeps: [],
  additions: [],
  procedures: { XA: 'parliament' },
  submissions: [],
  procedureDrops: [{ country: 'XB', reason: 'The only procedure source is a blog.' }],
  noWebsiteFrom: [],
};

const channel = (value: string, source_url: string, evidence = `Write to us: ${value}`) => ({
  type: 'email' as const,
  value,
  source_url,
  evidence,
  seen: null,
});

const seed: Seed = [
  {
    country: 'XA',
    procedure: {
      summary: 'Parliament approves.',
      source_url: 'https://mfa.example.gov/treaties',
      evidence: 'Parliament approves treaties.',
      seen: null,
    },
    recipients: [
      {
        institution: 'Ministry',
        institution_en: 'Ministry',
        kind: 'foreign_ministry',
        channels: [
          channel('a@mfa.example.gov', 'https://mfa.example.gov/contact'),
          channel('old@mfa.example.gov', 'https://mfa.example.gov/news/2017/06/contact'),
          channel('b@mfa.example.gov', 'https://news.example.com/how-to-write'),
          channel('c@mfa.example.gov', 'https://mfa.example.gov/contact', 'Write to us'),
        ],
      },
    ],
    notes: '',
  },
  {
    country: 'XB',
    procedure: {
      summary: 'Parliament approves.',
      source_url: 'https://blog.example.com/x',
      evidence: 'Parliament approves.',
      seen: null,
    },
    recipients: [],
    notes: '',
  },
];

// Issue 14: the seed importer keeps only what is proven, and says why it left each value out.
describe('data:import-decision-makers', () => {
  it('keeps a value shown on an official, current page and gives a reason for each one left out', () => {
    const { institutions, procedures, dropped } = importSeed(seed, review);
    const kept = institutions.flatMap((i) => i.channels.map((c) => c.value));
    // The proven address, and the page it was read on offered as the ministry's website.
    expect(kept).toEqual(['a@mfa.example.gov', 'https://mfa.example.gov/contact']);
    const why = Object.fromEntries(dropped.map((d) => [d.value, d.reason]));
    expect(why['old@mfa.example.gov']).toBe(
      "the page's address carries the year 2017, older than 2022-01-01",
    );
    expect(why['b@mfa.example.gov']).toMatch(/news\.example\.com, not the institution's own site/);
    expect(why['c@mfa.example.gov']).toBe('the value does not appear in the excerpt');
    expect(why['procedure']).toBe('The only procedure source is a blog.');
    expect(procedures.map((p) => [p.country, p.approval, p.official])).toEqual([
      ['XA', 'parliament', true],
    ]);
  });
});
