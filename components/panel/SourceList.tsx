import { t } from '../../lib/i18n';
import { sourceDate } from '../../lib/panel/format';
import type { SourceView } from '../../lib/panel/view';

/** Props of {@link SourceList}. */
export interface SourceListProps {
  sources: SourceView[];
  /** YYYY-MM-DD the statement was last checked, shown after the sources. */
  checked?: string;
}

/** The sources of one statement: publisher, title (linked when it has a URL) and date. */
export function SourceList({ sources, checked }: SourceListProps) {
  if (!sources.length && !checked) return null;
  return (
    <div class="sources">
      {sources.length > 0 && (
        <ul aria-label={t('panel_sources')}>
          {sources.map((s) => (
            <li key={`${s.publisher}|${s.title}`}>
              <span class="src-pub">{s.publisher}</span>
              {', '}
              {s.url ? (
                <a href={s.url} target="_blank" rel="noopener noreferrer">
                  {s.title}
                </a>
              ) : (
                <span>{s.title}</span>
              )}
              {', '}
              <span class="src-date">
                {s.accessed
                  ? t('panel_source_accessed', { date: sourceDate(s.date) })
                  : sourceDate(s.date)}
              </span>
            </li>
          ))}
        </ul>
      )}
      {checked && <p class="checked">{t('panel_checked', { date: sourceDate(checked) })}</p>}
    </div>
  );
}
