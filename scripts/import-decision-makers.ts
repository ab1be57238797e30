/**
 * Import the decision-makers seed (institutional contacts and treaty procedures, one JSON file
 * per region) into `data/sources/institutions.json`, keeping only what can be proven:
 *
 *   npm run data:import-decision-makers [-- --seed DIR]   (default ../shared/data/decision-makers)
 *
 * A channel is kept when (1) its value appears verbatim in the excerpt read on its page
 * (`proves`, the same rule data:check applies), (2) the page is on a reviewed official host,
 * (3) the page is not older than the cut-off (the page's own date, `seen`), and (4) no reviewed
 * drop names it. Reviewed drops, keeps, additions and the procedure classification live in
 * `data/review/decision-makers-review.json`; every channel left out is printed with its reason.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { proves, type ChannelField, type ChannelProof } from '../lib/campaign/proof.ts';

const ROOT = join(import.meta.dirname, '..');

type SeedType = 'email' | 'form' | 'postal' | 'phone' | 'web';
interface SeedChannel {
  type: SeedType;
  value: string;
  source_url: string;
  evidence: string;
  seen: string | null;
}
interface SeedRecipient {
  institution: string;
  institution_en: string;
  kind: 'foreign_ministry' | 'parliament' | 'parliament_committee' | 'head_of_government';
  channels: SeedChannel[];
}
interface SeedCountry {
  country: string;
  procedure: { summary: string; source_url: string; evidence: string; seen: string | null } | null;
  recipients: SeedRecipient[];
  notes: string;
}
export type Approval = 'parliament' | 'parliament_some' | 'laying' | 'executive';
interface Review {
  read: string;
  officialHosts: string[];
  staleBefore: string;
  drops: { country: string; value: string; reason: string }[];
  keeps: { country: string; value: string; reason: string }[];
  additions: (Omit<SeedRecipient, 'channels'> & { country: string; channel: SeedChannel })[];
  procedures: Record<string, Approval>;
  submissions: string[];
  procedureDrops: { country: string; reason: string }[];
  /**
   * A better page for a procedure than the seed's (the seed read a blog where a reference
   * text says the same): the page, a verbatim excerpt, and the summary in our words.
   */
  procedureSources?: Record<string, { source_url: string; evidence: string; summary: string }>;
  noWebsiteFrom: string[];
}

/** One proven institutional channel as stored in data/sources/institutions.json. */
export interface InstitutionChannel {
  field: ChannelField;
  value: string | string[];
  proof: ChannelProof;
}
export interface Institution {
  country: string;
  institution: string;
  institution_en: string;
  kind: SeedRecipient['kind'];
  channels: InstitutionChannel[];
}
export interface Procedure {
  country: string;
  approval: Approval;
  submissions?: true;
  summary: string;
  source: string;
  excerpt: string;
  read: string;
  seen?: string;
  /** False when the page is not the state's own text (an unofficial copy, a news report). */
  official: boolean;
}
export interface InstitutionsFile {
  about: string;
  seed: string;
  read: string;
  institutions: Institution[];
  procedures: Procedure[];
}

const FIELD: Record<SeedType, ChannelField> = {
  email: 'email',
  form: 'contactForm',
  web: 'url',
  phone: 'phone',
  postal: 'postal',
};

/** "4.6.2019", "9 September 2010", "2011", "2026-11-02" → its year, or null. */
export function seenYear(seen: string | null | undefined): number | null {
  const m = /\b(19|20)\d{2}\b/.exec(seen ?? '');
  return m ? Number(m[0]) : null;
}

const hostOf = (u: string) => {
  try {
    return new URL(u).hostname.replace(/^www\d*\./, '');
  } catch {
    return '';
  }
};

export function officialHost(url: string, hosts: readonly string[]): boolean {
  const h = hostOf(url);
  return !!h && hosts.some((o) => h === o || h.endsWith(`.${o}`));
}

