// Toolbar popup: the composer's quick path plus recent letters.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../assets/styles/page.css';
import '../../assets/styles/composer.css';
import { ready } from '../../lib/campaign';
import { getSettings } from '../../lib/db';
import { countryFromLocale } from '../../lib/panel/view';
import { dirOf, setLang, t } from '../../lib/i18n';
import { loadAreas, type PageArea } from '../../lib/i18n/lazy';
import { Composer } from '../../components/composer/Composer';
import { PageCheck } from '../../components/popup/PageCheck';
import { PopupStatus } from '../../components/popup/PopupStatus';

/**
 * The page the popup was opened over: the active tab of its window. When popup.html is itself
 * open in a tab (a bookmark, keyboard users, tests), the page the reader was on before it.
 */
async function activeTab(): Promise<number | undefined> {
  const self = (await browser.tabs.getCurrent().catch(() => undefined))?.id;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab && tab.id !== self) return tab.id;
  const others = (await browser.tabs.query({ windowType: 'normal' })).filter((t) => t.id !== self);
  others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return others[0]?.id;
}

const AREAS: PageArea[] = ['composer', 'popup'];

async function main(): Promise<void> {
  const browserLang = browser.i18n.getUILanguage();
  // Start everything the first frame waits for at once: the campaign overlay, the strings in
  // the browser's language (most people keep it), and the settings that may name another.
  const campaign = ready();
  void loadAreas(AREAS, browserLang).catch(() => undefined);
  const settings = await getSettings().catch(() => null);
  const lang = setLang(await loadAreas(AREAS, settings?.uiLang || browserLang));
  document.documentElement.lang = lang.replace('_', '-');
  document.documentElement.dir = dirOf(lang);
  document.title = t('popup_title');
  await campaign;
  render(
    <>
      <PopupStatus
        mode={settings?.mode ?? 'auto'}
        pausedUntil={settings?.pausedUntil ?? null}
        panelOpen={settings?.panelOpen ?? false}
        updateUrl={settings ? settings.updateUrl : null}
        country={settings?.country || countryFromLocale(browserLang)}
        ledgerUrl={browser.runtime.getURL('/ledger.html' as '/')}
        optionsUrl={browser.runtime.getURL('/options.html' as '/')}
        pageCheck={(end) => (
          <PageCheck auto={settings?.mode === 'click'} activeTab={activeTab} end={end} />
        )}
      />
      <Composer
        variant="popup"
        context={null}
        browserLang={browserLang}
        fullComposerUrl={browser.runtime.getURL('/composer.html' as '/')}
        ledgerUrl={browser.runtime.getURL('/ledger.html' as '/')}
      />
    </>,
    document.getElementById('app')!,
  );
}

void main();
