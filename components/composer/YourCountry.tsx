import { useEffect, useRef, useState } from 'preact/hooks';
import { getLang, t } from '../../lib/i18n';
import type { ComposerModel } from './useComposer';
import { countryOptions, readerCountryName } from './WhoIAm';

/** Props of {@link YourCountry}. */
export interface YourCountryProps {
  model: ComposerModel;
  compact: boolean;
}

/**
 * The reader's country (issue 18 item 6). Until the reader has told us, the composer asks once,
 * with the browser locale's guess preselected: recipients and the ask depend on it, and a guess
 * is never stored as if it were their answer. Once answered, the popup shows
 * "Your country: X · Change" (the full composer has the country field just below).
 */
export function YourCountry({ model, compact }: YourCountryProps) {
  const { draft, countryConfirmed, confirmCountry } = model;
  const lang = getLang();
  const [editing, setEditing] = useState(false);
  const answered = useRef(false);
  const changeRef = useRef<HTMLButtonElement>(null);
  const pickRef = useRef<HTMLSelectElement>(null);
  const name = draft.country ? readerCountryName(draft.country, lang) : '';

  // The question goes away once answered: keep focus on the country, never on <body>.
  useEffect(() => {
    if (!countryConfirmed || !answered.current) return;
    answered.current = false;
    if (compact) changeRef.current?.focus();
    else document.querySelector<HTMLElement>('[data-testid="country"]')?.focus();
  }, [countryConfirmed, compact]);
  useEffect(() => {
    if (editing) pickRef.current?.focus();
  }, [editing]);

  const answer = (code: string) => {
    answered.current = true;
    setEditing(false);
    confirmCountry(code);
  };
  const picker = (props: { id: string; testid: string; labelledBy?: string }) => (
    <select
      id={props.id}
      ref={pickRef}
      value={draft.country}
      aria-labelledby={props.labelledBy}
      onChange={(e) => answer((e.currentTarget as HTMLSelectElement).value)}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && editing) {
          e.preventDefault();
          setEditing(false);
          changeRef.current?.focus();
        }
      }}
      data-testid={props.testid}
    >
      <option value="">{t('composer_country_choose')}</option>
      {countryOptions(lang).map((c) => (
        <option key={c.code} value={c.code}>
          {c.name}
        </option>
      ))}
    </select>
  );

  if (!countryConfirmed) {
    return (
      <section
        class="tlc-section tlc-country-ask"
        aria-labelledby="tlc-h-country"
        data-testid="country-question"
      >
        <h2 id="tlc-h-country" class="tlc-h2">
          {t('composer_country_ask_title')}
        </h2>
        <p class="tlc-hint">
          {draft.country
            ? t('composer_country_ask_guess', { country: name })
            : t('composer_country_ask_none')}
        </p>
        <div class="tlc-country-ask-row">
          {picker({ id: 'tlc-country-ask', testid: 'country-ask', labelledBy: 'tlc-h-country' })}
          <button
            type="button"
            class="tlc-btn tlc-btn--primary"
            aria-disabled={draft.country ? undefined : 'true'}
            onClick={() => draft.country && answer(draft.country)}
            data-testid="country-confirm"
          >
            {t('composer_country_confirm')}
          </button>
        </div>
      </section>
    );
  }
  if (!compact) return null;
  return (
    <div class="tlc-your-country" data-testid="your-country">
      <span>{t('composer_your_country', { country: name })}</span>
      {' · '}
      <button
        ref={changeRef}
        type="button"
        class="tlc-btn tlc-btn--small tlc-btn--link"
        aria-expanded={editing}
        aria-controls="tlc-country-change"
        onClick={() => setEditing(!editing)}
        data-testid="your-country-change"
      >
        {t('composer_country_change')}
      </button>
      {editing ? (
        <label class="tlc-field tlc-your-country-pick">
          <span class="tl-visually-hidden">{t('composer_country')}</span>
          {picker({ id: 'tlc-country-change', testid: 'your-country-pick' })}
        </label>
      ) : null}
    </div>
  );
}
