// Full composer page; also the browser side panel (Chrome side_panel / Firefox sidebar_action).
import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../assets/styles/page.css';
import '../../assets/styles/composer.css';
import { ready } from '../../lib/campaign';
import { getSettings } from '../../lib/db';
import { dirOf, setLang, t } from '../../lib/i18n';
import { loadAreas, type PageArea } from '../../lib/i18n/lazy';
import { decodeContext } from '../../lib/letters';
import { Composer } from '../../components/composer/Composer';

// The popup's strings too: the composer's recent-letters list speaks them (popup variant).
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
  document.title = t('composer_title');
  await campaign;
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
