/**
 * `npm run --silent i18n:check [-- --json]`: what translators still have to do. Lists catalog
 * problems (missing or extra keys, lost placeholders, missing plural forms, untranslated text)
 * and hard-coded text in components. Exits 1 when anything is found.
 */
import { resolve } from 'node:path';
import { checkCatalogs, formatProblems, readLocales } from '../lib/i18n/check';
import { scanProject } from '../lib/i18n/scan';

const root = resolve(import.meta.dirname, '..');

const problems = checkCatalogs(readLocales(root));
const hardCoded = scanProject(root);

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ catalogs: problems, hardCoded }));
} else {
  if (problems.length) console.log(`Catalogs (${problems.length}):\n${formatProblems(problems)}`);
  if (hardCoded.length)
    console.log(
      `Hard-coded text (${hardCoded.length}):\n` +
        hardCoded.map((h) => `${h.file}:${h.line} ${h.where} "${h.text}"`).join('\n'),
    );
  if (!problems.length && !hardCoded.length)
    console.log('All catalogs complete; no hard-coded text.');
}
process.exitCode = problems.length || hardCoded.length ? 1 : 0;
