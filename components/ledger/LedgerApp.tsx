import { useEffect, useState } from 'preact/hooks';
import type { LetterRows } from '../../lib/db';
import { t } from '../../lib/i18n';
import { useLazy } from './lazy';
import { LettersView } from './LettersView';
import { useRoute, type LedgerView } from './route';

const loadImpact = () => import('./ImpactView');
const loadData = () => import('./DataView');
const loadStored = () => import('./StoredView');

/** Props of LedgerApp. */
export interface LedgerAppProps {
  composerUrl: string;
  optionsUrl: string;
  /** The letter list's first rows, if the page read them before rendering (`readOpeningPage`). */
  openingPage?: LetterRows;
}

const VIEWS: LedgerView[] = ['letters', 'impact', 'data'];

/** The full-page ledger: letters, impact, and your data. */
export function LedgerApp({ composerUrl, optionsUrl, openingPage }: LedgerAppProps) {
  const [route, go] = useRoute();
  // The rows read at start-up are for the first screen only: coming back to the list later
  // waits for a fresh read rather than showing them.
  const [opening, setOpening] = useState(openingPage);
  useEffect(() => {
    if (route.view !== 'letters') setOpening(undefined);
  }, [route.view]);
  // The letter list is what the ledger opens on; the other views load when first shown.
  const impact = useLazy(loadImpact, route.view === 'impact');
  const data = useLazy(loadData, route.view === 'data');
  const stored = useLazy(loadStored, route.view === 'stored');
  const loading = (
    <p class="tll-hint" aria-busy="true">
      {t('ledger_loading')}
    </p>
  );
  const body =
    route.view === 'letters' ? (
      <LettersView route={route} go={go} composerUrl={composerUrl} openingPage={opening} />
    ) : route.view === 'impact' ? (
      impact && <impact.ImpactView />
    ) : route.view === 'data' ? (
      data && <data.DataView onShowStored={() => go({ view: 'stored' })} />
    ) : (
      stored && <stored.StoredView />
    );
  return (
    <div class="tll-page">
      <header class="tll-header">
        <h1>
          <span class="tll-brand">{t('ledger_brand')}</span> {t('ledger_title')}
        </h1>
        <p class="tll-privacy">{t('ledger_privacy_line')}</p>
        <nav class="tll-nav" aria-label={t('ledger_nav')}>
          {VIEWS.map((v) => (
            <a
              key={v}
              href={v === 'letters' ? '#' : `#${v}`}
              aria-current={
                route.view === v || (v === 'data' && route.view === 'stored') ? 'page' : undefined
              }
              onClick={(e) => {
                e.preventDefault();
                go({ view: v });
              }}
            >
              {t(`ledger_nav_${v}`)}
            </a>
          ))}
          <a href={composerUrl}>{t('ledger_nav_write')}</a>
          <a href={optionsUrl}>{t('ledger_nav_settings')}</a>
        </nav>
      </header>
      <main class="tll-main">{body || loading}</main>
    </div>
  );
}
