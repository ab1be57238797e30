import { t } from '../../lib/i18n';
import { sourceDate } from '../../lib/panel/format';
import type { CountryView } from '../../lib/panel/view';
import { SourceList } from './SourceList';

/** Props of {@link CountrySection}. */
export interface CountrySectionProps {
  country: CountryView | null;
}

/** The reader's country: status with its date, note, source and as-of date. */
export function CountrySection({ country: c }: CountrySectionProps) {
  return (
    <section aria-labelledby="tl-h-country">
      <h3 id="tl-h-country">{t('panel_country')}</h3>
      {!c ? (
        <p class="muted">{t('panel_country_none')}</p>
      ) : (
        <div class="country">
          <p class="country-line">
            <strong class="country-name">{c.name}</strong>
            <span class={`status status-${c.status}`}>{t(`panel_status_${c.status}`)}</span>
          </p>
          {c.ratified && (
            <p class="small">{t('panel_status_ratified_on', { date: sourceDate(c.ratified) })}</p>
          )}
          {!c.ratified && c.signed && (
            <p class="small">{t('panel_status_signed_on', { date: sourceDate(c.signed) })}</p>
          )}
          {!c.certain && <p class="note warn">{t('panel_status_uncertain')}</p>}
          {c.note && <p class="note">{c.note}</p>}
          <p class="asof">{t('panel_as_of', { date: sourceDate(c.asOf) })}</p>
          <SourceList sources={[c.source]} />
        </div>
      )}
    </section>
  );
}
