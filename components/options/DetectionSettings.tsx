import { useState } from 'preact/hooks';
import type { Settings, SettingsPatch } from '../../lib/db';
import { formatDate, t } from '../../lib/i18n';
import { Section } from './Section';

/** Props of DetectionSettings. */
export interface DetectionSettingsProps {
  settings: Settings;
  save: (patch: SettingsPatch) => Promise<void>;
  now?: Date;
}

/** Normalise what the user typed ("https://www.Example.org/x") to a host name ("example.org"). */
export function hostOf(input: string): string | null {
  const s = input.trim().toLowerCase();
  if (!s) return null;
  try {
    const host = new URL(s.includes('://') ? s : `https://${s}`).hostname.replace(/^www\./, '');
    return /^[a-z0-9.-]+\.[a-z0-9-]+$/.test(host) || /^xn--/.test(host) ? host : null;
  } catch {
    return null;
  }
}

/** Automatic vs on-click detection, paused state, and sites switched off (with undo). */
export function DetectionSettings({ settings, save, now = new Date() }: DetectionSettingsProps) {
  const [site, setSite] = useState('');
  const [siteError, setSiteError] = useState(false);
  const [removed, setRemoved] = useState<string | null>(null);
  const paused = settings.pausedUntil && Date.parse(settings.pausedUntil) > now.getTime();
  const addSite = async (e: Event) => {
    e.preventDefault();
    const host = hostOf(site);
    if (!host) return setSiteError(true);
    setSiteError(false);
    setSite('');
    if (!settings.disabledSites.includes(host))
      await save({ disabledSites: [...settings.disabledSites, host].sort() });
  };
  const pauseFor = (hours: number) =>
    save({ pausedUntil: new Date(now.getTime() + hours * 3600_000).toISOString() });
  return (
    <Section
      id="tlo-detection"
      title={t('options_detection_heading')}
      intro={t('options_detection_intro')}
    >
      <fieldset class="tlo-fieldset">
        <legend>{t('options_mode_legend')}</legend>
        {(['auto', 'click', 'off'] as const).map((m) => (
          <label key={m} class="tlo-choice">
            <input
              type="radio"
              name="mode"
              checked={settings.mode === m}
              onChange={() => void save({ mode: m })}
            />
            <strong>{t(`options_mode_${m}`)}</strong>
            <span class="tlo-hint">{t(`options_mode_${m}_hint`)}</span>
          </label>
        ))}
      </fieldset>

      <h3>{t('options_pause_heading')}</h3>
      {paused ? (
        <p class="tlo-row">
          <span>
            {t('options_paused_until', {
              time: formatDate(settings.pausedUntil!, undefined, {
                dateStyle: 'medium',
                timeStyle: 'short',
              }),
            })}
          </span>
          <button
            type="button"
            class="tlo-btn tlo-btn--primary"
            onClick={() => void save({ pausedUntil: null })}
          >
            {t('options_resume')}
          </button>
        </p>
      ) : (
        <p class="tlo-row">
          <span>{t('options_not_paused')}</span>
          <button type="button" class="tlo-btn" onClick={() => void pauseFor(1)}>
            {t('options_pause_1h')}
          </button>
          <button type="button" class="tlo-btn" onClick={() => void pauseFor(24)}>
            {t('options_pause_24h')}
          </button>
        </p>
      )}

      <h3>{t('options_sites_heading')}</h3>
      {settings.disabledSites.length === 0 ? (
        <p class="tlo-hint">{t('options_sites_none')}</p>
      ) : null}
      <ul class="tlo-sites">
        {settings.disabledSites.map((h) => (
          <li key={h}>
            <span>{h}</span>
            <button
              type="button"
              class="tlo-btn tlo-btn--small"
              aria-label={t('options_site_remove_label', { site: h })}
              onClick={() => {
                setRemoved(h);
                void save({ disabledSites: settings.disabledSites.filter((x) => x !== h) });
              }}
            >
              {t('options_site_remove')}
            </button>
          </li>
        ))}
      </ul>
      {removed ? (
        <p class="tlo-row" role="status">
          <span>{t('options_site_removed', { site: removed })}</span>
          <button
            type="button"
            class="tlo-btn tlo-btn--small"
            onClick={() => {
              const h = removed;
              setRemoved(null);
              if (!settings.disabledSites.includes(h))
                void save({ disabledSites: [...settings.disabledSites, h].sort() });
            }}
          >
            {t('options_undo')}
          </button>
        </p>
      ) : null}
      <form class="tlo-row" onSubmit={(e) => void addSite(e)}>
        <label for="tlo-site">{t('options_site_add_label')}</label>
        <input
          id="tlo-site"
          value={site}
          placeholder="example.org"
          aria-invalid={siteError}
          aria-describedby={siteError ? 'tlo-site-err' : undefined}
          onInput={(e) => setSite((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit" class="tlo-btn">
          {t('options_site_add')}
        </button>
      </form>
      {siteError ? (
        <p id="tlo-site-err" class="tlo-error">
          {t('options_site_invalid')}
        </p>
      ) : null}
    </Section>
  );
}
