import { useMemo, useState } from 'preact/hooks';
import { allCountries, countryName } from '../../lib/campaign';
import { bcp47, getLang, t } from '../../lib/i18n';
import { ROLES, withPostcode } from '../../lib/letters';
import { FieldError } from './FieldError';
import { RegionPicker } from './RegionPicker';
import type { ComposerModel } from './useComposer';

/** Props of the "Who I am" section. */
export interface WhoIAmProps {
  model: ComposerModel;
  compact: boolean;
}

const OTHER = '__other';

/** Every country the campaign knows, named and sorted in the reader's language. */
export function countryOptions(lang: string): { code: string; name: string }[] {
  return allCountries()
    .map((c) => ({ code: c.code, name: readerCountryName(c.code, lang) }))
    .sort((a, b) => a.name.localeCompare(b.name, bcp47(lang)));
}

/** A country's name for the reader ('EU' is the European Union as the composer names it). */
export function readerCountryName(code: string, lang: string): string {
  return code === 'EU' ? t('composer_country_eu') : countryName(code, lang);
}

/** Country, region, name, city and role of the sender; remembered locally. */
export function WhoIAm({ model, compact }: WhoIAmProps) {
  const { draft, update, setCountry } = model;
  const lang = getLang();
  const countries = useMemo(() => countryOptions(lang), [lang]);
  const nameIssue = model.attempted
    ? model.issues.find((i) => i.code === 'missing_name')
    : undefined;
  const roleIsPreset =
    !draft.sender.role || (ROLES as readonly string[]).includes(draft.sender.role);
  const setSender = (patch: Partial<typeof draft.sender>) =>
    update({ sender: { ...draft.sender, ...patch } });
  const complete = !!draft.sender.name.trim() && !!draft.country;
  // Where members answer only their constituents (Congress, the Commons), say a ZIP code or
  // postcode may follow the town.
  const constituents = draft.country === 'US' || draft.country === 'GB';
  // Whether the section is folded is decided once, when the popup opens with a complete
  // sender, and never while the reader is in it: folding it under the first typed letter
  // (issue 18) moved the field out of the page and dropped focus to <body>. The same element
  // stays mounted for the whole visit, so typing never loses the field.
  const [collapsible] = useState(() => compact && complete && !nameIssue && model.countryConfirmed);
  const [open, setOpen] = useState(false);

  const fields = (
    <div class="tlc-fields">
      <label class="tlc-field">
        <span class="tlc-label">{t('composer_country')}</span>
        <select
          value={draft.country}
          // Choosing a country is the reader's answer to "which country?" (issue 18 item 6).
          onChange={(e) => model.confirmCountry((e.currentTarget as HTMLSelectElement).value)}
          data-testid="country"
        >
          <option value="">{t('composer_country_choose')}</option>
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      </label>
      <RegionPicker
        country={draft.country}
        region={draft.region}
        onChange={(r) => setCountry(draft.country, r)}
        town={draft.sender.city}
        onSignZip={(zip) => setSender({ city: withPostcode(draft.sender.city, zip) })}
      />
      <label class="tlc-field">
        <span class="tlc-label">{t('composer_name')}</span>
        <input
          type="text"
          autoComplete="name"
          value={draft.sender.name}
          maxLength={200}
          aria-invalid={nameIssue ? 'true' : undefined}
          aria-describedby={nameIssue ? 'tlc-err-name' : undefined}
          onInput={(e) => setSender({ name: (e.currentTarget as HTMLInputElement).value })}
          data-testid="sender-name"
        />
        <FieldError id="tlc-err-name" issue={nameIssue} />
      </label>
      <label class="tlc-field">
        <span class="tlc-label">
          {t('composer_city')} <span class="tlc-optional">{t('composer_optional')}</span>
        </span>
        <input
          type="text"
          autoComplete="address-level2"
          value={draft.sender.city}
          maxLength={200}
          aria-describedby={constituents ? 'tlc-city-hint' : undefined}
          onInput={(e) => setSender({ city: (e.currentTarget as HTMLInputElement).value })}
          data-testid="sender-city"
        />
        {constituents ? (
          <span id="tlc-city-hint" class="tlc-hint">
            {t('composer_city_hint')}
          </span>
        ) : null}
      </label>
      <label class="tlc-field">
        <span class="tlc-label">
          {t('composer_role')} <span class="tlc-optional">{t('composer_optional')}</span>
        </span>
        <select
          value={roleIsPreset ? draft.sender.role : OTHER}
          onChange={(e) => {
            const v = (e.currentTarget as HTMLSelectElement).value;
            setSender({ role: v === OTHER ? ' ' : v });
          }}
        >
          <option value="">{t('composer_role_none')}</option>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`composer_role_${r}`)}
            </option>
          ))}
          <option value={OTHER}>{t('composer_role_other')}</option>
        </select>
      </label>
      {!roleIsPreset ? (
        <label class="tlc-field">
          <span class="tlc-label">{t('composer_role_other_label')}</span>
          <input
            type="text"
            value={draft.sender.role.trimStart()}
            maxLength={200}
            onInput={(e) => setSender({ role: (e.currentTarget as HTMLInputElement).value || ' ' })}
          />
        </label>
      ) : null}
      <p class="tlc-hint">{t('composer_stored_locally')}</p>
    </div>
  );

  return (
    <section class="tlc-section" aria-labelledby="tlc-h-who">
      {collapsible ? (
        <details
          class="tlc-collapse"
          open={open || !!nameIssue}
          onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
        >
          <summary>
            <h2 id="tlc-h-who" class="tlc-h2 tlc-inline">
              {t('composer_who')}
            </h2>{' '}
            {complete ? (
              <span class="tlc-muted">
                {t('composer_who_summary', {
                  name: draft.sender.name,
                  country: readerCountryName(draft.country, lang),
                })}
              </span>
            ) : null}
          </summary>
          {fields}
        </details>
      ) : (
        <>
          <h2 id="tlc-h-who" class="tlc-h2">
            {t('composer_who')}
          </h2>
          {fields}
        </>
      )}
    </section>
  );
}
