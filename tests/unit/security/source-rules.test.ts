// House security rules, enforced on the sources (the built output is checked in
// tests/e2e/chromium/build-output.e2e.ts): page text and user input reach the DOM as text only,
// no eval, no console.log, the network only in the update check, and no code that runs in a news
// page can reach the letters database.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve('.');
const SOURCE_DIRS = ['lib', 'components', 'entrypoints'];

const isSource = (name: string) => /\.(?:ts|tsx)$/.test(name) && !name.endsWith('.d.ts');

/** Files under `dir` (recursively) whose names `keep` accepts: TypeScript sources by default. */
function walk(dir: string, keep: (name: string) => boolean = isSource): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p, keep) : keep(name) ? [p] : [];
  });
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
  // What runs in a news page: the bundles lib/build makes for pages (prefilter.js, the
  // manifest's content script; detector.js, injected on demand), content-script entry points,
  // and every unlisted entry point the background injects into tabs (`executeScript` files).
  // Unlisted scripts that only extension pages load (open-db.js, in the ledger's and the
  // popup's <head>) run with the extension's IndexedDB and may read the database.
  const built = [
    ...readFileSync(join(ROOT, 'lib', 'build', 'detector.ts'), 'utf8').matchAll(
      /bundle\(root, '([^']+)'/g,
    ),
  ].map((m) => join(ROOT, m[1]!));
  const background = walk(join(ROOT, 'lib', 'background'))
    .map(code)
    .join('\n');
  const injected = new Set([...background.matchAll(/'\/([\w-]+)\.js'/g)].map((m) => m[1]!));
  const pagesHtml = walk(join(ROOT, 'entrypoints'), (n) => n.endsWith('.html')).map((f) =>
    readFileSync(f, 'utf8'),
  );
  const scripts = walk(join(ROOT, 'entrypoints')).filter((f) =>
    /defineContentScript|defineUnlistedScript/.test(readFileSync(f, 'utf8')),
  );
  const nameOf = (f: string) => f.slice(f.lastIndexOf('/') + 1).replace(/\.tsx?$/, '');
  const inPages = (f: string) =>
    !/defineContentScript/.test(readFileSync(f, 'utf8')) && !injected.has(nameOf(f));
  const entries = [...built, ...scripts.filter((f) => !inPages(f))];

  it('has entry points to check: both page bundles and the injected panel', () => {
    expect(built.map(rel).sort()).toEqual([
      join('lib', 'content', 'entry.ts'),
      join('lib', 'content', 'prefilter-entry.ts'),
    ]);
    expect(entries.map(rel)).toContain(join('entrypoints', 'panel.ts'));
  });

  it('leaves out only unlisted scripts that extension pages load and tabs never get', () => {
    for (const f of scripts.filter(inPages)) {
      const src = `src="/${nameOf(f)}.js"`;
      expect(
        pagesHtml.some((h) => h.includes(src)),
        `${rel(f)} is neither injected into tabs nor loaded by an extension page`,
      ).toBe(true);
    }
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
