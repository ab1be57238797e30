// The CLI runs as users run it: a child process through tsx, no build step.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from './helpers';

const ROOT = join(__dirname, '..', '..', '..');
function cli(...args: string[]) {
  const p = spawnSync('npx', ['tsx', 'scripts/detect.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: p.status, out: p.stdout, err: p.stderr };
}
const lines = (out: string) =>
  out
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('npm run detect', () => {
  it('prints exactly one JSON line per file with --json', { timeout: 60_000 }, () => {
    const pos = join(FIXTURES, 'corpus', 'pos-fr-quotidien.html');
    const neg = join(FIXTURES, 'corpus', 'neg-ja-cybercrime-treaty-alone.html');
    const { code, out } = cli('--json', pos, neg);
    expect(code).toBe(0);
    const [a, b, ...rest] = lines(out);
    expect(rest).toEqual([]);
    expect(a).toMatchObject({ file: pos, match: true, lang: 'fr' });
    expect(Object.keys(a!).sort()).toEqual(['file', 'lang', 'match', 'mentions', 'score']);
    expect(a!['mentions']).toContainEqual({
      text: 'Convention des Nations unies contre la cybercriminalité',
    });
    expect(Number.isInteger((a!['score'] as number) * 100)).toBe(true);
    expect(b).toEqual({ file: neg, match: false, score: 0, lang: 'ja', mentions: [] });
  });

  it(
    'expands a folder to its .html files and prints a table without --json',
    { timeout: 60_000 },
    () => {
      const { code, out } = cli(join(FIXTURES, 'pages'));
      expect(code).toBe(0);
      expect(out).toMatch(/MATCH\s+\d\.\d\d\s+en\s+.*article-en\.html/);
      expect(out).toMatch(/MATCH\s+\d\.\d\d\s+ar\s+.*article-ar\.html/);
      expect(out).toMatch(/-\s+0\.00\s+en\s+.*negative-budapest\.html/);
    },
  );

  it(
    'exits 2 on a usage error or an unreadable file, still reporting the file in JSON',
    { timeout: 60_000 },
    () => {
      expect(cli().code).toBe(2);
      expect(cli('--bogus', 'x.html').code).toBe(2);
      const ok = join(FIXTURES, 'pages', 'article-en.html');
      const { code, out } = cli('--json', '/nonexistent/page.html', ok);
      expect(code).toBe(2);
      const [missing, found] = lines(out);
      expect(missing).toMatchObject({ file: '/nonexistent/page.html' });
      expect(String(missing!['error'])).toMatch(/ENOENT/);
      expect(found).toMatchObject({ file: ok, match: true });
    },
  );
});
