// Issue 17: the popup's first frame asked for twelve scripts, most of them shared chunks of a
// few hundred bytes; lib/build/first-frame-chunk.ts puts what its entry imports statically
// into one chunk. These check which modules that chunk takes, on a small module graph.
import { describe, expect, it } from 'vitest';
import { firstFrameChunk, firstFrameModules } from '../../../lib/build/first-frame-chunk';

const R = '/repo';
const graph: Record<string, string[]> = {
  [`${R}/entrypoints/popup/index.html`]: [
    '\0vite/modulepreload-polyfill.js',
    `${R}/entrypoints/popup/main.tsx`,
  ],
  [`${R}/entrypoints/popup/main.tsx`]: [
    `${R}/node_modules/preact/dist/preact.module.js`,
    `${R}/lib/i18n/index.ts`,
    `${R}/components/popup/PopupStatus.tsx`,
    `${R}/locales/en/popup.json?raw`,
    `${R}/locales/en/panel.json?raw`,
    `${R}/assets/styles/page.css`,
  ],
  [`${R}/components/popup/PopupStatus.tsx`]: [
    `${R}/lib/campaign/risk.ts`,
    `${R}/lib/i18n/index.ts`,
  ],
  [`${R}/lib/campaign/risk.ts`]: [`${R}/lib/campaign/data/fiw-2025.ts`],
  [`${R}/lib/i18n/index.ts`]: [`${R}/node_modules/preact/dist/preact.module.js`],
  // Another page: what only it imports stays out, however it is shared.
  [`${R}/entrypoints/ledger/main.tsx`]: [`${R}/lib/i18n/index.ts`, `${R}/lib/db/dates.ts`],
  [`${R}/lib/db/dates.ts`]: [],
};
const imports = (id: string) => graph[id] ?? [];

describe("the popup's first-frame chunk", () => {
  it('takes everything the popup imports statically, its own components and the strings excepted', () => {
    const got = firstFrameModules(Object.keys(graph), imports);
    expect([...got].sort()).toEqual(
      [
        '\0vite/modulepreload-polyfill.js',
        `${R}/lib/campaign/data/fiw-2025.ts`,
        `${R}/lib/campaign/risk.ts`,
        `${R}/lib/i18n/index.ts`,
        `${R}/node_modules/preact/dist/preact.module.js`,
      ].sort(),
    );
  });

  it('is closed under static imports apart from the popup itself, so chunks cannot import in a cycle', () => {
    const got = firstFrameModules(Object.keys(graph), imports);
    for (const id of got)
      for (const dep of imports(id)) expect(got.has(dep), `${id} → ${dep}`).toBe(true);
  });

  it('is empty without a popup, and leaves single-file builds alone', () => {
    expect(firstFrameModules([`${R}/lib/db/dates.ts`], imports).size).toBe(0);
    const hook = firstFrameChunk().outputOptions as (o: object) => object | null;
    expect(hook({ format: 'iife' })).toBeNull();
    expect(hook({ format: 'es', inlineDynamicImports: true })).toBeNull();
    expect(hook({ format: 'es' })).toHaveProperty('manualChunks');
  });
});
