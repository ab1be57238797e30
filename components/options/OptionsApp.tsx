import { useState } from 'preact/hooks';
import { getSettings, updateSettings, type SettingsPatch } from '../../lib/db';
import { useLiveQuery } from '../../lib/db/hooks';
import { t } from '../../lib/i18n';
import { ErrorNotice } from '../ledger/ErrorNotice';
import { DetectionSettings } from './DetectionSettings';
import { FollowUpSettings } from './FollowUpSettings';
import { LanguageSettings } from './LanguageSettings';
import { OwnRecipients } from './OwnRecipients';
import { UpdateSettings } from './UpdateSettings';

/** Props of OptionsApp. */
export interface OptionsAppProps {
  ledgerUrl: string;
  /** Called after the UI language changed, so the page can re-render in it. */
  onLanguage?: (lang: string) => void;
}

/** The settings page: every change is saved at once and confirmed. */
export function OptionsApp({ ledgerUrl, onLanguage }: OptionsAppProps) {
  const live = useLiveQuery(() => getSettings(), []);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(0);
  const save = async (patch: SettingsPatch) => {
    try {
      setError(null);
      await updateSettings(patch);
      setSaved((n) => n + 1);
      if (patch.uiLang !== undefined) onLanguage?.(patch.uiLang);
    } catch (e) {
      setError(e);
    }
  };
  const s = live.value;
  return (
    <div class="tlo-page">
      <header class="tlo-header">
        <h1>{t('options_title')}</h1>
        <p class="tlo-hint">{t('options_intro')}</p>
        <p class="tlo-saved" role="status" aria-live="polite">
          {saved ? t('options_saved') : ''}
        </p>
      </header>
      <ErrorNotice error={error ?? live.error} onDismiss={() => setError(null)} />
      {s ? (
        <main>
          <DetectionSettings settings={s} save={save} />
          <FollowUpSettings settings={s} save={save} />
          <LanguageSettings settings={s} save={save} />
          <OwnRecipients country={s.country} />
          <UpdateSettings settings={s} save={save} />
          <section class="tlo-section">
            <h2>{t('options_data_heading')}</h2>
            <p>
              {t('options_data_text')} <a href={`${ledgerUrl}#data`}>{t('options_data_link')}</a>
            </p>
          </section>
        </main>
      ) : null}
    </div>
  );
}
