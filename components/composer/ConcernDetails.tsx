import { concerns, localize } from '../../lib/campaign';
import { formatDate, getLang, t } from '../../lib/i18n';

/** Props of a concern's "why this is a concern" disclosure. */
export interface ConcernDetailsProps {
  id: string;
}

/** The campaign's sourced account of a concern (text, who raised it, sources, last checked). */
export function ConcernDetails({ id }: ConcernDetailsProps) {
  const fact = concerns().find((f) => f.id === id);
  if (!fact) return null;
  const lang = getLang();
  const text = localize(fact.text, lang);
  return (
    <details class="tlc-concern-details">
      <summary class="tlc-small">{t('composer_concern_more')}</summary>
      <p class="tlc-small" lang={text.lang} dir="auto">
        {text.text}
      </p>
      {fact.raisedBy?.length ? (
        <p class="tlc-small tlc-muted">
          {t('composer_concern_raised_by', { names: fact.raisedBy.join(', ') })}
        </p>
      ) : null}
      <ul class="tlc-sources tlc-small">
        {fact.sources.map((s) => (
          <li key={`${s.publisher}-${s.title}`}>
            {s.url ? (
              <a href={s.url} target="_blank" rel="noopener noreferrer">
                {s.publisher}: {s.title}
              </a>
            ) : (
              <span>
                {s.publisher}: {s.title}
              </span>
            )}{' '}
            <span class="tlc-muted">({s.date})</span>
          </li>
        ))}
      </ul>
      <p class="tlc-small tlc-muted">
        {t('composer_concern_checked', { date: formatDate(fact.lastChecked) })}
      </p>
    </details>
  );
}
