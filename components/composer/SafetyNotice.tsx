import { countryName } from '../../lib/campaign';
import { riskIndex, riskIndexLabel } from '../../lib/campaign/risk';
import { formatDate, getLang, t } from '../../lib/i18n';
import { templateFor } from '../../lib/letters';
import type { ComposerModel } from './useComposer';

/** The index's publication date in the UI language (a calendar date: no time zone shift). */
export function riskIndexDate(lang: string = getLang()): string {
  return formatDate(`${riskIndex.date}T12:00:00Z`, lang, { dateStyle: 'long', timeZone: 'UTC' });
}

/**
 * The safety notice (issue 13, item 11), shown before the send actions when the letter goes to
 * the government of a state the index rates Not Free. It names the index and its date and
 * offers: send without my name, continue with my name, don't send. Nothing can be sent before
 * the reader answers; the answer can be changed.
 */
export function SafetyNotice({ model }: { model: ComposerModel }) {
  const s = model.safety;
  if (!s.risky || !model.letters.length) return null;
  const lang = getLang();
  const country = countryName(model.draft.country, lang);
  const signature = templateFor(model.draft.lang || 'en', model.draft.country).anonymous_signature;
  const chosen = s.choice === 'anonymous' || s.choice === 'named';
  return (
    <section
      class="tlc-safety"
      aria-labelledby="tlc-h-safety"
      data-testid="safety-notice"
      data-choice={s.choice ?? ''}
    >
      <h3 id="tlc-h-safety" class="tlc-h3">
        {t('composer_safety_title')}
      </h3>
      <p>
        {t('composer_safety_text', {
          index: riskIndexLabel(),
          date: riskIndexDate(lang),
          country,
        })}{' '}
        <a href={riskIndex.url} target="_blank" rel="noopener" class="tlc-link">
          {t('composer_safety_source')}
        </a>
      </p>
      {chosen ? (
        <div class="tlc-row" role="status">
          <p data-testid="safety-chosen">
            {s.choice === 'anonymous'
              ? t('composer_safety_anonymous_on', { signature }) +
                (model.draft.sender.city.trim() ? ` ${t('composer_safety_town')}` : '')
              : t('composer_safety_named_on')}
          </p>
          <button
            type="button"
            class="tlc-btn tlc-btn--small tlc-btn--link"
            onClick={() => s.choose(null)}
            data-testid="safety-change"
          >
            {t('composer_safety_change')}
          </button>
        </div>
      ) : (
        <>
          {s.choice === 'declined' ? (
            <p role="status" data-testid="safety-declined">
              {t('composer_safety_declined')}
            </p>
          ) : null}
          <div class="tlc-send-buttons" role="group" aria-label={t('composer_safety_title')}>
            <button
              type="button"
              class="tlc-btn tlc-btn--primary"
              onClick={() => s.choose('anonymous')}
              data-testid="safety-anonymous"
            >
              {t('composer_safety_anonymous')}
            </button>
            <button
              type="button"
              class="tlc-btn"
              onClick={() => s.choose('named')}
              data-testid="safety-named"
            >
              {t('composer_safety_named')}
            </button>
            <button
              type="button"
              class="tlc-btn"
              aria-pressed={s.choice === 'declined'}
              onClick={() => s.choose('declined')}
              data-testid="safety-decline"
            >
              {t('composer_safety_decline')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
