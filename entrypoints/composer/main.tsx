// Full composer page; also the browser side panel (Chrome side_panel / Firefox sidebar_action).
import '../../lib/i18n/all';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../assets/styles/page.css';
import '../../assets/styles/composer.css';
import { ready } from '../../lib/campaign';
import { getSettings } from '../../lib/db';
import { dirOf, setLang, t } from '../../lib/i18n';
import { decodeContext } from '../../lib/letters';
import { Composer } from '../../components/composer/Composer';

async function main(): Promise<void> {
  const browserLang = browser.i18n.getUILanguage();
  const settings = await getSettings().catch(() => null);
  const lang = setLang(settings?.uiLang || browserLang);
  document.documentElement.lang = lang.replace('_', '-');
  document.documentElement.dir = dirOf(lang);
  document.title = t('composer_title');
  await ready();
  const params = new URLSearchParams(location.search);
  const context = decodeContext(params.get('ctx'));
  render(
    <Composer
      variant="page"
      context={context}
      againId={params.get('again')}
      browserLang={browserLang}
    />,
    document.getElementById('app')!,
  );
}

void main();
