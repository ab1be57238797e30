/**
 * Consistency checks over all campaign data, shared by `npm run data:check` and the unit
 * tests. Returns problems as sentences; an empty list means the data can ship.
 */
import * as v from 'valibot';
import { CountryStatusSchema, FactSchema, GlobalStatusSchema, RecipientSchema } from './schema';
import type { CountryStatus, Fact, GlobalStatus, Localized, Recipient, Source } from './types';
import { EU_MEMBERS, OBSERVERS, UN_MEMBERS } from './data/countries';
import { CONCERN_IDS } from './ids';
import { US_STATES, type RecipientFile } from './recipients';
import { CHANNEL_FIELDS, proves } from './proof';
import {
  KINDS_FOR_CONFIDENCE,
  missingOriginalUrl,
  neverCiteReason,
  statusSourceProblems,
} from './source-policy';

export { NEVER_CITE_HOSTS } from './source-policy';

/** Languages every note and role must be written in. */
export const REQUIRED_LANGUAGES = ['en', 'fr', 'es', 'de', 'pt', 'ar'];
/** Facts are also written in Russian and Chinese (lib/campaign/data/facts-ru-zh.ts). */
export const FACT_LANGUAGES = [...REQUIRED_LANGUAGES, 'ru', 'zh'];

const issuesOf = (r: { issues: [v.BaseIssue<unknown>, ...v.BaseIssue<unknown>[]] }) =>
  r.issues.map((i) => `${v.getDotPath(i) ?? '(root)'}: ${i.message}`).join('; ');

function checkLangs(
  where: string,
  t: Localized | undefined,
  problems: string[],
  required: readonly string[] = REQUIRED_LANGUAGES,
): void {
  if (!t) return;
  for (const l of required) if (!t[l]?.trim()) problems.push(`${where}: missing language ${l}`);
  for (const [l, s] of Object.entries(t)) {
    if (s && /UNVERIFIED|TODO|FIXME|\{[a-z_]+\}/.test(s))
      problems.push(`${where} (${l}): leftover marker or placeholder`);
  }
}

/** A linked page (e.g. a recipient's proof page) must not be on a never-cite host. */
function checkSourceUrl(where: string, url: string | undefined, problems: string[]): void {
  if (!url) return;
  const never = neverCiteReason({ publisher: '', title: '', url, date: '' });
  if (never) problems.push(`${where}: never cite (${never})`);
}

/** Source policy for any cited source: never-cite hosts/publishers, dropped original URLs. */
function checkSource(where: string, src: Source, problems: string[]): void {
  const never = neverCiteReason(src);
  if (never) problems.push(`${where}: never cite (${never}): "${src.title}"`);
  const original = missingOriginalUrl(src);
  if (original)
    problems.push(`${where}: "${src.title}" does not link its original page ${original}`);
}

const notFuture = (d: string, today: string) => d.slice(0, Math.min(d.length, 10)) <= today;