/** Procedure pages: the state's (or the EU's) own sites count as official. */
const OFFICIAL_PROCEDURE =
  /(^|\.)(gov(\.[a-z]{2})?|gob\.[a-z]{2}|go\.[a-z]{2}|gouv\.[a-z]{2}|gv\.at|govt\.nz|gc\.ca|leg\.br|admin\.ch|europa\.eu|senat\.fr|bundesrat\.de|parliament\.uk|parliament\.nz|senado\.cl|gazzettaufficiale\.it|camera\.it|prezydent\.pl|nrsr\.sk|uradni-list\.si|parlamento\.pt|oireachtas\.ie|public\.lu|regeringen\.se|govmu\.org|journalofficiel\.dj|shora-gc\.ir|nad\.ps|mfa\.gov\.cn)$/;

export function importSeed(seed: SeedCountry[], review: Review) {
  const kept: Institution[] = [];
  const dropped: { country: string; value: string; reason: string }[] = [];
  const cutoff = Number(review.staleBefore.slice(0, 4));
  const matches = <T extends { country: string; value: string }>(
    list: T[],
    c: string,
    value: string,
  ) => list.find((d) => d.country === c && (d.value === '*' || value.startsWith(d.value)));
  const byKey = new Map<string, Institution>();
  const add = (country: string, r: Omit<SeedRecipient, 'channels'>, ch: SeedChannel) => {
    // A form page published at a plain-http address is offered as a website (the composer
    // opens forms only over https); the address itself is never rewritten.
    const field =
      FIELD[ch.type] === 'contactForm' && /^http:\/\//i.test(ch.value.trim())
        ? 'url'
        : FIELD[ch.type];
    let value: string | string[] = ch.value.trim();
    if (field === 'contactForm' && !/^https?:\/\//i.test(value)) value = `https://${value}`;
    if (field === 'postal')
      value = (value as string)
        .split(/\n|,(?=\s)/)
        .map((s) => s.trim())
        .filter(Boolean);
    const proof: ChannelProof = {
      source: ch.source_url,
      excerpt: ch.evidence,
      read: review.read,
      ...(ch.seen ? { seen: ch.seen } : {}),
    };
    const why = (reason: string) => dropped.push({ country, value: ch.value, reason });
    const drop = matches(review.drops, country, ch.value);
    if (drop) return why(drop.reason);
    if (!proves(field, value, proof)) return why('the value does not appear in the excerpt');
    if (!officialHost(ch.source_url, review.officialHosts))
      return why(`read on ${hostOf(ch.source_url)}, not the institution's own site`);
    // The page's own date, or a year in its address (".../artiklar/2017/06/...").
    const year = seenYear(ch.seen) ?? seenYear(/\/((19|20)\d{2})\//.exec(ch.source_url)?.[1]);
    if (/webarchiv|archiv\.|webtest\./.test(hostOf(ch.source_url)))
      return why('read on an archived or test copy of the site');
    if (year !== null && year < cutoff && !matches(review.keeps, country, ch.value))
      return why(
        ch.seen
          ? `the page is dated ${ch.seen}, older than ${review.staleBefore}`
          : `the page's address carries the year ${year}, older than ${review.staleBefore}`,
      );
    const key = `${country}|${r.kind}|${r.institution}`;
    let inst = byKey.get(key);
    if (!inst) {
      inst = {
        country,
        institution: r.institution,
        institution_en: r.institution_en,
        kind: r.kind,
        channels: [],
      };
      byKey.set(key, inst);
      kept.push(inst);
    }
    if (!inst.channels.some((c) => c.field === field && String(c.value) === String(value)))
      inst.channels.push({ field, value, proof });
  };
  for (const c of seed)
    for (const r of c.recipients) for (const ch of r.channels) add(c.country, r, ch);
  for (const a of review.additions) add(a.country, a, a.channel);
  // The official page a channel was read on is the institution's website: offer it where no
  // form or website is known ("Open the ministry's website"), unless the page is someone
  // else's (reviewed list: a parliament FAQ for the Prime Minister, a government manual…).
  for (const inst of byKey.values()) {
    if (inst.channels.some((c) => c.field === 'url' || c.field === 'contactForm')) continue;
    const page = inst.channels.find(
      (c) =>
        officialHost(c.proof.source, review.officialHosts) &&
        !review.noWebsiteFrom.some((prefix) => c.proof.source.includes(prefix)),
    );
    if (page) inst.channels.push({ field: 'url', value: page.proof.source, proof: page.proof });
  }

  const procedures: Procedure[] = [];
  for (const c of seed) {
    const p = c.procedure && {
      ...c.procedure,
      ...(review.procedureSources?.[c.country] ?? {}),
      ...(review.procedureSources?.[c.country] ? { seen: undefined } : {}),
    };
    if (!p) continue;
    const pd = review.procedureDrops.find((d) => d.country === c.country);
    if (pd) {
      dropped.push({ country: c.country, value: 'procedure', reason: pd.reason });
      continue;
    }
    const approval = review.procedures[c.country];
    if (!approval) {
      dropped.push({ country: c.country, value: 'procedure', reason: 'not classified in review' });
      continue;
    }
    procedures.push({
      country: c.country,
      approval,
      ...(review.submissions.includes(c.country) ? { submissions: true as const } : {}),
      summary: p.summary,
      source: p.source_url,
      excerpt: p.evidence,
      read: review.read,
      ...(p.seen ? { seen: p.seen } : {}),
      official: OFFICIAL_PROCEDURE.test(hostOf(p.source_url)),
    });
  }
  const sortC = <T extends { country: string }>(a: T, b: T) => a.country.localeCompare(b.country);
  kept.sort(sortC);
  procedures.sort(sortC);
  return { institutions: kept.filter((i) => i.channels.length), procedures, dropped };
}

const isMain = process.argv[1] && import.meta.filename === process.argv[1];
if (isMain) {
  const { values } = parseArgs({
    options: { seed: { type: 'string', default: join(ROOT, '../../shared/data/decision-makers') } },
  });
  const dir = values.seed!;
  const seed = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as SeedCountry[]);
  const review = JSON.parse(
    readFileSync(join(ROOT, 'data/review/decision-makers-review.json'), 'utf8'),
  ) as Review;
  const { institutions, procedures, dropped } = importSeed(seed, review);
  const out: InstitutionsFile = {
    about:
      'Institutional contacts and treaty procedures, imported from the decision-makers seed by scripts/import-decision-makers.ts; each channel carries the page it was read on, a verbatim excerpt and the date read.',
    seed: 'decision-makers seed of 2026-12-05 (stored copies of official pages)',
    read: review.read,
    institutions,
    procedures,
  };
  writeFileSync(join(ROOT, 'data/sources/institutions.json'), JSON.stringify(out, null, 1) + '\n');
  // The reviewed list of what was left out, kept beside the review decisions.
  writeFileSync(
    join(ROOT, 'data/review/decision-makers-left-out.md'),
    [
      '# Decision-makers seed: what was left out',
      '',
      'Written by `npm run data:import-decision-makers` from the seed and',
      '`decision-makers-review.json`. One line per value (or procedure) not shipped, with the reason.',
      '',
      ...dropped.map(
        (d) =>
          `- **${d.country}** \`${d.value.replace(/\s+/g, ' ').replace(/`/g, "'")}\` — ${d.reason}`,
      ),
      '',
    ].join('\n'),
  );
  const say = (s: string) => process.stdout.write(s + '\n');
  say(
    `institutions: ${institutions.length} (${institutions.reduce((n, i) => n + i.channels.length, 0)} channels) in ${new Set(institutions.map((i) => i.country)).size} states; procedures: ${procedures.length}`,
  );
  say(`left out (${dropped.length}):`);
  for (const d of dropped)
    say(`  ${d.country} ${d.value.replace(/\s+/g, ' ').slice(0, 70)} — ${d.reason}`);
}
