// The options page: detection mode, sites, pause, follow-ups, language, campaign updates.
import '../../lib/i18n/all';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../assets/styles/page.css';
import '../../assets/styles/ledger.css';
import '../../assets/styles/options.css';
import { ready } from '../../lib/campaign';
import { getSettings } from '../../lib/db';
import { dirOf, setLang, t } from '../../lib/i18n';
import { OptionsApp } from '../../components/options/OptionsApp';

function applyLang(pref: string): void {
  const lang = setLang(pref || browser.i18n.getUILanguage());
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
        applyLang(l);
        render(null, root);
        mount();
      }}
    />,
    root,
  );
}

async function main(): Promise<void> {
  const settings = await getSettings().catch(() => null);
  applyLang(settings?.uiLang ?? '');
  await ready().catch(() => undefined);
  mount();
}

void main();
