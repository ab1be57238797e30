import type { Settings, SettingsPatch } from '../../lib/db';
import { t } from '../../lib/i18n';
import { Section } from './Section';

/** Props of FollowUpSettings. */
export interface FollowUpSettingsProps {
  settings: Settings;
  save: (patch: SettingsPatch) => Promise<void>;
}

const DAYS = [7, 10, 14, 21, 30, 60];

/** When to ask "did they reply?", and whether notifications may be shown. */
export function FollowUpSettings({ settings, save }: FollowUpSettingsProps) {
  const value = settings.followUpDays === null ? 'off' : String(settings.followUpDays);
  const days = DAYS.includes(settings.followUpDays ?? 14)
    ? DAYS
    : [...DAYS, settings.followUpDays!].sort((a, b) => a - b);
  return (
    <Section
      id="tlo-followups"
      title={t('options_followup_heading')}
      intro={t('options_followup_intro')}
    >
      <div class="tlo-row">
        <label for="tlo-followup-days">{t('options_followup_days_label')}</label>
        <select
          id="tlo-followup-days"
          value={value}
          onChange={(e) => {
            const v = (e.currentTarget as HTMLSelectElement).value;
            void save({ followUpDays: v === 'off' ? null : Number(v) });
          }}
        >
          {days.map((d) => (
            <option key={d} value={String(d)}>
              {t('options_followup_after_days', { days: d })}
            </option>
          ))}
          <option value="off">{t('options_followup_off')}</option>
        </select>
      </div>
      <label class="tlo-choice">
        <input
          type="checkbox"
          checked={settings.notifications}
          onChange={(e) =>
            void save({ notifications: (e.currentTarget as HTMLInputElement).checked })
          }
        />
        <strong>{t('options_notifications')}</strong>
        <span class="tlo-hint">{t('options_notifications_hint')}</span>
      </label>
    </Section>
  );
}