/** Status table checks, including the misreports of research-notes §7. */
export function checkCountries(list: CountryStatus[], g: GlobalStatus, today: string): string[] {
  const p: string[] = [];
  const expected = [...UN_MEMBERS, ...OBSERVERS, 'EU'];
  if (new Set(UN_MEMBERS).size !== 193)
    p.push(`UN member list has ${new Set(UN_MEMBERS).size} codes, not 193`);
  const seen = new Set<string>();
  const dn = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  for (const c of list) {
    const r = v.safeParse(CountryStatusSchema, c);
    if (!r.success) p.push(`country ${c.code}: ${issuesOf(r)}`);
    if (seen.has(c.code)) p.push(`country ${c.code}: duplicate`);
    seen.add(c.code);
    if (!expected.includes(c.code)) p.push(`country ${c.code}: unknown country code`);
    if (!dn.of(c.code)) p.push(`country ${c.code}: no localized name`);
    if ((c.euMember === true) !== EU_MEMBERS.includes(c.code))
      p.push(`country ${c.code}: euMember flag wrong`);
    for (const d of [c.signed, c.ratified, c.asOf, c.source.date]) {
      if (d && !notFuture(d, today)) p.push(`country ${c.code}: date ${d} is in the future`);
    }
    if (c.signed && c.signed < '2025-10-25')
      p.push(`country ${c.code}: signed before the convention opened (${c.signed})`);
    if (c.confidence === 'confirmed' && c.status === 'ratified' && !c.ratified)
      p.push(`country ${c.code}: a confirmed ratification needs its date`);
    if (c.confidence === 'confirmed' && c.status === 'signed' && !c.signed)
      p.push(`country ${c.code}: a confirmed signature needs its date`);
    if (c.confidence !== 'confirmed' && !c.note)
      p.push(`country ${c.code}: a ${c.confidence} status needs a note saying so`);
    checkLangs(`country ${c.code} note`, c.note, p);
    // Source policy: the status source must be of a kind allowed for its confidence.
    for (const problem of statusSourceProblems(c.code, c.confidence, c.source))
      p.push(`country ${c.code} source: ${problem}`);
    checkSource(`country ${c.code} source`, c.source, p);
    if (c.reported) {
      if (
        !c.reported.source.kind ||
        !KINDS_FOR_CONFIDENCE.reported.includes(c.reported.source.kind)
      )
        p.push(`country ${c.code}: a reported step needs a named reporter of an allowed kind`);
      checkSource(`country ${c.code} reported source`, c.reported.source, p);
      if (c.reported.asOf && !notFuture(c.reported.asOf, today))
        p.push(`country ${c.code}: reported date ${c.reported.asOf} is in the future`);
    }
    for (const s of c.noteSources ?? []) checkSource(`country ${c.code} note source`, s, p);
  }
  for (const code of expected) if (!seen.has(code)) p.push(`country ${code}: missing`);
  const by = new Map(list.map((c) => [c.code, c]));
  // research-notes §7: misreports the extension must not repeat.
  // A real conclusion/ratification later comes with its deposit date; the misreports had none.
  if (by.get('EU')?.status === 'ratified' && !by.get('EU')?.ratified)
    p.push('EU shown as ratified (it only signed; conclusion needs EP consent)');
  for (const code of ['US']) {
    if (by.get(code)?.signed?.startsWith('2025-10'))
      p.push(`${code} shown as signing at Hanoi (misreport)`);
  }
  if (by.get('CA')?.signed?.startsWith('2025-10'))
    p.push('CA shown as signing at Hanoi (misreport)');
  for (const code of ['CN', 'RU']) {
    if (by.get(code)?.status !== 'signed' && by.get(code)?.status !== 'ratified')
      p.push(`${code} must be shown as signed`);
  }
  if (by.get('IN')?.status === 'ratified' && !by.get('IN')?.ratified)
    p.push('IN shown as ratified (unreliable claim)');
  const gr = v.safeParse(GlobalStatusSchema, g);
  if (!gr.success) p.push(`globalStatus: ${issuesOf(gr)}`);
  // Counts only from the depositary (or the Dutch database's mirror of it), with their date.
  for (const s of g.sources) checkSource('globalStatus source', s, p);
  if (!g.sources.some((s) => s.kind === 'depositary' || s.kind === 'treaty_database'))
    p.push('globalStatus: counts need a depositary or Dutch treaty database source');
  if (!notFuture(g.asOf, today)) p.push(`globalStatus: asOf ${g.asOf} is in the future`);
  const ratified = list
    .filter((c) => c.status === 'ratified')
    .map((c) => c.code)
    .sort();
  if (ratified.join() !== [...g.ratifiedBy].sort().join()) {
    p.push(
      `globalStatus.ratifiedBy (${g.ratifiedBy.join()}) ≠ countries marked ratified (${ratified.join()})`,
    );
  }
  if (g.ratifications !== g.ratifiedBy.length)
    p.push('globalStatus.ratifications ≠ ratifiedBy.length');
  if (
    !/31 Dec(ember)? 2026/.test(g.entryIntoForce.en) ||
    !/\b40th\b/.test(g.entryIntoForce.en) ||
    !/90th/.test(g.entryIntoForce.en)
  ) {
    p.push(
      'globalStatus.entryIntoForce must state the 31 Dec 2026 deadline and the 40-instrument/90-day rule',
    );
  }
  checkLangs('globalStatus.signatoriesNote', g.signatoriesNote, p);
  checkLangs('globalStatus.entryIntoForce', g.entryIntoForce, p);
  return p;
}

