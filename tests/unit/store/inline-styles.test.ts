// Issue 17: the popup's two stylesheets were two of the five files it asked for before its first
// frame; lib/build/inline-styles.ts puts their text into popup.html. These check the rewrite
// on a small bundle.
import type { OutputBundle } from 'rollup';
import { describe, expect, it } from 'vitest';
import {
  INLINE_STYLE_PAGES,
  inlineStyles,
  inlineStylesheets,
} from '../../../lib/build/inline-styles';

const page = `<head>
    <script src="/open-db.js"></script>
    <script type="module" crossorigin src="/chunks/popup-a.js"></script>
    <link rel="modulepreload" crossorigin href="/chunks/first-frame-b.js">
    <link rel="stylesheet" crossorigin href="/assets/page-c.css">
    <link rel="stylesheet" crossorigin href="/assets/composer-d.css">
  </head>`;
const files: Record<string, string> = {
  'assets/page-c.css': ':root{--tl-bg:#fff}body{margin:0}\n',
  'assets/composer-d.css': '.tlc-btn{color:red}',
};

describe("the popup's inlined stylesheets", () => {
  it('puts each linked stylesheet in its place, in order, and leaves every other tag alone', () => {
    const out = inlineStylesheets(page, (p) => files[p]);
    expect(out).toBe(`<head>
    <script src="/open-db.js"></script>
    <script type="module" crossorigin src="/chunks/popup-a.js"></script>
    <link rel="modulepreload" crossorigin href="/chunks/first-frame-b.js">
    <style>:root{--tl-bg:#fff}body{margin:0}</style>
    <style>.tlc-btn{color:red}</style>
  </head>`);
  });

  it('fails rather than drop a stylesheet it cannot find', () => {
    expect(() => inlineStylesheets(page, () => undefined)).toThrow(/page-c\.css/);
  });

  it('fails rather than write a stylesheet that would end the <style> element', () => {
    const css = (p: string) => (p.includes('composer') ? 'a::after{content:"</style>"}' : '');
    expect(() => inlineStylesheets(page, css)).toThrow(/composer-d\.css/);
  });

  it('fails rather than move a relative url() from the stylesheet’s folder to the page’s', () => {
    for (const rule of [
      'a{background:url(icon.png)}',
      "@font-face{src:url( '../f.woff2')}",
      '@import "x.css";',
    ])
      expect(() => inlineStylesheets(page, (p) => (p.includes('page') ? rule : '')), rule).toThrow(
        /page-c\.css.*relative url/,
      );
    for (const rule of [
      'a{background:url(data:image/png;base64,AA)}',
      'a{mask:url("/icon/16.png")}',
      'a{fill:url(#g)}',
    ])
      expect(
        () => inlineStylesheets(page, (p) => (p.includes('page') ? rule : '')),
        rule,
      ).not.toThrow();
  });

  it("rewrites the popup's page in the bundle, and no other page", () => {
    const asset = (fileName: string, source: string) => ({
      type: 'asset' as const,
      fileName,
      name: undefined,
      names: [],
      originalFileName: null,
      originalFileNames: [],
      needsCodeReference: false,
      source,
    });
    const popup = INLINE_STYLE_PAGES[0]!;
    expect(popup).toBe('entrypoints/popup/index.html');
    const bundle = {
      [popup]: asset(popup, page),
      'entrypoints/composer/index.html': asset('entrypoints/composer/index.html', page),
      ...Object.fromEntries(Object.entries(files).map(([k, v]) => [k, asset(k, v)])),
    } as unknown as OutputBundle;
    const plugin = inlineStyles();
    const hook = plugin.generateBundle as (
      this: { error(m: string): never },
      o: unknown,
      b: OutputBundle,
    ) => void;
    hook.call(
      {
        error: (m: string) => {
          throw new Error(m);
        },
      },
      {},
      bundle,
    );
    const source = (k: string) => String((bundle[k] as { source: string }).source);
    expect(source(popup)).not.toContain('rel="stylesheet"');
    expect(source(popup)).toContain('<style>.tlc-btn{color:red}</style>');
    // The other pages still link the files, which stay in the build.
    expect(source('entrypoints/composer/index.html')).toBe(page);
    expect(source('assets/page-c.css')).toBe(files['assets/page-c.css']);
  });
});
