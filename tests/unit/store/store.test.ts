// Store readiness: a listing in every UI language whose summary is the manifest description,
// within the stores' limits, and a privacy policy whose promises the code keeps.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLocales, requiredLanguages } from '../../../lib/i18n/check';

const root = resolve(__dirname, '../../..');
const locales = readLocales(root);

/** Parse `store/<lang>.md`: front matter (name, short) and the long description. */
function listing(lang: string): { name: string; short: string; long: string } {
  const text = readFileSync(join(root, 'store', `${lang}.md`), 'utf8');
  const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!m) throw new Error(`store/${lang}.md has no front matter`);
  const meta = Object.fromEntries(
    m[1]!
      .split('\n')
      .map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]),
  );
  return { name: meta['name'] ?? '', short: meta['short'] ?? '', long: m[2]!.trim() };
}

describe('store listings', () => {
  it.each([...requiredLanguages])(
    '%s: name, short and long description within store limits',
    (lang) => {
      const l = listing(lang);
      expect(l.name).toBe('Treaty Lens');
      // Chrome Web Store summary ≤ 132 characters; AMO summary ≤ 250.
      expect(l.short.length).toBeGreaterThan(40);
      expect(l.short.length).toBeLessThanOrEqual(132);
      // The summary is what the manifest says, so the store and the browser agree.
      expect(l.short).toBe(locales[lang]?.['manifest']?.['extDescription']?.message);
      // CJK text is about a third as long as the same text in Latin script.
      expect(l.long.length).toBeGreaterThan(lang === 'zh_CN' ? 300 : 800);
      expect(l.long.length).toBeLessThanOrEqual(16000);
      expect(l.long).not.toMatch(/\{[a-z]+\}|TODO|FIXME|[Ll]orem ipsum/);
    },
  );

  it('every listing promises the same privacy facts as the policy', () => {
    const policy = readFileSync(join(root, 'docs/privacy.md'), 'utf8');
    expect(policy).toMatch(/data_collection_permissions/);
    expect(policy).toMatch(/Ed25519/);
    for (const lang of requiredLanguages) expect(listing(lang).long).toMatch(/AGPL-3\.0/);
  });
});

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sourceFiles(p) : /\.(ts|tsx)$/.test(p) ? [p] : [];
  });
}

describe('the privacy policy holds in the code', () => {
  // Everything that ships in the extension (scripts/ and tests/ do not).
  const shipped = ['lib', 'components', 'entrypoints'].flatMap((d) => sourceFiles(join(root, d)));
  const networkApi = /\b(fetch|XMLHttpRequest|WebSocket|EventSource|sendBeacon|importScripts)\b/;
  // Node-only build helpers never reach the browser.
  const buildOnly = /^lib\/(build|i18n\/(build|check|scan))\b/;

  it('makes network requests only from the signed campaign update', () => {
    const callers = shipped
      .map((f) => relative(root, f))
      .filter((f) => !buildOnly.test(f))
      .filter((f) =>
        readFileSync(join(root, f), 'utf8')
          .split('\n')
          .some(
            (line) =>
              !/^\s*(\*|\/\/)/.test(line) && networkApi.test(line.replace(/typeof fetch/g, '')),
          ),
      );
    expect(callers).toEqual(['lib/background/update.ts']);
  });

  it('declares no data collection to Firefox', () => {
    const config = readFileSync(join(root, 'wxt.config.ts'), 'utf8');
    expect(config).toMatch(/data_collection_permissions:\s*\{\s*required:\s*\['none'\]\s*\}/);
  });
});

describe('release bookkeeping', () => {
  it('CHANGELOG.md has a section for the version in package.json', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    const changelog = readFileSync(join(root, 'CHANGELOG.md'), 'utf8');
    expect(changelog).toContain('## [Unreleased]');
    expect(changelog).toMatch(
      new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\] – \\d{4}-\\d{2}-\\d{2}$`, 'm'),
    );
  });
});
