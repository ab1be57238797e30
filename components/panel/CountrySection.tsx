import { decidesFor, decidesLines } from '../../lib/campaign/decides';
import { t } from '../../lib/i18n';
import { sourceDate } from '../../lib/panel/format';
import type { CountryView } from '../../lib/panel/view';
import { SourceList } from './SourceList';

/** Props of {@link CountrySection}. */
export interface CountrySectionProps {
  country: CountryView | null;
  /** Not yet rendered (the reader has not acted on the panel): a button reveals it. */
  hidden?: boolean;
  onReveal?: (e: Event) => void;
  /** "Change" after "Your country: X": the settings, where the reader chooses their country. */
  onChange?: (e: Event) => void;
}

/**
 * The reader's country: status with its date and confidence, note, source and as-of date.
 * A `not_listed` state is "not in the depositary's list as of DATE" (never "has not signed");
 * a `reported` status names its reporter and says the depositary has not confirmed it.
 */
export function CountrySection({ country: c, hidden, onReveal, onChange }: CountrySectionProps) {
  return (
    <section aria-labelledby="tl-h-country">
      <h3 id="tl-h-country">{t('panel_country')}</h3>
      {c && hidden ? (
        <button type="button" class="link-btn country-show" onClick={onReveal}>
          {t('panel_country_show')}
        </button>
      ) : !c ? (
        <p class="muted">{t('panel_country_none')}</p>
      ) : (
        <div class="country">
          <p class="your-country">
            <span>
              {t(c.guessed ? 'panel_your_country_guessed' : 'panel_your_country', {
                country: c.name,
              })}
            </span>
            {onChange && (
              <>
                {' · '}
                <button type="button" class="link-btn country-change" onClick={onChange}>
                  {t('panel_country_change')}
                </button>
              </>
            )}
          </p>
          <p class="country-line">
            <strong class="country-name">{c.name}</strong>
            <span class={`status status-${c.status} status-${c.confidence}`}>
              {c.confidence === 'not_listed'
                ? t('panel_status_not_listed', { date: sourceDate(c.asOf) })
                : t(`panel_status_${c.status}`)}
            </span>
          </p>
          {c.ratified && (
            <p class="small">{t('panel_status_ratified_on', { date: sourceDate(c.ratified) })}</p>
          )}
          {!c.ratified && c.signed && (
            <p class="small">{t('panel_status_signed_on', { date: sourceDate(c.signed) })}</p>
          )}
          {c.confidence === 'reported' && (
            <p class="note warn">{t('panel_status_reported', { reporter: c.source.publisher })}</p>
          )}
          {c.reported?.status === 'ratified' && (
            <p class="note warn">
              {t('panel_status_ratification_reported', {
                reporter: c.reported.by,
                date: sourceDate(c.reported.asOf),
              })}
            </p>
          )}
          {c.note && <p class="note">{c.note}</p>}
          <p class="asof">{t('panel_as_of', { date: sourceDate(c.asOf) })}</p>
          <SourceList sources={[c.source]} />
          <HowDecides code={c.code} name={c.name} ask={c.ask} />
        </div>
      )}
    </section>
  );
}

/** "How <country> decides", under the status: signature, ratification, submissions, what now. */
function HowDecides({ code, name, ask }: { code: string; name: string; ask: CountryView['ask'] }) {
  const d = decidesFor(code);
  return (
    <div class="decides" data-testid="how-decides">
      <h4>{t('decides_title', { country: name })}</h4>
      <ul class="small">
        {decidesLines(d, ask).map((key) => (
          <li key={key}>{t(key, { country: name })}</li>
        ))}
      </ul>
      {d.source ? (
        <p class="small muted">
          {t(d.official ? 'decides_source' : 'decides_source_unofficial')}:{' '}
          <a href={d.source} target="_blank" rel="noopener noreferrer">
            {new URL(d.source).hostname.replace(/^www\./, '')}
          </a>
        </p>
      ) : null}
    </div>
  );
}
