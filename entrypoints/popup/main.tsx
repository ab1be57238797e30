// Toolbar popup: the composer's quick path plus recent letters.
import { render, type ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import '../../assets/styles/page.css';
import '../../assets/styles/composer.css';
import type { Settings } from '../../lib/db';
import { withDefaults } from '../../lib/db/defaults';
import { takeEarlyRead } from '../../lib/db/early';
import { loadDb } from '../../lib/db/lazy';
import { countryFromLocale } from '../../lib/panel/locale';
import { dirOf, getLang, setLang, t } from '../../lib/i18n';
import { loadAreas, registerBundled, type PageArea } from '../../lib/i18n/lazy';
import type { ComposerProps } from '../../components/composer/Composer';
import { PageCheck } from '../../components/popup/PageCheck';
import { PopupStatus } from '../../components/popup/PopupStatus';
import { extensionUrl, localArea, uiLanguage } from '../../lib/runtime-lite';
import { chosenIn } from '../../lib/campaign/update-choice';

/**
 * The page the popup was opened over: the active tab of its window. When popup.html is itself
 * open in a tab (a bookmark, keyboard users, tests), the page the reader was on before it.
 */
async function activeTab(): Promise<number | undefined> {
  // The polyfill loads when a check runs, not before the popup's first frame (issue 17).
  const { browser } = await import('wxt/browser');
  const self = (await browser.tabs.getCurrent().catch(() => undefined))?.id;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab && tab.id !== self) return tab.id;
  const others = (await browser.tabs.query({ windowType: 'normal' })).filter((t) => t.id !== self);
  others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return others[0]?.id;
}

/** The popup's own strings; the composer's load with its code, after the first frame. */
const AREAS: PageArea[] = ['popup'];
// The first screen's strings in English, the fallback every page loads, come with this file
// (lib/i18n/lazy.ts `registerBundled`); another language's are loaded as the page starts.
// The `page` parameter makes them this page's own modules, built into this file rather than
// four shared first files (as entrypoints/ledger/main.tsx does; issue 17).
registerBundled(
  import.meta.glob<string>('../../locales/en/{manifest,campaign,panel,popup}.json', {
    query: '?raw&page=popup',
    import: 'default',
    eager: true,
  }),
);

/**
 * The composer's code and the campaign data it reads (about two thirds of the popup's
 * JavaScript), loaded after the first frame: the popup's own controls come first.
 */
async function loadComposer(): Promise<ComponentType<ComposerProps>> {
  const [{ Composer }, { ready }] = await Promise.all([
    import('../../components/composer/Composer'),
    import('../../lib/campaign'),
    loadAreas(['composer'], getLang()),
  ]);
  await ready();
  return Composer;
}

/**
 * Whether the reader has decided about campaign updates (a flag in extension storage): started
 * as the popup starts, not awaited, so the status line has it right after its first frame (its
 * first-run line would otherwise appear above controls a reader may already have reached).
 * Read through the browser's own storage API, not the polyfill, whose loading (two more files)
 * would share the main thread with the first frame (issue 17).
 */
let chosen: Promise<boolean> | undefined;
const readChosen = () => (chosen ??= chosenIn(localArea()));

function Popup({ settings, browserLang }: { settings: Settings | null; browserLang: string }) {
  const [Composer, setComposer] = useState<ComponentType<ComposerProps> | null>(null);
  useEffect(() => {
    void loadComposer().then((c) => setComposer(() => c));
  }, []);
  return (
    <>
      <PopupStatus
        mode={settings?.mode ?? 'auto'}
        pausedUntil={settings?.pausedUntil ?? null}
        readChosen={readChosen}
        panelOpen={settings?.panelOpen ?? false}
        updateUrl={settings ? settings.updateUrl : null}
        country={settings?.country || countryFromLocale(browserLang)}
        ledgerUrl={extensionUrl('/ledger.html')}
        optionsUrl={extensionUrl('/options.html')}
        pageCheck={(end) => (
          <PageCheck auto={settings?.mode === 'click'} activeTab={activeTab} end={end} />
        )}
      />
      {Composer && (
        <Composer
          variant="popup"
          context={null}
          browserLang={browserLang}
          fullComposerUrl={extensionUrl('/composer.html')}
          ledgerUrl={extensionUrl('/ledger.html')}
        />
      )}
    </>
  );
}

async function main(): Promise<void> {
  const browserLang = uiLanguage();
  // Start everything the first frame waits for at once: the strings in the browser's language
  // (most people keep it), and the settings that may name another. The <head> script started
  // reading the settings before this module arrived (lib/db/early.ts); without its answer
  // they are read here.
  void loadAreas(AREAS, browserLang).catch(() => undefined);
  void readChosen().catch(() => undefined);
  const early = await takeEarlyRead();
  const settings = early
    ? withDefaults(early.settings)
    : await loadDb()
        .then((db) => db.getSettings())
        .catch(() => null);
  const lang = setLang(await loadAreas(AREAS, settings?.uiLang || browserLang));
  document.documentElement.lang = lang.replace('_', '-');
  document.documentElement.dir = dirOf(lang);
  document.title = t('popup_title');
  render(<Popup settings={settings} browserLang={browserLang} />, document.getElementById('app')!);
}

void main();
