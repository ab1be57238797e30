/**
 * The depositary's list → the status table and a signed-update payload.
 *
 *   npm run data:depositary -- SAVED.xml [--as-of YYYY-MM-DD] [--out payload.json]
 *                                        [--table table.json] [--version V] [--issued D] [--expires D]
 *
 * SAVED.xml is the UN Treaty Collection's XML page for Chapter XVIII-16, saved by a maintainer
 * (https://treaties.un.org/doc/Publication/MTDSG/Volume%20II/Chapter%20XVIII/XVIII-16.en.xml);
 * nothing here fetches it. "As of" is the page's "Status as at" date when the saved copy has
 * one, else --as-of (the XML itself carries none: give the date the page showed when saved).
 * Every participant name must map to a state we list (an unknown name stops the command), every
 * state absent from the list becomes "not listed as of" that date. The table is printed; --out
 * writes the payload for `npm run feed:sign -- --in`, --table the whole table as JSON.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  DepositaryError,
  depositaryPayload,
  parseDepositaryXml,
} from '../lib/campaign/depositary.ts';
import {
  addDays,
  BUILTIN_VERSION,
  compareVersions,
  countries,
  globalStatus,
} from '../lib/campaign/store.ts';

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const USAGE =
  'usage: npm run data:depositary -- SAVED.xml [--as-of YYYY-MM-DD] [--out payload.json] [--table table.json] [--version V] [--issued YYYY-MM-DD] [--expires YYYY-MM-DD]\n';

const fail = (msg: string, code = 1): never => {
  process.stderr.write(`data:depositary: ${msg}\n`);
  process.exit(code);
};

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'as-of': { type: 'string' },
    out: { type: 'string' },
    table: { type: 'string' },
    version: { type: 'string' },
    issued: { type: 'string' },
    expires: { type: 'string' },
  },
});
if (positionals.length !== 1) fail(USAGE.trimEnd(), 2);
const today = new Date().toISOString().slice(0, 10);

let bytes: Uint8Array = new Uint8Array();
try {
  bytes = readFileSync(positionals[0]!);
} catch (e) {
  fail(`cannot read ${positionals[0]}: ${e instanceof Error ? e.message : e}`);
}

let page: ReturnType<typeof parseDepositaryXml> = { rows: [] };
try {
  page = parseDepositaryXml(bytes);
} catch (e) {
  if (e instanceof DepositaryError) fail(`the page is not usable:\n  ${e.problems.join('\n  ')}`);
  throw e;
}

// As of: the page's own date, else the maintainer's; never today's date by default.
const given = values['as-of'];
if (given !== undefined && !DAY.test(given)) fail(`--as-of ${given} is not YYYY-MM-DD`);
if (page.statusDate && given && page.statusDate !== given)
  fail(`the page says "Status as at" ${page.statusDate}, not ${given}`);
const asOf = page.statusDate ?? given;
if (!asOf)
  fail(
    'the XML carries no "Status as at" date: give --as-of YYYY-MM-DD, the date the page showed when you saved it',
  );
if (asOf! > today) fail(`as of ${asOf} is in the future`);
if (asOf! < '2025-10-25') fail(`as of ${asOf} is before the convention opened for signature`);

const issued = values.issued ?? today;
const expires = values.expires ?? addDays(issued, 120);
const version = values.version ?? issued.replaceAll('-', '.');
for (const [k, d] of [
  ['--issued', issued],
  ['--expires', expires],
] as const)
  if (!DAY.test(d)) fail(`${k} ${d} is not YYYY-MM-DD`);
if (compareVersions(version, BUILTIN_VERSION) <= 0)
  fail(
    `version ${version} is not newer than the built-in data (${BUILTIN_VERSION}); give --version`,
  );

const { payload, table } = depositaryPayload(
  page,
  { asOf: asOf!, version, issued, expires },
  countries,
  globalStatus,
);

const out = (s: string) => process.stdout.write(`${s}\n`);
const byCode = new Map(page.rows.map((r) => [r.code, r]));
out(`XVIII-16, as of ${asOf}: ${page.rows.length} participants in the list`);
if (page.signatories !== undefined || page.parties !== undefined)
  out(
    `the depositary's counts: ${page.signatories ?? '–'} signatories, ${page.parties ?? '–'} parties`,
  );
for (const c of table) {
  const r = byCode.get(c.code);
  const what = r
    ? [
        r.signed ? `signed ${r.signed}` : '',
        r.consent ? `${r.consent.kind} ${r.consent.date}` : '',
        r.footnotes.length ? `notes ${r.footnotes.join(',')}` : '',
      ]
        .filter(Boolean)
        .join(', ')
    : `not listed as of ${asOf}`;
  const was = countries.get(c.code);
  const changed = JSON.stringify(was) !== JSON.stringify(c);
  const reported = c.reported
    ? ` (+ reported ${c.reported.status} by ${c.reported.source.publisher})`
    : '';
  out(`${changed ? '*' : ' '} ${c.code}  ${r?.name ?? ''}${r ? ': ' : ''}${what}${reported}`);
}
const g = payload.globalStatus!;
out(
  `signatories ${g.signatories}, ratifications ${g.ratifications}${g.ratifiedBy.length ? ` (${g.ratifiedBy.join(' ')})` : ''}; ${payload.countries?.length ?? 0} entries change (*)`,
);
if (page.parties !== undefined && page.parties !== page.rows.filter((r) => r.consent).length)
  out(
    `warning: the page counts ${page.parties} parties but lists ${page.rows.filter((r) => r.consent).length}`,
  );

if (values.table) writeFileSync(values.table, `${JSON.stringify(table, null, 2)}\n`);
if (values.out) {
  writeFileSync(values.out, `${JSON.stringify(payload, null, 2)}\n`);
  out(
    `payload ${version} written to ${values.out}: sign it with npm run feed:sign -- --in ${values.out}`,
  );
}
