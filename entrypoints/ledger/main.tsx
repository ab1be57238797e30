// The ledger page: letters sent, replies, follow-ups, impact and data controls.
import { render } from 'preact';
import '../../assets/styles/page.css';
import '../../assets/styles/ledger.css';
import { withDefaults } from '../../lib/db/defaults';
import { takeEarlyRead } from '../../lib/db/early';
import { loadDb } from '../../lib/db/lazy';
import { dirOf, setLang, t } from '../../lib/i18n';
import { loadAreas, registerBundled, type PageArea } from '../../lib/i18n/lazy';
import { LedgerApp } from '../../components/ledger/LedgerApp';
import { readOpeningPage } from '../../components/ledger/LettersView';
import { parseHash } from '../../components/ledger/route';
import { extensionUrl, uiLanguage } from '../../lib/runtime-lite';

const AREAS: PageArea[] = ['ledger'];
// The first screen's strings in English, the fallback every page loads, come with this file
// (lib/i18n/lazy.ts `registerBundled`); another language's are loaded as the page starts.
// The `page` parameter makes these imports the ledger's own modules, so they are built into
// this file: imported as plain `?raw` they are the same modules lib/i18n/lazy.ts loads on
// demand, and came as four more first files, each one more request the page's parser handled
// before it could run the `<head>` script that starts the database read (issue 17).
registerBundled(
  import.meta.glob<string>('../../locales/en/{manifest,campaign,panel,ledger}.json', {
    query: '?raw&page=ledger',
    import: 'default',
    eager: true,
  }),
);

async function main(): Promise<void> {
  const browserLang = uiLanguage();
  // Everything the first screen needs starts at once: the strings in the browser's language
  // (most people keep it), and the settings, which may name another language, with the newest
  // letters (one indexed read of 50, no count). The <head> script started reading those two
  // before this module arrived (lib/db/early.ts); without its answer they are read here. A
  // failed read renders without rows; the list's own query then reports the error.
  void loadAreas(AREAS, browserLang).catch(() => undefined);
  const letters = parseHash(location.hash).view === 'letters';
  const early = await takeEarlyRead();
  const opening = !letters
    ? undefined
    : early?.newest
      ? { items: early.newest, total: null }
      : readOpeningPage().catch(() => undefined);
  const settings = early
    ? withDefaults(early.settings)
    : await loadDb()
        .then((db) => db.getSettings())
        .catch(() => null);
  const lang = setLang(await loadAreas(AREAS, settings?.uiLang || browserLang));
  const openingPage = await opening;
  document.documentElement.lang = lang.replace('_', '-');
  document.documentElement.dir = dirOf(lang);
  document.title = t('ledger_page_title');
  render(
    <LedgerApp
      composerUrl={extensionUrl('/composer.html')}
      optionsUrl={extensionUrl('/options.html')}
      openingPage={openingPage}
    />,
    document.getElementById('app')!,
  );
  // Campaign data only names countries (filters, impact): load it, and the signed update
  // overlay, once the first frame is on screen (the animation frame comes before the paint,
  // the timeout after it). Started right after render(), its 300 KB were read and compiled
  // while that frame waited to be painted.
  requestAnimationFrame(() =>
    setTimeout(
      () => void import('../../lib/campaign').then((c) => c.ready()).catch(() => undefined),
    ),
  );
}

void main();
