import { alsoAskEuropeanParliament, getCountry, TREATY_DATE_FORMAT } from '../../lib/campaign';
import { formatDate, t } from '../../lib/i18n';
import { CONCERN_IDS } from '../../lib/letters';
import { citeHost } from '../../lib/text/citation';
import { ConcernDetails } from './ConcernDetails';
import { PromptField } from './PromptField';
import type { ComposerModel } from './useComposer';

/** Props of the "What" section. */
export interface WhatToSayProps {
  model: ComposerModel;
  compact: boolean;
}

/** The ask (explained), concerns, the reader's own words and the article. */
export function WhatToSay({ model, compact }: WhatToSayProps) {
  const { draft, update, ask } = model;
  const setPersonal = (patch: Partial<typeof draft.personal>) =>
    update({ personal: { ...draft.personal, ...patch } });
  const toggleConcern = (id: string, on: boolean) =>
    update({
      concerns: on
        ? [...draft.concerns.filter((c) => c !== id), id]
        : draft.concerns.filter((c) => c !== id),
    });
  const a = draft.article;
  const options = (
    <>
      <fieldset class="tlc-fieldset">
        <legend class="tlc-label">{t('composer_concerns')}</legend>
        <p class="tlc-hint">{t('composer_concerns_hint')}</p>
        <ul class="tlc-concerns">
          {CONCERN_IDS.map((c) => (
            <li key={c}>
              <label class="tlc-check">
                <input
                  type="checkbox"
                  checked={draft.concerns.includes(c)}
                  onChange={(e) => toggleConcern(c, (e.currentTarget as HTMLInputElement).checked)}
                  data-testid={`concern-${c}`}
                />
                <span>{t(`composer_concern_${c.replace(/-/g, '_')}`)}</span>
              </label>
              {!compact ? <ConcernDetails id={c} /> : null}
            </li>
          ))}
        </ul>
      </fieldset>
    </>
  );

  return (
    <section class="tlc-section" aria-labelledby="tlc-h-what">
      <h2 id="tlc-h-what" class="tlc-h2">
        {t('composer_what')}
      </h2>
      {draft.country ? (
        <div class="tlc-ask" data-testid="ask">
          <p class="tlc-ask-title">
            <span class="tlc-badge tlc-badge--ask">{t('composer_ask_label')}</span>{' '}
            {t(`composer_ask_${ask}`)}
          </p>
          {!compact ? <p class="tlc-small">{t(`composer_ask_${ask}_why`)}</p> : null}
          {alsoAskEuropeanParliament(draft.country) ? (
            <p class="tlc-small">{t('composer_ask_eu_note')}</p>
          ) : null}
          <StatusNotice code={draft.country} />
        </div>
      ) : null}
      {compact ? (
        <details class="tlc-collapse tlc-options">
          <summary>{t('composer_options', { count: draft.concerns.length })}</summary>
          {options}
        </details>
      ) : (
        options
      )}
      <PromptField
        name="why"
        rows={compact ? 3 : 4}
        value={draft.personal.why}
        onChange={(why) => setPersonal({ why })}
      />
      {!compact ? (
        <>
          <PromptField
            name="what_i_do"
            rows={3}
            value={draft.personal.whatIDo}
            onChange={(whatIDo) => setPersonal({ whatIDo })}
          />
          <PromptField
            name="local"
            rows={3}
            value={draft.personal.local}
            onChange={(local) => setPersonal({ local })}
          />
        </>
      ) : null}
      {a?.url ? (
        <div class="tlc-cite">
          <label class="tlc-check tlc-article">
            <input
              type="checkbox"
              checked={a.include}
              onChange={(e) =>
                update({
                  article: { ...a, include: (e.currentTarget as HTMLInputElement).checked },
                })
              }
              data-testid="cite-article"
            />
            <span>
              {t('composer_cite_article')} <cite dir="auto">{a.title}</cite>
              <span class="tlc-muted">
                {' · '}
                <bdi>{citeHost(a.url)}</bdi>
              </span>
            </span>
          </label>
          {a.passage ? (
            <label class="tlc-check tlc-quote">
              <input
                type="checkbox"
                checked={a.include && a.quote !== false}
                disabled={!a.include}
                onChange={(e) =>
                  update({
                    article: { ...a, quote: (e.currentTarget as HTMLInputElement).checked },
                  })
                }
                data-testid="cite-quote"
              />
              <span>
                {t('composer_cite_quote')}
                <q class="tlc-quote-text" dir="auto" data-testid="cite-quote-text">
                  {a.passage}
                </q>
              </span>
            </label>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

/**
 * Why the letter does not state the country's status, by confidence (lib/campaign): reported
 * (by whom), not in the depositary's list as of a date, or unknown. Nothing for a confirmed one.
 */
function StatusNotice({ code }: { code: string }) {
  const c = getCountry(code);
  if (!c || c.confidence === 'confirmed') return null;
  const text =
    c.confidence === 'reported'
      ? t('composer_status_reported', { reporter: c.source.publisher })
      : c.confidence === 'not_listed'
        ? t('composer_status_not_listed', {
            date: formatDate(`${c.asOf}T12:00:00Z`, undefined, TREATY_DATE_FORMAT),
          })
        : t('composer_status_unknown');
  return (
    <p class="tlc-small tlc-warn" data-testid="status-notice" data-confidence={c.confidence}>
      {text}
    </p>
  );
}
