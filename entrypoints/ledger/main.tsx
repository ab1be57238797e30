// The ledger page: letters sent, replies, follow-ups, impact and data controls.
import '../../lib/i18n/all';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../assets/styles/page.css';
import '../../assets/styles/ledger.css';
import { ready } from '../../lib/campaign';
import { getSettings } from '../../lib/db';
import { dirOf, setLang, t } from '../../lib/i18n';
import { LedgerApp } from '../../components/ledger/LedgerApp';

async function main(): Promise<void> {
  const settings = await getSettings().catch(() => null);
  const lang = setLang(settings?.uiLang || browser.i18n.getUILanguage());
  document.documentElement.lang = lang.replace('_', '-');
  document.documentElement.dir = dirOf(lang);
  document.title = t('ledger_page_title');
  // Campaign data only refines country names; do not hold the first paint for it.
  void ready().catch(() => undefined);
  render(
    <LedgerApp
      composerUrl={browser.runtime.getURL('/composer.html' as '/')}
      optionsUrl={browser.runtime.getURL('/options.html' as '/')}
    />,
    document.getElementById('app')!,
  );
}

void main();
