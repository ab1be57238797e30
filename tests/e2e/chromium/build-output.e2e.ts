// The built extension, as shipped: no remote code, no eval, the strict default CSP, no way in for
// web pages or other extensions, and no permission that docs/permissions.md does not justify.
// (An e2e file because it needs `npm run build`; it checks the Chrome and the Firefox build.)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extensionDirs, requireBuild } from '../browsers';

type Manifest = Record<string, unknown> & {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  content_scripts?: { matches: string[]; js?: string[] }[];
};

function files(dir: string, ext: RegExp): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...files(p, ext));
    else if (ext.test(name)) out.push(p);
  }
  return out;
}

/** Permissions named in the first column of docs/permissions.md's tables. */
function documented(): Set<string> {
  const doc = readFileSync('docs/permissions.md', 'utf8');
  return new Set([...doc.matchAll(/^\|\s*`([^`]+)`/gm)].map((m) => m[1]!));
}

const builds = (['chromium', 'firefox'] as const).map((k) => {
  requireBuild(k);
  return { kind: k, dir: extensionDirs[k] };
});

describe.each(builds)('built extension ($kind)', ({ dir }) => {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  const scripts = files(dir, /\.m?js$/);
  const pages = files(dir, /\.html$/);

  it('asks only for documented permissions and host access', () => {
    const ok = documented();
    for (const p of [...(manifest.permissions ?? []), ...(manifest.host_permissions ?? [])])
      expect(ok, `undocumented permission ${p}`).toContain(p);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    for (const forbidden of [
      'tabs',
      'history',
      'webRequest',
      'cookies',
      'clipboardRead',
      'debugger',
      'management',
    ])
      expect(manifest.permissions ?? []).not.toContain(forbidden);
  });

  it('keeps the default CSP and lets no page or other extension in', () => {
    expect(manifest).not.toHaveProperty('content_security_policy');
    expect(manifest).not.toHaveProperty('externally_connectable');
    expect(manifest).not.toHaveProperty('web_accessible_resources');
    expect(manifest).not.toHaveProperty('sandbox');
  });

  it('injects one small script into pages, and it is local', () => {
    const cs = manifest.content_scripts ?? [];
    expect(cs).toHaveLength(1);
    for (const js of cs[0]!.js ?? []) expect(scripts.map((f) => relative(dir, f))).toContain(js);
  });

  it('has no eval, no new Function and no string timers in any script', () => {
    expect(scripts.length).toBeGreaterThan(2);
    const bad = [
      /(?<![\w$.])eval\s*\(/,
      /new\s+Function\s*\(/,
      /(?<![\w$.])Function\s*\(\s*["'`]/,
      /set(?:Timeout|Interval)\s*\(\s*["'`]/,
      /document\.write\s*\(/,
    ];
    // (innerHTML and friends are checked in our sources, tests/unit/security/source-rules.test.ts:
    // Preact's runtime names them for a prop we never pass.)
    const found: string[] = [];
    for (const f of scripts) {
      const src = readFileSync(f, 'utf8');
      for (const re of bad) {
        const m = re.exec(src);
        if (m)
          found.push(`${relative(dir, f)}: ${src.slice(Math.max(0, m.index - 40), m.index + 40)}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('loads no remote code: no remote script, import or importScripts', () => {
    const found: string[] = [];
    const remote = [
      /import\s*\(\s*["'`]https?:/,
      /(?:^|[;\s])import[^'"`;]*from\s*["'`]https?:/,
      /importScripts\s*\(/,
      /\.src\s*=\s*["'`]https?:/,
    ];
    for (const f of scripts) {
      const src = readFileSync(f, 'utf8');
      for (const re of remote) if (re.test(src)) found.push(`${relative(dir, f)} ${re}`);
    }
    for (const f of pages) {
      const html = readFileSync(f, 'utf8');
      for (const m of html.matchAll(/<(script|link)\b[^>]*>/gi)) {
        const tag = m[0];
        if (/\b(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i.test(tag))
          found.push(`${relative(dir, f)}: ${tag}`);
        if (/^<script/i.test(tag) && !/\bsrc\s*=/.test(tag))
          found.push(`${relative(dir, f)}: inline ${tag}`);
      }
    }
    expect(found).toEqual([]);
  });

  /** Every script `page` loads before it runs: its module, the preloads, their static imports. */
  function firstFiles(page: string): { graph: Set<string>; loaded: string } {
    const html = readFileSync(join(dir, page), 'utf8');
    const todo = [...html.matchAll(/(?:src|href)="\/(chunks\/[^"]+\.js)"/g)].map((m) => m[1]!);
    const graph = new Set<string>();
    while (todo.length) {
      const f = todo.pop()!;
      if (graph.has(f)) continue;
      graph.add(f);
      const code = readFileSync(join(dir, f), 'utf8');
      for (const m of code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g))
        todo.push(`chunks/${m[1]}`);
    }
    expect(graph.size, page).toBeGreaterThan(1);
    return { graph, loaded: [...graph].map((f) => readFileSync(join(dir, f), 'utf8')).join('\n') };
  }

  it("draws the popup's first frame without the composer or the campaign data (issue 17)", () => {
    // The composer and the campaign data are imported after the first frame.
    const { graph, loaded } = firstFiles('popup.html');
    expect([...graph].filter((f) => /\/Composer-/.test(f))).toEqual([]);
    // The depositary's address is in the campaign data's sources (lib/campaign/data).
    expect(loaded).not.toContain('treaties.un.org');
  });

  it("asks for few scripts before the popup's first frame (issue 17)", () => {
    // Each script is a request and a response the renderer's main thread handles while the
    // <head> script that starts the popup's database read waits; the shared modules the popup
    // starts with come in one chunk (lib/build/first-frame-chunk.ts), not six, and its English
    // strings are built into its entry (entrypoints/popup/main.tsx), not four more files.
    const { graph } = firstFiles('popup.html');
    expect([...graph].filter((f) => /\/first-frame-/.test(f))).toHaveLength(1);
    expect(graph.size, [...graph].join(', ')).toBeLessThanOrEqual(2);
  });

  it("asks for no stylesheet before the popup's first frame: its rules are in popup.html (issue 17)", () => {
    // Two more requests and responses the popup's module script and first frame waited for
    // (lib/build/inline-styles.ts); the rules are those of the files the other pages link.
    const html = readFileSync(join(dir, 'popup.html'), 'utf8');
    expect(html).not.toMatch(/<link\b[^>]*\brel="stylesheet"/);
    const css = (name: string) => {
      const found = files(join(dir, 'assets'), /\.css$/).filter((f) =>
        new RegExp(`[\\\\/]${name}-[^\\\\/]+\\.css$`).test(f),
      );
      expect(found, name).toHaveLength(1);
      return readFileSync(found[0]!, 'utf8').trimEnd();
    };
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
    expect(styles).toEqual([css('page'), css('composer')]);
    // In the <head>, where the links were: the rules apply from the first frame.
    expect(html.indexOf('<style>')).toBeLessThan(html.indexOf('</head>'));
  });

  it('loads the CSV codec and the import checks only where the ledger exports or imports (issue 17)', () => {
    // papaparse (with lib/db/transfer) is loaded by the ledger's Data view, after the first
    // frame; re-exported from lib/db it was in every extension page's first files.
    const codec = 'UndetectableDelimiter'; // a papaparse error code, kept by minification
    expect(
      files(dir, /\.js$/).some((f) => readFileSync(f, 'utf8').includes(codec)),
      'the built extension has papaparse somewhere',
    ).toBe(true);
    for (const page of ['popup.html', 'ledger.html', 'composer.html', 'options.html'])
      expect(firstFiles(page).loaded.includes(codec), page).toBe(false);
  });

  it("draws the ledger's and the popup's first frames without Dexie or the polyfill (issue 17)", () => {
    // Their first frames show what lib/db/early.ts read; lib/db (Dexie, about 100 KB) is loaded
    // after that frame by the live queries and the buttons (lib/db/lazy.ts), and the
    // webextension polyfill by what calls the asynchronous extension API (lib/runtime-lite.ts).
    const markers = {
      Dexie: 'Dexie upgrade patch', // a message in Dexie's code, kept by minification
      polyfill: 'This script should only be loaded in a browser extension', // the polyfill's
    };
    const all = files(dir, /\.js$/).map((f) => readFileSync(f, 'utf8'));
    for (const [name, marker] of Object.entries(markers)) {
      expect(
        all.some((src) => src.includes(marker)),
        `the built extension has ${name} somewhere`,
      ).toBe(true);
      for (const page of ['popup.html', 'ledger.html'])
        expect(firstFiles(page).loaded.includes(marker), `${name} in ${page}`).toBe(false);
    }
  });

  it("builds the ledger's English first-screen strings into its own module, not four more first files (issue 17)", () => {
    // Each first file is one more request the page's parser handles before it runs the
    // <head> script that starts the database read (entrypoints/ledger/main.tsx says why).
    const html = readFileSync(join(dir, 'ledger.html'), 'utf8');
    const entry = /<script type="module"[^>]*src="\/(chunks\/[^"]+\.js)"/.exec(html)?.[1];
    expect(entry, 'ledger.html has a module script').toBeTruthy();
    const { graph } = firstFiles('ledger.html');
    // One key from each bundled catalog (locales/en/{ledger,panel,campaign,manifest}.json).
    for (const key of [
      '"ledger_page_title"',
      '"panel_brand"',
      '"campaign_status_changed_title"',
      '"extDescription"',
    ]) {
      const holders = [...graph].filter((f) => readFileSync(join(dir, f), 'utf8').includes(key));
      expect(holders, key).toEqual([entry]);
    }
  });

  it('contains no analytics or tracking endpoints', () => {
    const trackers =
      /google-analytics|googletagmanager|\/gtag\/|doubleclick|segment\.io|sentry\.io|mixpanel|amplitude|hotjar|plausible\.io|matomo/i;
    const hits = scripts.filter((f) => trackers.test(readFileSync(f, 'utf8')));
    expect(hits.map((f) => relative(dir, f))).toEqual([]);
  });
});
