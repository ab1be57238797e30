// lib/i18n/lazy.ts: a page's catalogs in one language plus English. Catalogs a page bundles
// with its code (its first screen's English, `registerBundled`) are used at once and never
// loaded again; everything else still loads.
import { describe, expect, it, vi } from 'vitest';

describe('registerBundled', () => {
  it('serves bundled catalogs at once and loads only the rest', async () => {
    vi.resetModules();
    const i18n = await import('../../../lib/i18n');
    const lazy = await import('../../../lib/i18n/lazy');
    for (const l of Object.keys(i18n.catalogs)) delete i18n.catalogs[l];
    const parse = vi.spyOn(JSON, 'parse');
    lazy.registerBundled({
      '../../locales/en/ledger.json': JSON.stringify({ ledger_title: { message: 'Bundled' } }),
    });
    expect(i18n.t('ledger_title')).toBe('Bundled');
    parse.mockClear();
    // English ledger strings are not loaded again (they would replace the bundled text), the
    // shared areas and another language's are.
    expect(await lazy.loadAreas(['ledger'], 'fr')).toBe('fr');
    const loaded = parse.mock.calls.length;
    expect(loaded).toBe(7);
    i18n.setLang('en');
    expect(i18n.t('ledger_title')).toBe('Bundled');
    expect(i18n.catalogs['fr']?.['ledger_title']?.message).toBeTruthy();
    expect(i18n.catalogs['en']?.['panel_brand']?.message).toBeTruthy();
  });
});
