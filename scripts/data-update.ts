/**
 * Refresh the recipient source extracts in `data/sources/` from their upstream projects, then
 * rebuild (`data:build`) and validate (`data:check`). Maintainers only; the extension never runs
 * this. Without `--apply` it only prints what it would fetch.
 *
 *   npm run data:update               show the plan
 *   npm run data:update -- --apply    fetch, rewrite data/sources/*.json, build, check
 *   npm run data:update -- --surnames-from legislators-current.json
 *                                     add the surname (`last`) to the US records, offline
 *
 * Automated (needs network): US Congress (unitedstates/congress-legislators JSON, CC0), UK
 * MPs (dfe-analytical-services/mp-lookup CSV; Open Parliament Licence) and the US ZIP →
 * district table (Census, public domain, via OpenSourceActivismTech/us-zipcodes-congress).
 * Institutional contacts read on official pages are imported and reviewed by
 * `npm run data:import-decision-makers` (scripts/import-decision-makers.ts). Manual, documented in
 * docs/data-sources.md: MEPs (EP open data) and head-of-government office titles (Wikidata),
 * because both need a person to review changes (noisy labels, committee membership).
 * A dataset that fails to download or parse is left as it was; the exit code is then 1.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { execFileSync } from 'node:child_process';

const ROOT = join(import.meta.dirname, '..');
const SRC = join(ROOT, 'data/sources');

export const UPSTREAM = {
  legislators: 'https://theunitedstates.io/congress-legislators/legislators-current.json',
  committees: 'https://theunitedstates.io/congress-legislators/committee-membership-current.json',
  ukMps: 'https://raw.githubusercontent.com/dfe-analytical-services/mp-lookup/main/mp_lookup.csv',
  // Census ZCTA → 119th-Congress district relationship (public domain), maintained copy.
  zipDistricts:
    'https://raw.githubusercontent.com/OpenSourceActivismTech/us-zipcodes-congress/master/zccd.csv',
} as const;

/** zccd.csv must keep its columns and cover the states; returns the text unchanged. */
export function checkZccd(text: string): string {
  const [head, ...rows] = parseCsv(text);
  for (const c of ['state_abbr', 'zcta', 'cd'])
    if (!head?.includes(c)) throw new Error(`zccd.csv: column ${c} missing`);
  if (rows.length < 30000) throw new Error(`zccd.csv: only ${rows.length} rows`);
  return text;
}

interface Term {
  type: 'sen' | 'rep';
  state: string;
  district?: number;
  party?: string;
  url?: string;
  contact_form?: string;
  phone?: string;
  address?: string;
  end: string;
}
interface Legislator {
  id: { bioguide: string };
  name: { official_full?: string; first: string; last: string };
  terms: Term[];
}
type Membership = Record<string, { bioguide: string; title?: string }[]>;

/** congress-legislators → the two US source files (same fields as the committed extracts). */
export function usFromUpstream(people: Legislator[], committees: Membership) {
  const sfrc = new Map((committees['SSFR'] ?? []).map((m) => [m.bioguide, m.title ?? 'Member']));
  const senators: object[] = [];
  const reps: object[] = [];
  for (const p of people) {
    const t = p.terms.at(-1);
    if (!t) continue;
    const name = p.name.official_full ?? `${p.name.first} ${p.name.last}`;
    const base = {
      bioguide: p.id.bioguide,
      name,
      // The surname for the salutation ("Dear Senator Cortez Masto"); never split from `name`.
      last: nameHasSurname(name, p.name.last) ? p.name.last : undefined,
      state: t.state,
      party: t.party,
      url: t.url,
      contact_form: t.contact_form ?? null,
      phone: t.phone,
      address: t.address,
    };
    if (t.type === 'sen') {
      senators.push({
        ...base,
        ...(sfrc.has(p.id.bioguide)
          ? { foreign_relations_committee: sfrc.get(p.id.bioguide) }
          : {}),
      });
    } else reps.push({ ...base, district: t.district });
  }
  return { senators, reps };
}

/** Whether `last` appears in `name` as whole words ("Cortez Masto" in "Catherine Cortez Masto"). */
export function nameHasSurname(name: string, last: string): boolean {
  const i = name.lastIndexOf(last);
  if (i < 0 || !last) return false;
  const before = name[i - 1];
  const after = name[i + last.length];
  return (before === undefined || before === ' ') && (after === undefined || /[\s,]/.test(after));
}

/**
 * Adds each member's surname (`last`) from congress-legislators, matched by bioguide id, to
 * the committed US source records; every other field is left as it is. A member without a
 * match, or whose dataset surname is not part of the name shown (official_full "Pablo José
 * Hernández", last "Hernández Rivera"), keeps no `last` (the letter then names them in full)
 * and is returned in `unmatched`.
 */
export function withSurnames<T extends { bioguide: string; name: string; last?: string }>(
  members: T[],
  people: Legislator[],
): { members: T[]; unmatched: T[] } {
  const last = new Map(people.map((p) => [p.id.bioguide, p.name.last]));
  const unmatched: T[] = [];
  const out = members.map((m) => {
    const l = last.get(m.bioguide)?.trim();
    if (!l || !nameHasSurname(m.name, l)) {
      unmatched.push(m);
      const { last: _drop, ...rest } = m;
      return rest as T;
    }
    // Keep `last` right after `name`, as usFromUpstream writes it.
    const { bioguide, name, last: _old, ...rest } = m;
    return { bioguide, name, last: l, ...rest } as unknown as T;
  });
  return { members: out, unmatched };
}

