// The options page: detection mode, sites, pause, follow-ups, language, campaign updates.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../assets/styles/page.css';
import '../../assets/styles/ledger.css';
import '../../assets/styles/options.css';
import { ready } from '../../lib/campaign';
import { getSettings } from '../../lib/db';
import { dirOf, setLang, t } from '../../lib/i18n';
import { loadAreas, type PageArea } from '../../lib/i18n/lazy';
import { OptionsApp } from '../../components/options/OptionsApp';

// Storage errors are told with the ledger's ErrorNotice, in the ledger's words.
const AREAS: PageArea[] = ['options', 'ledger'];

/** Load the options strings in the preferred language (else the browser's) and speak it. */
async function applyLang(pref: string): Promise<void> {
  const lang = setLang(await loadAreas(AREAS, pref || browser.i18n.getUILanguage()));
  document.documentElement.lang = lang.replace('_', '-');
  document.documentElement.dir = dirOf(lang);
  document.title = t('options_page_title');
}

function mount(): void {
  const root = document.getElementById('app')!;
  render(
    <OptionsApp
      ledgerUrl={browser.runtime.getURL('/ledger.html' as '/')}
      onLanguage={(l) => {
        void applyLang(l).then(() => {
          render(null, root);
          mount();
        });
      }}
    />,
    root,
  );
}

async function main(): Promise<void> {
  const settings = await getSettings().catch(() => null);
  await applyLang(settings?.uiLang ?? '');
  await ready().catch(() => undefined);
  mount();
}

void main();
