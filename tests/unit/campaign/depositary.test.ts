/**
 * `npm run data:depositary` (issue 13): the depositary's XML page for XVIII-16, saved by a
 * maintainer, becomes the status table and a signed-update payload. Fixtures:
 * tests/fixtures/depositary/XVIII-16.en.xml (written in the MTDSG structure; its rows after
 * Jamaica are invented test data, see its header) and XVIII-15.en.2018.xml (a real MTDSG page,
 * Chapter XVIII-15, as saved in 2018, ISO-8859-1, with the depositary's own counts).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { BUILTIN_VERSION, compareVersions, globalStatus } from '../../../lib/campaign';
import { countries } from '../../../lib/campaign/store';
import { checkCountries } from '../../../lib/campaign/check';
import {
  codeForName,
  DepositaryError,
  depositaryPayload,
  parseDateCell,
  parseDepositaryXml,
  statusTable,
  UN_NAMES,
} from '../../../lib/campaign/depositary';
import { UpdatePayloadSchema } from '../../../lib/campaign/schema';
import { statusSourceProblems } from '../../../lib/campaign/source-policy';

const FIXTURE = 'tests/fixtures/depositary/XVIII-16.en.xml';
const REAL = 'tests/fixtures/depositary/XVIII-15.en.2018.xml';
const bytes = () => readFileSync(FIXTURE);

describe('parseDepositaryXml', () => {
  const page = parseDepositaryXml(bytes());
  const row = (code: string) => page.rows.find((r) => r.code === code);

  it('reads every participant row and the depositary’s own counts', () => {
    expect(page.rows).toHaveLength(40);
    expect(page.signatories).toBe(39);
    expect(page.parties).toBe(3);
    expect(page.statusDate).toBeUndefined();
  });

  it('decodes the ISO-8859-1 file and maps UN names to ISO codes', () => {
    expect(row('CI')?.name).toBe("Côte d'Ivoire");
    expect(row('TR')?.name).toBe('Türkiye');
    expect(row('GB')?.name).toBe('United Kingdom of Great Britain and Northern Ireland');
    expect(row('IR')?.name).toBe('Iran (Islamic Republic of)');
    expect(row('KP')?.name).toBe("Democratic People's Republic of Korea");
    expect(row('EU')?.signed).toBe('2025-10-25');
  });

  it('strips footnote markers and keeps their numbers', () => {
    expect(row('RU')).toMatchObject({ name: 'Russian Federation', footnotes: ['1'] });
    expect(row('GB')?.footnotes).toEqual(['2', '3']);
  });

  it('reads dates with tabs, brackets and the consent suffixes', () => {
    expect(row('PS')?.signed).toBe('2025-10-25');
    expect(row('SA')?.signed).toBe('2025-10-26');
    expect(row('VN')?.consent).toEqual({ date: '2026-03-12', kind: 'ratification' });
    expect(row('QA')?.consent).toEqual({ date: '2026-02-03', kind: 'acceptance' });
    expect(row('VA')).toMatchObject({ consent: { date: '2026-06-02', kind: 'accession' } });
    expect(row('VA')?.signed).toBeUndefined();
  });

  it('takes a "Status as at" date when the saved copy has one', () => {
    const xml = new TextDecoder('latin1')
      .decode(bytes())
      .replace('<Footer>', '<Footer>Status as at : 30-06-2026 09:15:07 EDT ');
    expect(parseDepositaryXml(xml).statusDate).toBe('2026-06-30');
  });

  it('refuses an unknown participant name, naming it (a state is never guessed)', () => {
    const xml = new TextDecoder('latin1').decode(bytes()).replace('>Jamaica<', '>Jamaika<');
    expect(() => parseDepositaryXml(xml)).toThrow(DepositaryError);
    expect(() => parseDepositaryXml(xml)).toThrow(/unknown participant name "Jamaika"/);
  });

  it('refuses a page without the participants table or with unreadable dates', () => {
    expect(() => parseDepositaryXml('<Document><Treaty /></Document>')).toThrow(/TGroup/);
    const xml = new TextDecoder('latin1').decode(bytes()).replace('19 Nov 2025', '2025-11-19');
    expect(() => parseDepositaryXml(xml)).toThrow(/Mauritius.*unreadable date/);
  });

  it('reads a real MTDSG page (XVIII-15, saved 2018), malformed text and all', () => {
    const real = parseDepositaryXml(readFileSync(REAL));
    expect(real.rows).toHaveLength(149);
    // The depositary's own counts agree with the rows read.
    expect(real.signatories).toBe(115);
    expect(real.rows.filter((r) => r.signed)).toHaveLength(115);
    expect(real.parties).toBe(113);
    expect(real.rows.filter((r) => r.consent)).toHaveLength(113);
    expect(real.rows.find((r) => r.code === 'CN')?.footnotes).toEqual(['1']);
  });
});

describe('UN participant names', () => {
  it.each([
    ['United Kingdom of Great Britain and Northern Ireland', 'GB'],
    ['Türkiye', 'TR'],
    ['Turkey', 'TR'],
    ['Viet Nam', 'VN'],
    ['Iran (Islamic Republic of)', 'IR'],
    ['Côte d’Ivoire', 'CI'],
    ["Cote d'Ivoire", undefined],
    ['Netherlands (Kingdom of the)', 'NL'],
    ['Bolivia (Plurinational State of)', 'BO'],
    ['Antigua and Barbuda', 'AG'],
    ['St. Vincent and the Grenadines', 'VC'],
    ['State of Palestine', 'PS'],
    ['Holy See', 'VA'],
    ['European Union', 'EU'],
    ['France', 'FR'],
    ['Narnia', undefined],
  ])('%s → %s', (name, code) => {
    expect(codeForName(name)).toBe(code);
  });

  it('maps every name in the table to a state we list', () => {
    for (const code of Object.values(UN_NAMES)) expect(countries.has(code), code).toBe(true);
  });
});

describe('parseDateCell', () => {
  it('reads the depositary’s formats', () => {
    expect(parseDateCell('25 Oct 2025')).toEqual({ date: '2025-10-25', suffix: '' });
    expect(parseDateCell('22 Apr\t 2016 ')).toEqual({ date: '2016-04-22', suffix: '' });
    expect(parseDateCell('[20 Jan 2021 A]')).toEqual({ date: '2021-01-20', suffix: 'A' });
    expect(parseDateCell('3 Mar 2011 a')).toEqual({ date: '2011-03-03', suffix: 'a' });
    expect(parseDateCell('1 Sep 2026 AA')).toEqual({ date: '2026-09-01', suffix: 'AA' });
    expect(parseDateCell('1 Sep 2026 d')).toEqual({ date: '2026-09-01', suffix: 'd' });
    expect(parseDateCell('  ')).toBeNull();
  });

  it('refuses what it cannot read rather than guessing', () => {
    expect(() => parseDateCell('2026-01-01')).toThrow(/unreadable/);
    expect(() => parseDateCell('31 Feb 2026')).toThrow(/impossible/);
    expect(() => parseDateCell('1 Foo 2026')).toThrow(/unreadable/);
  });
});

describe('status table and payload', () => {
  const page = parseDepositaryXml(bytes());
  const asOf = '2026-06-30';
  const table = statusTable(page, asOf, countries);
  const by = new Map(table.map((c) => [c.code, c]));

  it('has every state: listed → confirmed, absent → not listed as of the list’s date', () => {
    expect(table).toHaveLength(countries.size);
    expect(by.get('FR')).toMatchObject({
      status: 'signed',
      confidence: 'confirmed',
      signed: '2025-10-25',
      asOf,
    });
    expect(by.get('VN')).toMatchObject({ status: 'ratified', ratified: '2026-03-12' });
    expect(by.get('VA')).toMatchObject({ status: 'ratified', ratified: '2026-06-02' });
    expect(by.get('KE')).toMatchObject({ status: 'not_signed', confidence: 'not_listed', asOf });
    expect(by.get('KE')?.note?.en).toContain('as of 30 June 2026');
    expect(by.get('KE')?.note?.en).not.toMatch(/did not sign|has not signed/);
    for (const c of table) expect(statusSourceProblems(c.code, c.confidence, c.source)).toEqual([]);
  });

  it('keeps a further step only a named reporter gives, drops what the list settles', () => {
    // Azerbaijan: listed as signed; its ratification is reported by Trend only.
    expect(by.get('AZ')).toMatchObject({ status: 'signed', confidence: 'confirmed' });
    expect(by.get('AZ')?.reported?.status).toBe('ratified');
    // The United States: absent from the list; the old "not signed" report adds nothing.
    expect(by.get('US')?.reported).toBeUndefined();
    // The United Kingdom: listed now, so confirmed, no report needed.
    expect(by.get('GB')).toMatchObject({ confidence: 'confirmed', status: 'signed' });
    expect(by.get('GB')?.reported).toBeUndefined();
  });

  it('builds a payload feed:sign accepts, which passes the data:check rules', () => {
    const { payload, table: t } = depositaryPayload(
      page,
      { asOf, version: '2026.12.6', issued: '2026-12-05', expires: '2027-04-04' },
      countries,
      globalStatus,
    );
    expect(v.safeParse(UpdatePayloadSchema, payload).success).toBe(true);
    expect(compareVersions(payload.version, BUILTIN_VERSION)).toBeGreaterThan(0);
    expect(payload.globalStatus).toMatchObject({
      signatories: 39,
      ratifications: 3,
      ratifiedBy: ['QA', 'VN', 'VA'],
      asOf,
    });
    expect(payload.globalStatus?.signatoriesNote.en).toContain('as of 30 June 2026: 39');
    expect(checkCountries(t, payload.globalStatus!, '2026-12-05')).toEqual([]);
  });
});

describe('npm run data:depositary', () => {
  const run = (...args: string[]) => {
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/data-depositary.ts', ...args],
      { encoding: 'utf8' },
    );
    return { code: r.status, out: r.stdout, err: r.stderr };
  };

  it('needs --as-of when the page carries no status date', () => {
    const r = run(FIXTURE);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/no "Status as at" date: give --as-of/);
  });

  it('prints the table and writes a payload for feed:sign', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tl-depositary-'));
    const out = join(dir, 'payload.json');
    const r = run(FIXTURE, '--as-of', '2026-06-30', '--out', out, '--version', '2026.12.5.1');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^XVIII-16, as of 2026-06-30: 40 participants/);
    expect(r.out).toMatch(/\* KE {2}not listed as of 2026-06-30/);
    expect(r.out).toMatch(/VN {2}Viet Nam: signed 2025-10-25, ratification 2026-03-12/);
    const payload = JSON.parse(readFileSync(out, 'utf8')) as { version: string };
    expect(payload.version).toBe('2026.12.5.1');
    expect(v.safeParse(UpdatePayloadSchema, payload).success).toBe(true);
  });

  it('stops on an unknown participant name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tl-depositary-'));
    const bad = join(dir, 'bad.xml');
    writeFileSync(
      bad,
      new TextDecoder('latin1').decode(bytes()).replace('>Ghana<', '>Gold Coast<'),
    );
    const r = run(bad, '--as-of', '2026-06-30');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/unknown participant name "Gold Coast"/);
  });
});
