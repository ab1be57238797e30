// No user-visible text is hard-coded in components or entrypoints: every word comes from the
// catalogs, so every language gets it. The scanner is tested on a snippet first, so a scanner
// that finds nothing cannot make the real check pass.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanProject, scanSource } from '../../../lib/i18n/scan';

const root = resolve(__dirname, '../../..');

describe('hard-coded UI text', () => {
  it('the scanner finds text nodes and labelled attributes, and ignores symbols and code', () => {
    const src = `
      export function X({ n }: { n: number }) {
        // a comment with words is not text
        const cls = 'panel-title';
        return (
          <section class={cls} aria-label="Context panel" data-state="open">
            <h2>Hello there</h2>
            <span aria-hidden="true">·</span> <span>→</span> <span>{n} / 40</span>
            <input placeholder={'Your name'} title={\`Name of \${n}\`} />
            <img alt="" src="x.png" />
            <input placeholder="example.org" /> <input placeholder="https://example.org/feed.json" />
            <input placeholder="Example: name.org" />
            <button title={n ? 'Close' : '×'}>{'Send'}</button>
            <p>{t('ok_key')}</p>
            <p>Ein Brief · رسالة</p>
          </section>
        );
      }`;
    const found = scanSource('X.tsx', src).map((f) => `${f.where}:${f.text}`);
    expect(found).toEqual([
      'aria-label:Context panel',
      'text:Hello there',
      'placeholder:Your name',
      'title:Name of',
      'placeholder:Example: name.org',
      'title:Close ×',
      'text:Send',
      'text:Ein Brief · رسالة',
    ]);
  });

  it('components/ and entrypoints/ have none', () => {
    const found = scanProject(root);
    expect(
      found.map((f) => `${f.file}:${f.line} ${f.where} "${f.text}"`),
      'use t()/tn() from lib/i18n and add the string to locales/en/<area>.json',
    ).toEqual([]);
  });
});
