import { t } from '../../lib/i18n';
import { DataView } from './DataView';
import { ImpactView } from './ImpactView';
import { LettersView } from './LettersView';
import { useRoute, type LedgerView } from './route';
import { StoredView } from './StoredView';

/** Props of LedgerApp. */
export interface LedgerAppProps {
  composerUrl: string;
  optionsUrl: string;
}

const VIEWS: LedgerView[] = ['letters', 'impact', 'data'];

/** The full-page ledger: letters, impact, and your data. */
export function LedgerApp({ composerUrl, optionsUrl }: LedgerAppProps) {
  const [route, go] = useRoute();
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
      <main class="tll-main">
        {route.view === 'letters' ? (
          <LettersView route={route} go={go} composerUrl={composerUrl} />
        ) : null}
        {route.view === 'impact' ? <ImpactView /> : null}
        {route.view === 'data' ? <DataView onShowStored={() => go({ view: 'stored' })} /> : null}
        {route.view === 'stored' ? <StoredView /> : null}
      </main>
    </div>
  );
}
