import { formatList, t } from '../../lib/i18n';
import type { FactView } from '../../lib/panel/view';
import { SourceList } from './SourceList';

/** Props of {@link FactItem}. */
export interface FactItemProps {
  fact: FactView;
  /** Collapsible (concerns) or always open (about, supporters). */
  collapsible?: boolean;
}

function Body({ fact }: { fact: FactView }) {
  return (
    <>
      <p class="fact-text">{fact.text}</p>
      {fact.uncertain && <p class="note warn">{t('panel_unverified')}</p>}
      {fact.articles.length > 0 && (
        <p class="articles">
          {t(fact.articles.length === 1 ? 'panel_article' : 'panel_articles', {
            list: formatList(fact.articles),
          })}
        </p>
      )}
      {fact.raisedBy.length > 0 && (
        <p class="raised">{t('panel_raised_by', { list: formatList(fact.raisedBy) })}</p>
      )}
      <SourceList sources={fact.sources} checked={fact.lastChecked} />
    </>
  );
}

/** One sourced statement: title, plain-language paragraph, articles, sources and date. */
export function FactItem({ fact, collapsible = false }: FactItemProps) {
  if (!collapsible)
    return (
      <div class="fact">
        <Body fact={fact} />
      </div>
    );
  return (
    <details class="fact concern">
      <summary>
        <span class="summary-title">{fact.title}</span>
        {fact.articles.length > 0 && (
          <span class="chip">{t('panel_articles_short', { list: fact.articles.join(', ') })}</span>
        )}
      </summary>
      <div class="details-body">
        <Body fact={fact} />
      </div>
    </details>
  );
}
