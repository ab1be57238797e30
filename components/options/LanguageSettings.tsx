import { allCountries, countryName, guessCountry } from '../../lib/campaign';
import type { Settings, SettingsPatch } from '../../lib/db';
import { getLang, t, uiLanguages } from '../../lib/i18n';
import { Section } from './Section';

/** Props of LanguageSettings. */
export interface LanguageSettingsProps {
  settings: Settings;
  save: (patch: SettingsPatch) => Promise<void>;
  /** The browser's locale, the product's guess of the country until the reader chooses one. */
  browserLocale?: string;
}

function languageName(code: string, inLang: string): string {
  try {
    return (
      new Intl.DisplayNames([inLang.replace('_', '-')], { type: 'language' }).of(
        code.replace('_', '-'),
      ) ?? code
    );
  } catch {
    return code;
  }
}

/** Interface language and the country letters are written from. */
export function LanguageSettings({
  settings,
  save,
  browserLocale = navigator.language,
}: LanguageSettingsProps) {
  const lang = getLang();
  // Never "not chosen" while the composer and the panel use a guess (issue 18 item 6): say
  // what the guess is, and that choosing it confirms it.
  const guess = settings.country ? '' : guessCountry(browserLocale);
  const countries = allCountries()
    .map((c) => ({ code: c.code, name: countryName(c.code, lang) }))
    .sort((a, b) => a.name.localeCompare(b.name, lang.replace('_', '-')));
  return (
    <Section id="tlo-language" title={t('options_language_heading')}>
      <div class="tlo-row">
        <label for="tlo-ui-lang">{t('options_ui_lang')}</label>
        <select
          id="tlo-ui-lang"
          value={settings.uiLang}
          onChange={(e) => void save({ uiLang: (e.currentTarget as HTMLSelectElement).value })}
        >
          <option value="">{t('options_ui_lang_browser')}</option>
          {uiLanguages.map((l) => (
            <option key={l} value={l} lang={l.replace('_', '-')}>
              {languageName(l, l)}
            </option>
          ))}
        </select>
      </div>
      <div class="tlo-row">
        <label for="tlo-country">{t('options_country')}</label>
        <select
          id="tlo-country"
          value={settings.country}
          onChange={(e) =>
            void save({ country: (e.currentTarget as HTMLSelectElement).value, region: '' })
          }
        >
          <option value="" data-testid="country-guess">
            {guess
              ? t('options_country_guessed', { country: countryName(guess, lang) })
              : t('options_country_none')}
          </option>
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <p class="tlo-hint">{t('options_country_hint')}</p>
    </Section>
  );
}
