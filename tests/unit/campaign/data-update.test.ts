import { describe, expect, it } from 'vitest';
import {
  nameHasSurname,
  parseCsv,
  ukFromCsv,
  usFromUpstream,
  withSurnames,
} from '../../../scripts/data-update';

describe('data:update transforms', () => {
  it('maps congress-legislators records and flags Foreign Relations members', () => {
    const people = [
      {
        id: { bioguide: 'S1' },
        name: { official_full: 'Sam Senator', first: 'Sam', last: 'Senator' },
        terms: [
          { type: 'rep' as const, state: 'ID', district: 1, end: '2019-01-03' },
          {
            type: 'sen' as const,
            state: 'ID',
            party: 'Republican',
            url: 'https://x.senate.gov',
            end: '2027-01-03',
          },
        ],
      },
      {
        id: { bioguide: 'R1' },
        name: { first: 'Rita', last: 'Rep' },
        terms: [{ type: 'rep' as const, state: 'ID', district: 2, end: '2027-01-03' }],
      },
    ];
    const { senators, reps } = usFromUpstream(people, {
      SSFR: [{ bioguide: 'S1', title: 'Chairman' }],
    });
    expect(senators).toEqual([
      expect.objectContaining({
        bioguide: 'S1',
        state: 'ID',
        foreign_relations_committee: 'Chairman',
      }),
    ]);
    expect(reps).toEqual([
      expect.objectContaining({ bioguide: 'R1', name: 'Rita Rep', last: 'Rep', district: 2 }),
    ]);
  });

  it('adds surnames by bioguide id, never by splitting names, and lists the members left out', () => {
    const person = (bioguide: string, first: string, last: string, official_full?: string) => ({
      id: { bioguide },
      name: { first, last, ...(official_full ? { official_full } : {}) },
      terms: [],
    });
    const people = [
      person('C1', 'Catherine', 'Cortez Masto', 'Catherine Cortez Masto'),
      person('V1', 'Chris', 'Van Hollen', 'Chris Van Hollen'),
      person('H1', 'Pablo', 'Hernández Rivera', 'Pablo José Hernández'),
      person('J1', 'Henry', 'Johnson', 'Henry C. "Hank" Johnson, Jr.'),
    ];
    const members = [
      { bioguide: 'C1', name: 'Catherine Cortez Masto', state: 'NV' },
      { bioguide: 'V1', name: 'Chris Van Hollen', state: 'MD' },
      { bioguide: 'H1', name: 'Pablo José Hernández', state: 'PR', last: 'stale' },
      { bioguide: 'J1', name: 'Henry C. "Hank" Johnson, Jr.', state: 'GA' },
      { bioguide: 'X1', name: 'No Match', state: 'ZZ' },
    ];
    const r = withSurnames(members, people);
    expect(r.members.map((m) => m.last)).toEqual([
      'Cortez Masto',
      'Van Hollen',
      undefined,
      'Johnson',
      undefined,
    ]);
    expect(r.members[0]).toEqual({
      bioguide: 'C1',
      name: 'Catherine Cortez Masto',
      last: 'Cortez Masto',
      state: 'NV',
    });
    expect(r.unmatched.map((m) => m.bioguide)).toEqual(['H1', 'X1']);
    expect(nameHasSurname('Adam B. Schiff', 'Schiff')).toBe(true);
    expect(nameHasSurname('Sam Schiffer', 'Schiff')).toBe(false);
  });

  it('parses quoted CSV and finds UK columns by header name', () => {
    expect(parseCsv('a,"b, c","d ""e"""\r\n1,2,3\n')).toEqual([
      ['a', 'b, c', 'd "e"'],
      ['1', '2', '3'],
    ]);
    const header = 'email,name,member_id,party,constituency,constituency_code,nation,profile_url';
    const rows = Array.from(
      { length: 650 },
      (_, i) =>
        `mp${i}@parliament.uk,MP ${i},${i},Party,"Place, ${i}",E1400${String(i).padStart(4, '0')},England,https://members.parliament.uk/member/${i}/contact`,
    );
    const uk = ukFromCsv([header, ...rows].join('\n'));
    expect(uk.members).toHaveLength(650);
    expect(uk.members[3]).toMatchObject({
      member_id: 3,
      name: 'MP 3',
      constituency: 'Place, 3',
      email: 'mp3@parliament.uk',
    });
    expect(() => ukFromCsv('name,email\nA,a@b.c')).toThrow(/column member_id not found/);
  });
});
