/**
 * Run the detector on saved HTML pages:
 *   npm run --silent detect -- [--json] [--reasons] PATH...
 * A folder means every .html file under it. Pages are parsed with happy-dom and judged by the
 * same `detect()` the content script uses. Exit code 0, or 2 on a usage error or an
 * unreadable file (in --json mode that file still gets a line, with an `error` field).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { detect, type DetectionResult } from '../lib/detection/index.ts';

const USAGE = 'usage: npm run --silent detect -- [--json] [--reasons] PATH...';
/** The CLI is not on a page's critical path: give slow happy-dom a generous budget. */
const BUDGET_MS = 10_000;

function htmlFiles(path: string): string[] {
  const st = statSync(path);
  if (!st.isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => {
      const p = join(path, e.name);
      if (e.isDirectory()) return htmlFiles(p);
      return /\.html?$/i.test(e.name) ? [p] : [];
    });
}

function run(file: string, window: Window): DetectionResult {
  const html = readFileSync(file, 'utf8');
  const doc = new window.DOMParser().parseFromString(html, 'text/html');
  return detect(doc as unknown as Document, { timeBudgetMs: BUDGET_MS });
}

function main(argv: string[]): number {
  const json = argv.includes('--json');
  const reasons = argv.includes('--reasons');
  const paths = argv.filter((a) => !a.startsWith('--'));
  const unknown = argv.filter((a) => a.startsWith('--') && a !== '--json' && a !== '--reasons');
  if (!paths.length || unknown.length) {
    process.stderr.write(`${unknown.length ? `unknown option ${unknown[0]}\n` : ''}${USAGE}\n`);
    return 2;
  }
  const window = new Window({
    settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true },
  });
  let code = 0;
  const rows: string[][] = [];
  for (const path of paths) {
    let files: string[];
    try {
      files = htmlFiles(path);
    } catch (e) {
      code = 2;
      const error = e instanceof Error ? e.message : String(e);
      if (json) process.stdout.write(JSON.stringify({ file: path, error }) + '\n');
      else process.stderr.write(`${path}: ${error}\n`);
      continue;
    }
    for (const file of files) {
      let r: DetectionResult;
      try {
        r = run(file, window);
      } catch (e) {
        code = 2;
        const error = e instanceof Error ? e.message : String(e);
        if (json) process.stdout.write(JSON.stringify({ file, error }) + '\n');
        else process.stderr.write(`${file}: ${error}\n`);
        continue;
      }
      const score = Math.round(r.score * 100) / 100;
      if (json) {
        const line: Record<string, unknown> = {
          file,
          match: r.match,
          score,
          lang: r.lang,
          mentions: r.mentions.map((m) => ({ text: m.text, rule: m.rule })),
        };
        if (reasons) line['reasons'] = r.reasons;
        process.stdout.write(JSON.stringify(line) + '\n');
      } else {
        rows.push([
          r.match ? 'MATCH' : '-',
          score.toFixed(2),
          r.lang,
          file,
          r.mentions[0]?.text ?? '',
        ]);
        if (reasons) rows.push(['', '', '', '  ' + r.reasons.join('; '), '']);
      }
    }
  }
  if (!json && rows.length) {
    const head = ['match', 'score', 'lang', 'file', 'first mention'];
    const width = head.map((h, i) =>
      Math.max(h.length, ...rows.map((r) => (i < 3 ? r[i]!.length : 0))),
    );
    const fmt = (r: string[]) => r.map((c, i) => (i < 3 ? c.padEnd(width[i]!) : c)).join('  ');
    process.stdout.write([fmt(head), ...rows.map(fmt)].join('\n') + '\n');
    const n = rows.filter((r) => r[0] === 'MATCH').length;
    process.stdout.write(`${n} of ${rows.filter((r) => r[0] !== '').length} pages match\n`);
  }
  void window.happyDOM.close();
  return code;
}

process.exitCode = main(process.argv.slice(2));
