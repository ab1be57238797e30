/**
 * Validate all campaign data and print two lines:
 *   campaign data: N countries, N facts (N sourced), N recipients, N templates × N languages
 *   reach: N states with a proven e-mail or form channel, N with at least an official website, …
 * Exits 1 (problems on stderr) on any schema error, unknown country code, fact without a source
 * or date, mirror link, stale shipped JSON, template problem, missing template block, or a
 * recipient channel proven neither on a page (excerpt) nor by a credited, licensed dataset.
 */
import { allCountries, facts, globalStatus } from '../lib/campaign/index.ts';
import {
  checkChannelProofs,
  checkCountries,
  checkFacts,
  checkRecipients,
  reachLine,
  reachOf,
} from '../lib/campaign/check.ts';
import { DATASET_KEYS, loadDataset, loaders } from '../lib/campaign/recipients.ts';
import { buildAll } from './data-build.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const today = new Date().toISOString().slice(0, 10);
const problems: string[] = [];

const countries = allCountries();
problems.push(...checkCountries(countries, globalStatus, today));
problems.push(...checkFacts(facts, today));

const recipients = (await Promise.all(DATASET_KEYS.map((k) => loadDataset(k)))).flat();
problems.push(...checkRecipients(recipients));
// Every channel proven: a page with a verbatim excerpt, or a licensed dataset in ATTRIBUTION.md.
const attribution = readFileSync(join(import.meta.dirname, '../ATTRIBUTION.md'), 'utf8');
const files = await Promise.all(
  DATASET_KEYS.map(async (key) => ({ key, file: await loaders[key]() })),
);
problems.push(...checkChannelProofs(files, attribution));
const procedures = JSON.parse(
  readFileSync(join(import.meta.dirname, '../assets/data/procedures.json'), 'utf8'),
) as { procedures: Record<string, unknown> };

// The shipped JSON must be what data:build makes from data/sources.
for (const [file, data] of Object.entries(buildAll())) {
  const path = join(import.meta.dirname, '../assets/data', file);
  let onDisk = '';
  try {
    onDisk = readFileSync(path, 'utf8');
  } catch {
    onDisk = '';
  }
  if (onDisk !== JSON.stringify(data) + '\n')
    problems.push(`assets/data/${file} is stale: run npm run data:build`);
}

type Leafy = { [k: string]: unknown };
function leaves(o: unknown, prefix = ''): string[] {
  if (typeof o === 'string') return [prefix];
  if (o && typeof o === 'object') {
    return Object.entries(o as Leafy).flatMap(([k, val]) =>
      leaves(val, prefix ? `${prefix}.${k}` : k),
    );
  }
  return [];
}

let templates = 0;
let languages = 0;
try {
  const mod = (await import('../lib/letters/templates/index.ts')) as unknown as {
    templateLanguages: () => string[];
    registry: Record<string, Leafy>;
    checkTemplates?: () => string[];
    TemplateSchema: { entries: Record<string, { type: string }> };
  };
  // Blocks the template schema marks optional (e.g. us_house_titles, only for languages whose
  // House salutation names the member) need not be in every language; the rest must.
  const optional = new Set(
    Object.entries(mod.TemplateSchema.entries)
      .filter(([, schema]) => schema.type === 'optional')
      .map(([key]) => key),
  );
  const langs = mod.templateLanguages();
  languages = langs.length;
  const en = mod.registry['en'];
  const blocks = (t: Leafy | undefined) => leaves(t).filter((k) => k !== 'lang' && k !== 'dir');
  templates = blocks(en).length;
  for (const l of langs) {
    const have = new Set(blocks(mod.registry[l]));
    for (const k of blocks(en))
      if (!have.has(k) && !optional.has(k.split('.')[0]!))
        problems.push(`template ${l}: missing block ${k} that English has`);
    for (const k of have)
      if (!blocks(en).includes(k)) problems.push(`template ${l}: block ${k} not in English`);
    for (const k of blocks(mod.registry[l])) {
      const s = k.split('.').reduce<unknown>((o, key) => (o as Leafy)[key], mod.registry[l]);
      if (typeof s === 'string' && /\{[^}]*$|^[^{]*\}/.test(s))
        problems.push(`template ${l}.${k}: unbalanced brace`);
    }
  }
  problems.push(...(mod.checkTemplates?.() ?? []).map((x) => `template ${x}`));
  for (const l of ['en', 'fr', 'es', 'de', 'pt', 'ar']) {
    if (!langs.includes(l)) problems.push(`templates: language ${l} missing`);
  }
} catch (e) {
  const code = (e as { code?: string }).code;
  if (code !== 'ERR_MODULE_NOT_FOUND')
    problems.push(`templates: ${e instanceof Error ? e.message : String(e)}`);
}

for (const p of problems) process.stderr.write(`✗ ${p}\n`);
const sourced = facts.filter((f) => f.sources.length > 0 && f.lastChecked).length;
process.stdout.write(
  `campaign data: ${countries.length} countries, ${facts.length} facts (${sourced} sourced), ${recipients.length} recipients, ${templates} templates × ${languages} languages\n`,
);
const reach = reachOf(recipients, Object.keys(procedures.procedures));
process.stdout.write(`${reachLine(reach)}\n`);
process.exit(problems.length ? 1 : 0);
