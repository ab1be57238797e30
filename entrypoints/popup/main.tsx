// Toolbar popup: the composer's quick path plus recent letters.
import '../../lib/i18n/all';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../assets/styles/page.css';
import '../../assets/styles/composer.css';
import { ready } from '../../lib/campaign';
import { getSettings } from '../../lib/db';
import { dirOf, setLang, t } from '../../lib/i18n';
import { Composer } from '../../components/composer/Composer';

async function main(): Promise<void> {
  const browserLang = browser.i18n.getUILanguage();
  const settings = await getSettings().catch(() => null);
  const lang = setLang(settings?.uiLang || browserLang);
  document.documentElement.lang = lang.replace('_', '-');
  document.documentElement.dir = dirOf(lang);
  document.title = t('popup_title');
  await ready();
  render(
    <Composer
      variant="popup"
      context={null}
      browserLang={browserLang}
      fullComposerUrl={browser.runtime.getURL('/composer.html' as '/')}
      ledgerUrl={browser.runtime.getURL('/ledger.html' as '/')}
    />,
    document.getElementById('app')!,
  );
}

void main();