/** Fact checks: schema, languages, sources, dates, the nine concerns. */
export function checkFacts(facts: Fact[], today: string): string[] {
  const p: string[] = [];
  const ids = new Set<string>();
  for (const f of facts) {
    const r = v.safeParse(FactSchema, f);
    if (!r.success) p.push(`fact ${f.id}: ${issuesOf(r)}`);
    if (ids.has(f.id)) p.push(`fact ${f.id}: duplicate id`);
    ids.add(f.id);
    checkLangs(`fact ${f.id} title`, f.title, p, FACT_LANGUAGES);
    checkLangs(`fact ${f.id} text`, f.text, p, FACT_LANGUAGES);
    if (!f.sources.length) p.push(`fact ${f.id}: no source`);
    if (!notFuture(f.lastChecked, today)) p.push(`fact ${f.id}: lastChecked in the future`);
    for (const s of f.sources) {
      if (!s.date) p.push(`fact ${f.id}: source "${s.title}" has no date`);
      else if (!notFuture(s.date, today))
        p.push(`fact ${f.id}: source date ${s.date} in the future`);
      checkSource(`fact ${f.id} source`, s, p);
    }
    for (const a of f.articles) {
      for (const n of a.match(/^\d+|(?<=[-–])\d+/g) ?? []) {
        if (Number(n) < 1 || Number(n) > 68) p.push(`fact ${f.id}: article ${a} out of range`);
      }
    }
    if (f.kind === 'concern' && !f.articles.length)
      p.push(`fact ${f.id}: a concern must name its articles`);
    if (f.kind === 'concern' && !f.raisedBy?.length)
      p.push(`fact ${f.id}: a concern must say who raised it`);
  }
  const concernIds = facts.filter((f) => f.kind === 'concern').map((f) => f.id);
  if (concernIds.join() !== CONCERN_IDS.join()) {
    p.push(`concerns are [${concernIds.join(', ')}], expected [${CONCERN_IDS.join(', ')}]`);
  }
  for (const kind of ['about', 'status', 'supporters'] as const) {
    if (!facts.some((f) => f.kind === kind)) p.push(`no fact of kind ${kind}`);
  }
  return p;
}

/** Recipient checks over the loaded datasets. */
export function checkRecipients(all: Recipient[]): string[] {
  const p: string[] = [];
  const known = new Set([...UN_MEMBERS, ...OBSERVERS]);
  const ids = new Set<string>();
  for (const r of all) {
    const res = v.safeParse(RecipientSchema, r);
    if (!res.success) p.push(`recipient ${r.id}: ${issuesOf(res)}`);
    if (ids.has(r.id)) p.push(`recipient ${r.id}: duplicate id`);
    ids.add(r.id);
    const euBody = r.country === 'EU' && r.id.startsWith('inst-');
    if (!known.has(r.country) && !euBody) p.push(`recipient ${r.id}: unknown country ${r.country}`);
    if (r.group === 'eu_parliament' && !EU_MEMBERS.includes(r.country))
      p.push(`recipient ${r.id}: MEP outside the EU`);
    if (
      (r.group === 'us_senate' || r.group === 'us_house') &&
      !(r.region && r.region in US_STATES)
    ) {
      p.push(`recipient ${r.id}: unknown US state ${r.region}`);
    }
    if (r.group === 'uk_commons' && !/^[EWSN]\d{8}$/.test(r.region ?? ''))
      p.push(`recipient ${r.id}: bad constituency code`);
    if (r.group === 'head_of_government' && r.email && !r.proof?.email)
      p.push(`recipient ${r.id}: an office e-mail needs the page it was read on`);
  }
  const senators = new Map<string, number>();
  for (const r of all)
    if (r.group === 'us_senate') senators.set(r.region!, (senators.get(r.region!) ?? 0) + 1);
  for (const [s, n] of senators) if (n !== 2) p.push(`US state ${s}: ${n} senators`);
  if (senators.size !== 50) p.push(`senators cover ${senators.size} states, not 50`);
  if (!all.some((r) => r.flags?.includes('foreign_relations')))
    p.push('no senator flagged for Foreign Relations');
  if (!all.some((r) => r.flags?.includes('libe'))) p.push('no MEP flagged for LIBE');
  const offices = new Set(
    all.filter((r) => r.group === 'head_of_government').map((r) => r.country),
  );
  for (const c of known) if (!offices.has(c)) p.push(`no head-of-government office for ${c}`);
  const uk = all.filter((r) => r.group === 'uk_commons');
  if (new Set(uk.map((r) => r.region)).size !== uk.length)
    p.push('UK constituencies are not unique');
  return p;
}