/** Minimal RFC 4180 CSV parser (quoted fields, doubled quotes, CRLF). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((f) => f.trim()));
}

/** mp_lookup.csv → the UK source file; columns are found by header name, never by position. */
export function ukFromCsv(text: string) {
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new Error('empty CSV');
  const col = (...names: string[]) => {
    const i = header.findIndex((h) => names.includes(h.trim().toLowerCase()));
    if (i < 0) throw new Error(`column ${names[0]} not found in ${header.join(',')}`);
    return i;
  };
  const c = {
    id: col('member_id', 'id'),
    name: col('name', 'name_display_as', 'display_as'),
    party: col('party', 'party_name'),
    constituency: col('constituency', 'constituency_name'),
    code: col('constituency_code', 'ons_code', 'constituency_ons_code', 'pcon_code'),
    nation: col('nation', 'country'),
    email: col('email', 'email_address'),
    profile: col('profile_url', 'url'),
  };
  const members = rows.map((r) => ({
    member_id: Number(r[c.id]),
    name: r[c.name]!.trim(),
    party: r[c.party]?.trim(),
    constituency: r[c.constituency]!.trim(),
    constituency_code: r[c.code]!.trim(),
    nation: r[c.nation]?.trim(),
    email: r[c.email]?.trim(),
    profile_url: r[c.profile]?.trim(),
  }));
  if (members.length < 600) throw new Error(`only ${members.length} MPs parsed`);
  return { postal_address_all_mps: 'House of Commons, London SW1A 0AA, United Kingdom', members };
}

async function get(url: string, as: 'json' | 'text'): Promise<unknown> {
  const res = await fetch(url, { signal: AbortSignal.timeout(60_000) });
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return as === 'json' ? res.json() : res.text();
}

const write = (file: string, data: unknown) =>
  writeFileSync(join(SRC, file), JSON.stringify(data, null, 1) + '\n');

const isMain = process.argv[1] && import.meta.filename === process.argv[1];
if (isMain) {
  const { values } = parseArgs({
    options: { apply: { type: 'boolean' }, 'surnames-from': { type: 'string' } },
  });
  const say = (s: string) => process.stdout.write(s + '\n');
  const from = values['surnames-from'];
  if (from) {
    // Offline: add surnames to the committed US records from a local legislators-current.json
    // (or the YAML converted to JSON), without refreshing anything else.
    const people = JSON.parse(readFileSync(from, 'utf8')) as Legislator[];
    let missing = 0;
    for (const file of ['us-senators.json', 'us-representatives.json']) {
      const members = JSON.parse(readFileSync(join(SRC, file), 'utf8')) as {
        bioguide: string;
        name: string;
        last?: string;
      }[];
      const r = withSurnames(members, people);
      write(file, r.members);
      missing += r.unmatched.length;
      say(
        `${file}: ${members.length - r.unmatched.length} matched, ${r.unmatched.length} unmatched`,
      );
      for (const m of r.unmatched) say(`  unmatched (full name kept): ${m.bioguide} ${m.name}`);
    }
    execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/data-build.ts')], {
      stdio: 'inherit',
    });
    say(missing ? `${missing} member(s) without a surname.` : 'Every member has a surname.');
    process.exit(0);
  }
  say('Upstream sources (see docs/data-sources.md):');
  for (const [k, u] of Object.entries(UPSTREAM)) say(`  ${k}: ${u}`);
  say('  MEPs, head-of-government offices: manual review (docs/data-sources.md, "Refreshing").');
  if (!values.apply) {
    say('Dry run. Re-run with --apply to download, rewrite data/sources/, build and check.');
    process.exit(0);
  }
  let failed = 0;
  try {
    const [people, committees] = await Promise.all([
      get(UPSTREAM.legislators, 'json') as Promise<Legislator[]>,
      get(UPSTREAM.committees, 'json') as Promise<Membership>,
    ]);
    const { senators, reps } = usFromUpstream(people, committees);
    if (senators.length !== 100) throw new Error(`${senators.length} senators`);
    write('us-senators.json', senators);
    write('us-representatives.json', reps);
    say(`US: ${senators.length} senators, ${reps.length} representatives`);
  } catch (e) {
    failed++;
    process.stderr.write(`US not updated: ${e instanceof Error ? e.message : String(e)}\n`);
  }
  try {
    const uk = ukFromCsv((await get(UPSTREAM.ukMps, 'text')) as string);
    write('uk-mps.json', uk);
    say(`UK: ${uk.members.length} MPs`);
  } catch (e) {
    failed++;
    process.stderr.write(`UK not updated: ${e instanceof Error ? e.message : String(e)}\n`);
  }
  try {
    const csv = checkZccd((await get(UPSTREAM.zipDistricts, 'text')) as string);
    writeFileSync(join(SRC, 'us-zccd.csv'), csv);
    say('US ZIP → district: zccd.csv updated');
  } catch (e) {
    failed++;
    process.stderr.write(
      `ZIP districts not updated: ${e instanceof Error ? e.message : String(e)}\n`,
    );
  }
  // Rebuild and validate whatever changed; data:check fails on anything malformed.
  execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/data-build.ts')], {
    stdio: 'inherit',
  });
  try {
    execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/data-check.ts')], {
      stdio: 'inherit',
    });
  } catch {
    failed++;
  }
  say(
    'Record the new snapshot dates in data/sources/README.md and the dataset headers in scripts/data-build.ts.',
  );
  process.exit(failed ? 1 : 0);
}
