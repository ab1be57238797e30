// The CLI runs as users run it: a child process through tsx, no build step.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from './helpers';

const ROOT = join(__dirname, '..', '..', '..');
/** Generous: tsx start-up alone can take tens of seconds on a loaded CI machine. */
const SLOW = { timeout: 180_000 };

// Async, so one test's runs overlap instead of adding up.
function cli(...args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const p = spawn('npx', ['tsx', 'scripts/detect.ts', ...args], { cwd: ROOT });
    let out = '';
    let err = '';
    p.stdout.on('data', (d: Buffer) => (out += d.toString()));
    p.stderr.on('data', (d: Buffer) => (err += d.toString()));
    p.on('close', (code) => resolve({ code, out, err }));
  });
}
const lines = (out: string) =>
  out
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('npm run detect', () => {
  it('prints exactly one JSON line per file with --json', SLOW, async () => {
    const pos = join(FIXTURES, 'corpus', 'pos-fr-quotidien.html');
    const neg = join(FIXTURES, 'corpus', 'neg-ja-cybercrime-treaty-alone.html');
    const { code, out } = await cli('--json', pos, neg);
    expect(code).toBe(0);
    const [a, b, ...rest] = lines(out);
    expect(rest).toEqual([]);
    expect(a).toMatchObject({ file: pos, match: true, lang: 'fr' });
    expect(Object.keys(a!).sort()).toEqual(['file', 'lang', 'match', 'mentions', 'score']);
    // Each mention says which name or description of the grammar it is.
    expect(a!['mentions']).toContainEqual({
      text: 'Convention des Nations unies contre la cybercriminalité',
      rule: 'treaty word + UN name + against/on + cybercrime',
    });
    expect(Number.isInteger((a!['score'] as number) * 100)).toBe(true);
    expect(b).toEqual({ file: neg, match: false, score: 0, lang: 'ja', mentions: [] });
  });

  it('expands a folder to its .html files and prints a table without --json', SLOW, async () => {
    const { code, out } = await cli(join(FIXTURES, 'pages'));
    expect(code).toBe(0);
    expect(out).toMatch(/MATCH\s+\d\.\d\d\s+en\s+.*article-en\.html/);
    expect(out).toMatch(/MATCH\s+\d\.\d\d\s+ar\s+.*article-ar\.html/);
    expect(out).toMatch(/-\s+0\.00\s+en\s+.*negative-budapest\.html/);
  });

  it(
    'exits 2 on a usage error or an unreadable file, still reporting the file in JSON',
    SLOW,
    async () => {
      const ok = join(FIXTURES, 'pages', 'article-en.html');
      const [none, bogus, mixed] = await Promise.all([
        cli(),
        cli('--bogus', 'x.html'),
        cli('--json', '/nonexistent/page.html', ok),
      ]);
      expect(none.code).toBe(2);
      expect(none.err).toMatch(/usage/);
      expect(bogus.code).toBe(2);
      expect(mixed.code).toBe(2);
      const [missing, found] = lines(mixed.out);
      expect(missing).toMatchObject({ file: '/nonexistent/page.html' });
      expect(String(missing!['error'])).toMatch(/ENOENT/);
      expect(found).toMatchObject({ file: ok, match: true });
    },
  );
});