/**
 * Every channel of every recipient is proven: read on a page (page, verbatim excerpt showing
 * the value, date read — `proves`), or vouched for by a named, openly licensed dataset whose
 * upstream ATTRIBUTION.md credits. Returns one problem per unproven channel.
 */
export function checkChannelProofs(
  files: { key: string; file: RecipientFile }[],
  attribution: string,
): string[] {
  const p: string[] = [];
  for (const { key, file } of files) {
    const dataset = !!file.licence && !!file.upstream && attribution.includes(file.upstream);
    if ((file.licence || file.upstream) && !dataset)
      p.push(
        `dataset ${key}: licence or upstream missing, or ${file.upstream} not in ATTRIBUTION.md`,
      );
    for (const r of file.records) {
      for (const field of CHANNEL_FIELDS) {
        const value = r[field];
        if (value === undefined || (Array.isArray(value) && !value.length)) continue;
        const proof = r.proof?.[field];
        if (proof) {
          if (!proves(field, value, proof))
            p.push(`recipient ${r.id}: ${field} is not shown verbatim on ${proof.source}`);
          checkSourceUrl(`recipient ${r.id} ${field} proof`, proof.source, p);
        } else if (!dataset) {
          p.push(`recipient ${r.id}: ${field} has no source page and no licensed dataset`);
        }
      }
    }
  }
  return p;
}

/** The states (and EU) for the reach line. */
export interface Reach {
  electronic: number;
  website: number;
  procedures: number;
  legislatures: number;
}

/**
 * Reach: states with a proven e-mail or form channel, states with at least an official website
 * (or better), states with a ratification procedure described, legislatures with member-level data.
 */
export function reachOf(all: Recipient[], procedureCodes: string[]): Reach {
  const electronic = new Set<string>();
  const website = new Set<string>();
  for (const r of all) {
    if (r.group === 'custom') continue;
    if (r.email || r.contactForm) electronic.add(r.country);
    if (r.email || r.contactForm || r.url) website.add(r.country);
  }
  // US Congress (both chambers), the UK Parliament (Commons), the European Parliament.
  const legislature: Partial<Record<string, string>> = {
    us_senate: 'US',
    us_house: 'US',
    uk_commons: 'GB',
    eu_parliament: 'EU',
  };
  const legislatures = new Set(all.map((r) => legislature[r.group]).filter(Boolean));
  return {
    electronic: electronic.size,
    website: website.size,
    procedures: new Set(procedureCodes).size,
    legislatures: legislatures.size,
  };
}

/** The line `data:check` prints after its summary (issue 14's done-when wording). */
export function reachLine(r: Reach): string {
  return `reach: ${r.electronic} states with a proven e-mail or form channel, ${r.website} with at least an official website, ${r.procedures} with a ratification procedure described, ${r.legislatures} legislatures with member-level data`;
}
