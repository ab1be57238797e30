/**
 * The live campaign data: the built-in snapshot, overlaid by every accepted signed update in
 * version order (lib/campaign/feed.ts keeps them).
 * Kept in one place so `index.ts` (reads) and `feed.ts` (writes) share it without a cycle.
 * Exported bindings are live: importers see `dataVersion` change after an update is applied.
 */
import type { CountryStatus, Fact, GlobalStatus } from './types';
import type { UpdatePayload } from './schema';
import { buildCountries } from './data/countries';
import { FACTS } from './data/facts';
import { GLOBAL_STATUS } from './data/global';
import { withRuZh } from './data/facts-ru-zh';
import { countryWithRuZh, globalWithRuZh } from './data/notes-ru-zh';

// The built-in data with its Russian and Chinese text (kept in their own modules) added.
const builtinFacts = (): Fact[] => withRuZh(FACTS);
const builtinCountries = (): CountryStatus[] => buildCountries().map(countryWithRuZh);
const builtinGlobal = (): GlobalStatus => globalWithRuZh(GLOBAL_STATUS);

/** Version of the data shipped in this build (dotted numbers, compared numerically). */
export const BUILTIN_VERSION = '2026.12.05';

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/** Date the built-in data was reviewed (the version is that date). */
export const BUILTIN_ISSUED = BUILTIN_VERSION.split('.')
  .map((n, i) => (i ? n.padStart(2, '0') : n))
  .join('-');
/**
 * After this day the built-in data counts as stale unless a signed update replaced it: statuses
 * move in weeks around signature and ratification, so four months without an update is old.
 */
export const BUILTIN_EXPIRES = addDays(BUILTIN_ISSUED, 120);

/** `day` (YYYY-MM-DD) plus `n` days, as YYYY-MM-DD. */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** Current version of the campaign data. */
export let dataVersion: string = BUILTIN_VERSION;
/** Day the data in use was issued: the newest applied update's `issued`, else the built-in date. */
export let dataIssued: string = BUILTIN_ISSUED;
/** Day after which the data in use is stale: the newest applied update's `expires`. */
export let dataExpires: string = BUILTIN_EXPIRES;
/** Current facts (mutated in place so `import { facts }` stays valid). */
export const facts: Fact[] = clone(builtinFacts());
/** Current world-wide figures (mutated in place). */
export const globalStatus: GlobalStatus = clone(builtinGlobal());
export const countries = new Map<string, CountryStatus>(builtinCountries().map((c) => [c.code, c]));

/** Apply an already verified update on top of the current data. */
export function applyPayload(p: UpdatePayload): void {
  for (const c of p.countries ?? []) countries.set(c.code, c);
  for (const f of p.facts ?? []) {
    const i = facts.findIndex((x) => x.id === f.id);
    if (i >= 0) facts[i] = f;
    else facts.push(f);
  }
  if (p.globalStatus) Object.assign(globalStatus, p.globalStatus);
  dataVersion = p.version;
  dataIssued = p.issued;
  dataExpires = p.expires;
}

/** How old the data in use is: "campaign data from `issued`", stale once `expires` has passed. */
export function freshness(now: Date = new Date()): {
  issued: string;
  expires: string;
  stale: boolean;
} {
  return {
    issued: dataIssued,
    expires: dataExpires,
    stale: now.toISOString().slice(0, 10) > dataExpires,
  };
}

/** Back to the built-in snapshot (tests, and a rejected stored overlay). */
export function resetToBuiltIn(): void {
  facts.splice(0, facts.length, ...clone(builtinFacts()));
  Object.assign(globalStatus, clone(builtinGlobal()));
  countries.clear();
  for (const c of builtinCountries()) countries.set(c.code, c);
  dataVersion = BUILTIN_VERSION;
  dataIssued = BUILTIN_ISSUED;
  dataExpires = BUILTIN_EXPIRES;
}

/** Compare dotted numeric versions: negative if a < b, 0 if equal, positive if a > b. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
