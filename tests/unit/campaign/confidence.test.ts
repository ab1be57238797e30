/**
 * The status confidence model (issue 13, items 1, 4, 5 and 7): letters may state a status only
 * when it is confirmed by the depositary, the Dutch treaty database or the state's own
 * government; a state absent from a dated list is "not listed as of" that date; reports name
 * their reporter; one New York clock for the deadline.
 */
import { describe, expect, it } from 'vitest';
import {
  allCountries,
  askFor,
  EU_MEMBERS,
  getCountry,
  globalStatus,
  newYorkDay,
  SIGNATURE_CLOSES_AT,
  signatureClosed,
  signatureDaysLeft,
  statusAssertion,
} from '../../../lib/campaign';
import { checkCountries } from '../../../lib/campaign/check';
import {
  KINDS_FOR_CONFIDENCE,
  neverCiteReason,
  NEVER_CITE_HOSTS,
  statusSourceProblems,
} from '../../../lib/campaign/source-policy';
import type { CountryStatus } from '../../../lib/campaign';

const TODAY = '2026-12-05';

describe('statusAssertion: what a letter may say', () => {
  it('lets a letter state a confirmed signature, with its date', () => {
    expect(statusAssertion('FR')).toMatchObject({
      mayAssert: true,
      status: 'signed',
      confidence: 'confirmed',
      date: '2025-10-25',
      asOf: '2025-11-19',
    });
    // Confirmed signature, but a ratification is claimed by sources we may not cite: the
    // signature may be out of date, so the letter does not state it.
    expect(statusAssertion('qa')).toMatchObject({ mayAssert: false, confidence: 'confirmed' });
  });

  it('never lets a letter state an unlisted, reported or unknown status', () => {
    for (const code of ['KE', 'CA', 'VN', 'GB', 'US', 'SE', 'AE', 'DE', 'IN'])
      expect(statusAssertion(code)?.mayAssert, code).toBe(false);
    expect(statusAssertion('KE')).toMatchObject({ confidence: 'not_listed', asOf: '2025-11-19' });
    expect(statusAssertion('US')).toMatchObject({
      confidence: 'reported',
      by: expect.stringMatching(/The Record/),
    });
    expect(statusAssertion('ZZ')).toBeUndefined();
  });

  it('keeps a reported ratification apart from the confirmed signature', () => {
    const az = statusAssertion('AZ')!;
    expect(az).toMatchObject({ mayAssert: false, status: 'signed', confidence: 'confirmed' });
    expect(az.reported).toMatchObject({ status: 'ratified', by: expect.stringMatching(/Trend/) });
    // The ask follows the furthest step reported; the letter states neither step.
    expect(askFor('AZ', new Date('2026-12-05'))).toBe('safeguards');
  });

  it('has no confirmed "did not sign" anywhere', () => {
    for (const c of allCountries())
      if (c.status === 'not_signed') expect(c.confidence, c.code).not.toBe('confirmed');
  });
});

describe('item 5: no "not signed" inferred from a news story', () => {
  it('gives EU members outside the list "not listed as of" a dated government list', () => {
    for (const code of EU_MEMBERS) {
      const c = getCountry(code)!;
      expect(c.source.url ?? '', code).not.toMatch(/newshour/);
      if (c.status === 'not_signed') {
        expect(c.confidence, code).toBe('not_listed');
        expect(c.source.kind, code).toBe('treaty_database');
        expect(c.note?.en, code).toMatch(/as of 19 Nov 2025/);
      }
    }
    expect(getCountry('SE')?.status).toBe('unknown');
  });
});

describe('source policy on statuses (item 4)', () => {
  const fr = getCountry('FR')!;
  const swap = (code: string, patch: Partial<CountryStatus>) =>
    allCountries().map((c) => (c.code === code ? { ...c, ...patch } : c));

  it('passes on the shipped data', () => {
    expect(checkCountries(allCountries(), globalStatus, TODAY)).toEqual([]);
  });

  it('fails a status on a never-cite host', () => {
    const problems = checkCountries(
      swap('SE', {
        status: 'signed',
        confidence: 'reported',
        source: {
          publisher: 'NewsHour Media',
          title: 'In Hanoi, 72 states ratify',
          url: 'https://newshour.media/2025/10/29/in-hanoi-72-states-ratify-the-un-convention-on-cybercrime',
          date: '2025-10-29',
          kind: 'press',
        },
      }),
      globalStatus,
      TODAY,
    ).join('\n');
    expect(problems).toMatch(/SE source: .*newshour\.media is on the never-cite list/);
  });

  it('fails a confirmed status whose source is only a news report', () => {
    const problems = checkCountries(
      swap('GB', { confidence: 'confirmed', signed: '2025-10-25' }),
      globalStatus,
      TODAY,
    ).join('\n');
    expect(problems).toMatch(/GB source: a press source cannot make a status "confirmed"/);
  });

  it('fails a "government" source on another state’s host, or an article about another state', () => {
    expect(
      statusSourceProblems('AE', 'confirmed', {
        publisher: 'Trend News Agency',
        title: 'Milli Majlis approves ratification',
        url: 'https://www.trend.az/azerbaijan/politics/4151684.html',
        date: '2026-02-10',
        kind: 'government',
      }).join('\n'),
    ).toMatch(/trend\.az is not a government host of AE/);
  });

  it('fails "not listed" resting on anything but a dated depositary list', () => {
    expect(KINDS_FOR_CONFIDENCE.not_listed).toEqual(['depositary', 'treaty_database']);
    const problems = checkCountries(
      swap('IT', { source: { ...fr.source, kind: 'press', url: 'https://www.italpress.com/x' } }),
      globalStatus,
      TODAY,
    ).join('\n');
    expect(problems).toMatch(/IT source: a press source cannot make a status "not_listed"/);
  });

  it('keeps the notes’ never-cite list as data, machine-written digests included', () => {
    for (const h of ['newshour.media', 'machineherald-io.pages.dev', 'unacademy.com'])
      expect(NEVER_CITE_HOSTS).toContain(h);
    expect(
      neverCiteReason({
        publisher: 'Secondary news digests citing a Government of Canada news release',
        title: 'Canada signs',
        date: '2026-07',
      }),
    ).toMatch(/never-cite/);
  });

  it('cites no never-cite source anywhere in the status table or the global figures', () => {
    for (const c of allCountries()) {
      for (const s of [c.source, c.reported?.source, ...(c.noteSources ?? [])])
        if (s) expect(neverCiteReason(s), `${c.code}: ${s.title}`).toBeNull();
    }
    for (const s of globalStatus.sources) expect(neverCiteReason(s)).toBeNull();
  });
});

describe('one clock: New York (item 7)', () => {
  it('closes signature and ends the countdown at the same New York midnight', () => {
    // 1 Jan 2027 02:00 UTC is still 31 Dec, 21:00, in New York: not closed, a day left.
    const lateEvening = new Date('2027-01-01T02:00:00Z');
    expect(newYorkDay(lateEvening)).toBe('2026-12-31');
    expect(signatureClosed(lateEvening)).toBe(false);
    expect(signatureDaysLeft(lateEvening)).toBe(1);
    expect(askFor('KE', lateEvening)).toBe('do_not_sign');
    const midnight = new Date(SIGNATURE_CLOSES_AT);
    expect(newYorkDay(midnight)).toBe('2027-01-01');
    expect(signatureClosed(midnight)).toBe(true);
    expect(signatureDaysLeft(midnight)).toBe(0);
    expect(askFor('KE', midnight)).toBe('do_not_accede');
  });
});
