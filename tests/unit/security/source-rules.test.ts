// House security rules, enforced on the sources (the built output is checked in
// tests/e2e/chromium/build-output.e2e.ts): page text and user input reach the DOM as text only,
// no eval, no console.log, the network only in the update check, and no code that runs in a news
// page can reach the letters database.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve('.');
const SOURCE_DIRS = ['lib', 'components', 'entrypoints'];

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else if (/\.(?:ts|tsx)$/.test(name) && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

const sources = SOURCE_DIRS.flatMap((d) => walk(join(ROOT, d)));
const rel = (f: string) => relative(ROOT, f);
/** Source without comments, so a comment naming a rule does not trip it. */
const code = (f: string) =>
  readFileSync(f, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');

function offenders(re: RegExp, allow: (f: string) => boolean = () => false): string[] {
  return sources.filter((f) => !allow(rel(f)) && re.test(code(f))).map(rel);
}

describe('source rules', () => {
  it('finds the sources it checks', () => {
    expect(sources.length).toBeGreaterThan(30);
  });

  it('puts no HTML strings into the DOM', () => {
    // lib/build/ is build-time Node code (it names the sinks to strip them from Preact), never shipped.
    const build = (f: string) => f.startsWith(join('lib', 'build'));
    expect(offenders(/\.(?:innerHTML|outerHTML)\s*[+]?=(?!=)/, build)).toEqual([]);
    expect(
      offenders(
        /insertAdjacentHTML|dangerouslySetInnerHTML|document\.write\s*\(|createContextualFragment|DOMParser\b[\s\S]*parseFromString[\s\S]*\.(?:append|replaceChildren)/,
      ),
    ).toEqual([]);
    expect(offenders(/srcdoc\s*=/, build)).toEqual([]);
  });

  it('has no eval, Function constructor or string timers', () => {
    expect(
      offenders(/(?<![\w$.])eval\s*\(|new\s+Function\s*\(|set(?:Timeout|Interval)\s*\(\s*['"`]/),
    ).toEqual([]);
  });

  it('logs nothing to the console with console.log', () => {
    expect(offenders(/console\.log\s*\(/)).toEqual([]);
  });

  it('touches the network only in the signed campaign update', () => {
    const allowed = (f: string) => f === join('lib', 'background', 'update.ts');
    expect(
      offenders(
        /(?<![\w$.'"])fetch\b(?!\s*:)|XMLHttpRequest|WebSocket|sendBeacon|EventSource|RTCPeerConnection|importScripts/,
        allowed,
      ),
    ).toEqual([]);
  });

  it('builds no links to remote scripts or images in the page', () => {
    expect(offenders(/\.src\s*=\s*['"`]https?:/)).toEqual([]);
  });
});

/** Relative imports of a file, resolved to files (dynamic imports included). */
function importsOf(file: string): string[] {
  const src = code(file);
  const out: string[] = [];
  for (const m of src.matchAll(
    /(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|import\s+['"]([^'"]+)['"]/g,
  )) {
    const spec = m[1] ?? m[2] ?? m[3]!;
    if (!spec.startsWith('.')) {
      out.push(`pkg:${spec}`);
      continue;
    }
    const base = resolve(dirname(file), spec);
    const hit = [
      base,
      `${base}.ts`,
      `${base}.tsx`,
      join(base, 'index.ts'),
      join(base, 'index.tsx'),
    ].find((p) => existsSync(p) && statSync(p).isFile());
    if (hit) out.push(hit);
  }
  return out;
}

function closure(entry: string): Set<string> {
  const seen = new Set<string>();
  const todo = [entry];
  while (todo.length) {
    const f = todo.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    if (!f.startsWith('pkg:') && /\.(?:ts|tsx)$/.test(f)) todo.push(...importsOf(f));
  }
  return seen;
}

describe('code that runs in news pages', () => {
  // The manifest's content script and the on-demand panel script (whatever their file names).
  const entries = walk(join(ROOT, 'entrypoints')).filter((f) => {
    const s = readFileSync(f, 'utf8');
    return /defineContentScript|defineUnlistedScript/.test(s);
  });

  it('has entry points to check', () => {
    expect(entries.length).toBeGreaterThan(0);
  });

  it("cannot reach the database, the letters or Dexie (IndexedDB there is the news site's)", () => {
    for (const e of entries) {
      const reach = [...closure(e)].map((f) => (f.startsWith('pkg:') ? f : rel(f)));
      const bad = reach.filter(
        (f) =>
          f.startsWith(join('lib', 'db')) ||
          f === 'pkg:dexie' ||
          f.startsWith(join('lib', 'letters')) ||
          f.startsWith(join('components', 'composer')),
      );
      expect(bad, rel(e)).toEqual([]);
    }
  });
});
