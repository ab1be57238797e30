// Extension pages load only some UI areas' strings (lib/i18n/lazy.ts). A component that uses a
// key from an area its page does not load would show the raw key, in every language. This
// follows each page's imports (static and dynamic) from its entrypoint and checks every key
// literal's area against the page's AREAS; the walker is tested on the real options page
// first, so a walker that finds nothing cannot make the check pass.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../../..');
const PAGES = ['popup', 'composer', 'ledger', 'options'];
// Always bundled by lib/i18n/index.ts.
const ALWAYS = new Set(['panel', 'campaign']);
const KEY = /['"`](composer|ledger|options|popup|panel|campaign)_[a-z0-9_]*/g;
const IMPORT = /(?:from|import)\s*\(?\s*'(\.[^']+)'/g;

/** Source without comments, which name keys without using them (`// not after https:`). */
function withoutComments(src: string): string {
  return src.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
}

function resolveModule(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  for (const f of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`])
    if (/\.tsx?$/.test(f) && existsSync(f)) return f;
  return null;
}

/** Every source file a page reaches, and the UI areas of the string keys each one names. */
function pageKeys(page: string): { files: string[]; areas: Map<string, Set<string>> } {
  const entry = resolve(root, `entrypoints/${page}/main.tsx`);
  const seen = new Set<string>();
  const areas = new Map<string, Set<string>>();
  const todo = [entry];
  while (todo.length) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const src = readFileSync(file, 'utf8');
    // A module that loads an area itself before using it (loadAreas(['composer'], …)) needs
    // nothing from its page for that area.
    const own = new Set(
      [...withoutComments(src).matchAll(/loadAreas\(\s*\[([^\]]*)\]/g)].flatMap((m) =>
        [...m[1]!.matchAll(/'([a-z]+)'/g)].map((x) => x[1]!),
      ),
    );
    for (const m of withoutComments(src).matchAll(KEY)) {
      if (own.has(m[1]!)) continue;
      const where = areas.get(m[1]!) ?? new Set();
      where.add(relative(root, file));
      areas.set(m[1]!, where);
    }
    for (const m of src.matchAll(IMPORT)) {
      const next = resolveModule(file, m[1]!);
      if (next) todo.push(next);
    }
  }
  return { files: [...seen].map((f) => relative(root, f)), areas };
}

function loadedAreas(page: string): string[] {
  const src = readFileSync(resolve(root, `entrypoints/${page}/main.tsx`), 'utf8');
  const m = /const AREAS: PageArea\[\] = \[([^\]]*)\]/.exec(src);
  if (!m) throw new Error(`entrypoints/${page}/main.tsx declares no AREAS`);
  // Areas the page loads later with the code that uses them (the popup's composer, after its
  // first frame: loadAreas(['composer'], …) next to import('…/Composer')).
  const later = [...withoutComments(src).matchAll(/loadAreas\(\s*\[([^\]]*)\]/g)].flatMap((l) =>
    [...l[1]!.matchAll(/'([a-z]+)'/g)].map((x) => x[1]!),
  );
  return [...m[1]!.matchAll(/'([a-z]+)'/g)].map((a) => a[1]!).concat(later);
}

describe('each extension page loads the string areas it uses', () => {
  it('the walker follows static and dynamic imports into components', () => {
    const { files, areas } = pageKeys('ledger');
    expect(files).toContain('components/ledger/LettersView.tsx');
    // Loaded with import() when the view is first opened.
    expect(files).toContain('components/ledger/ImpactView.tsx');
    expect(areas.get('ledger')).toContain('components/ledger/LetterList.tsx');
  });

  it.each(PAGES)('%s', (page) => {
    const loaded = new Set([...loadedAreas(page), ...ALWAYS]);
    const { areas } = pageKeys(page);
    const missing = [...areas]
      .filter(([area]) => !loaded.has(area))
      .map(([area, files]) => `${area} (used in ${[...files].join(', ')})`);
    expect(missing).toEqual([]);
  });
});
