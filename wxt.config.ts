import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'wxt';
import { mergedLocales } from './lib/i18n/build';
import { buildDetector, buildPrefilter } from './lib/build/detector';
import { renderIcons } from './lib/build/icons';
import { noHtmlSinks } from './lib/build/no-html-sinks';
import { firstFrameChunk } from './lib/build/first-frame-chunk';
import { inlineStyles } from './lib/build/inline-styles';

/**
 * Where Treaty Lens works: web pages only. Narrower than `<all_urls>`, which also covers
 * file://, ftp:// and other schemes where there is no news to read (docs/permissions.md).
 */
const WEB_PAGES = ['http://*/*', 'https://*/*'];

/**
 * One config for both targets: Chrome/Edge get MV3, Firefox gets MV2 (WXT's default),
 * because Firefox MV2 grants the content-script host match at install time, while MV3
 * host permissions are opt-in there.
 */
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports only: greppable, and the test seams are visible.
  imports: false,
  hooks: {
    'build:publicAssets': async (wxt, files) => {
      // The page scripts, bundled on their own (lib/build/detector.ts says why): the every-page
      // stem pre-filter, and the detector the background injects where it finds a stem.
      files.push({ relativeDest: 'prefilter.js', contents: await buildPrefilter(wxt.config.root) });
      files.push({ relativeDest: 'detector.js', contents: await buildDetector(wxt.config.root) });
      for (const { folder, json } of mergedLocales(wxt.config.root)) {
        files.push({ relativeDest: `_locales/${folder}/messages.json`, contents: json });
      }
      // Icons are rendered into .wxt/ first: public-asset `contents` must be text.
      const iconDir = join(wxt.config.wxtDir, 'icons');
      mkdirSync(iconDir, { recursive: true });
      for (const { size, png } of renderIcons(wxt.config.root)) {
        const file = join(iconDir, `${size}.png`);
        writeFileSync(file, png);
        files.push({ absoluteSrc: file, relativeDest: `icon/${size}.png` });
      }
    },
  },
  // `npm run zip`: Chrome and Firefox zips plus the sources zip AMO review asks for. The sources
  // hold what rebuilds the extension (README says how); generated images and test output do not.
  zip: {
    excludeSources: [
      'test-results/**',
      'store/screenshots/**',
      'docs/screenshots/**',
      'stats.html',
      'hd-*.mts',
    ],
  },
  vite: () => ({
    plugins: [noHtmlSinks(), firstFrameChunk(), inlineStyles()],
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    build: { target: 'es2022' },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: 'Treaty Lens',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    homepage_url: 'https://github.com/treaty-lens/treaty-lens',
    permissions: [
      'storage',
      'alarms',
      'scripting',
      'notifications',
      'clipboardWrite',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    // The full composer doubles as the browser's side panel (Chrome) / sidebar (Firefox).
    ...(browser === 'firefox'
      ? {
          sidebar_action: {
            default_panel: 'composer.html',
            default_title: '__MSG_extName__',
            open_at_install: false,
          },
        }
      : { side_panel: { default_path: 'composer.html' } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'treaty-lens@treaty-lens.org',
              // 140 (ESR) / 142 (Android) are the first to understand the data-collection declaration.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
    icons: {
      16: 'icon/16.png',
      32: 'icon/32.png',
      48: 'icon/48.png',
      96: 'icon/96.png',
      128: 'icon/128.png',
    },
    action: {
      default_title: '__MSG_extName__',
      default_icon: { 16: 'icon/16.png', 32: 'icon/32.png' },
    },
    // The every-page stem pre-filter (lib/content/prefilter.ts, bundled by
    // lib/build/detector.ts): WXT's wrappers would cost 0.4–5 KB gzip of its 6 KB budget.
    content_scripts: [{ matches: WEB_PAGES, run_at: 'document_start', js: ['prefilter.js'] }],
    // The detector's code is injected (scripting.executeScript) only into pages whose text has
    // a stem, the panel's only into pages that matched; that needs host access, which the
    // content-script match alone does not grant. Same sites, same install warning as the
    // pre-filter's match.
    host_permissions: WEB_PAGES,
  }),
});
