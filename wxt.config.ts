import { defineConfig } from 'wxt';
import { mergedLocales } from './lib/i18n/build';

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
    'build:publicAssets': (wxt, files) => {
      for (const { folder, json } of mergedLocales(wxt.config.root)) {
        files.push({ relativeDest: `_locales/${folder}/messages.json`, contents: json });
      }
    },
  },
  vite: () => ({
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    build: { target: 'es2022' },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: 'Treaty Lens',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    homepage_url: 'https://github.com/treaty-lens/treaty-lens',
    permissions: ['storage', 'alarms', 'scripting', 'notifications', 'clipboardWrite'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'treaty-lens@treaty-lens.org',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
    action: { default_title: '__MSG_extName__' },
  }),
});
