/**
 * The live campaign data: the built-in snapshot, possibly overlaid by one accepted signed update.
 * Kept in one place so `index.ts` (reads) and `feed.ts` (writes) share it without a cycle.
 * Exported bindings are live: importers see `dataVersion` change after an update is applied.
 */
import type { CountryStatus, Fact, GlobalStatus } from './types';
import type { UpdatePayload } from './schema';
import { buildCountries } from './data/countries';
import { FACTS } from './data/facts';
import { GLOBAL_STATUS } from './data/global';

/** Version of the data shipped in this build (dotted numbers, compared numerically). */
export const BUILTIN_VERSION = '2026.11.27';

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/** Current version of the campaign data. */
export let dataVersion: string = BUILTIN_VERSION;
/** Current facts (mutated in place so `import { facts }` stays valid). */
export const facts: Fact[] = clone(FACTS);
/** Current world-wide figures (mutated in place). */
export const globalStatus: GlobalStatus = clone(GLOBAL_STATUS);
export const countries = new Map<string, CountryStatus>(buildCountries().map((c) => [c.code, c]));

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
}

/** Back to the built-in snapshot (tests, and a rejected stored overlay). */
export function resetToBuiltIn(): void {
  facts.splice(0, facts.length, ...clone(FACTS));
  Object.assign(globalStatus, clone(GLOBAL_STATUS));
  countries.clear();
  for (const c of buildCountries()) countries.set(c.code, c);
  dataVersion = BUILTIN_VERSION;
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
