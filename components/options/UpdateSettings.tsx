import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import {
  DEFAULT_UPDATE_URL,
  validUpdateUrl,
  type Settings,
  type SettingsPatch,
} from '../../lib/db';
import { countryName, freshness } from '../../lib/campaign';
import { riskIndexLabel } from '../../lib/campaign/risk';
import {
  chooseUpdates,
  updatesChosen,
  updatesOffByDefault,
} from '../../lib/campaign/update-policy';
import { countryFromLocale } from '../../lib/panel/view';
import { send } from '../../lib/messaging';
import { formatDate, getLang, t } from '../../lib/i18n';
import { Section } from './Section';

/** Where the background records the last update check (see lib/background/update.ts). */
const UPDATE_STATE_KEY = 'campaignUpdateState';

interface LastCheck {
  checkedAt: string;
  outcome: string;
  version?: string;
}

/** Props of UpdateSettings. */
export interface UpdateSettingsProps {
  settings: Settings;
  save: (patch: SettingsPatch) => Promise<void>;
  now?: Date;
}

const day = (d: string) =>
  formatDate(`${d}T12:00:00Z`, undefined, { dateStyle: 'medium', timeZone: 'UTC' });

/** The updater's own rule (lib/db), re-exported for the options page's tests. */
export { validUpdateUrl };

/** The campaign-data update address: see it, change it, switch it off; and the last check. */
export function UpdateSettings({
  settings,
  save: saveSetting,
  now = new Date(),
}: UpdateSettingsProps) {
  const [editing, setEditing] = useState(false);
  // Where the reader's country is rated Not Free, updates stay off until the reader turns them
  // on here (lib/campaign/update-policy.ts). Every choice made here counts as the reader's.
  const [chosen, setChosen] = useState<boolean | null>(null);
  useEffect(() => {
    void updatesChosen().then(setChosen);
  }, []);
  const country = settings.country || countryFromLocale(navigator.language);
  const riskyDefault = chosen === false && updatesOffByDefault(country);
  const save = async (patch: SettingsPatch) => {
    await chooseUpdates();
    setChosen(true);
    await saveSetting(patch);
  };
  const [draft, setDraft] = useState(settings.updateUrl ?? DEFAULT_UPDATE_URL);
  const [invalid, setInvalid] = useState(false);
  const [last, setLast] = useState<LastCheck | null>(null);
  const [checking, setChecking] = useState(false);
  // Re-read after every check: an accepted update changes the data's date.
  const fresh = useMemo(() => freshness(now), [last, now]);
  useEffect(() => {
    const read = () =>
      browser.storage.local
        .get(UPDATE_STATE_KEY)
        .then((r) => setLast((r[UPDATE_STATE_KEY] as LastCheck | undefined) ?? null))
        .catch(() => setLast(null));
    void read();
    const on = (changes: Record<string, unknown>) => {
      if (UPDATE_STATE_KEY in changes) void read();
    };
    browser.storage.local.onChanged?.addListener(on);
    return () => browser.storage.local.onChanged?.removeListener(on);
  }, []);
  const submit = async (e: Event) => {
    e.preventDefault();
    if (!validUpdateUrl(draft)) return setInvalid(true);
    setInvalid(false);
    await save({ updateUrl: draft.trim() });
    setEditing(false);
  };
  return (
    <Section id="tlo-updates" title={t('options_update_heading')} intro={t('options_update_intro')}>
      {riskyDefault && settings.updateUrl !== null ? (
        <p class="tlo-row" data-testid="updates-risky">
          <span>
            {t('options_update_risky', {
              country: countryName(country, getLang()),
              index: riskIndexLabel(),
            })}
          </span>
          <button
            type="button"
            class="tlo-btn"
            onClick={() => void save({ updateUrl: settings.updateUrl })}
          >
            {t('options_update_turn_on_anyway')}
          </button>
        </p>
      ) : settings.updateUrl === null ? (
        <p class="tlo-row">
          <span>{t('options_update_off')}</span>
          <button
            type="button"
            class="tlo-btn tlo-btn--primary"
            onClick={() => void save({ updateUrl: DEFAULT_UPDATE_URL })}
          >
            {t('options_update_turn_on')}
          </button>
        </p>
      ) : editing ? (
        <form onSubmit={(e) => void submit(e)}>
          <div class="tlo-field">
            <label for="tlo-update-url">{t('options_update_url_label')}</label>
            <input
              id="tlo-update-url"
              type="url"
              value={draft}
              aria-invalid={invalid}
              aria-describedby={invalid ? 'tlo-update-err' : undefined}
              onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)}
            />
          </div>
          {invalid ? (
            <p id="tlo-update-err" class="tlo-error">
              {t('options_update_invalid')}
            </p>
          ) : null}
          <p class="tlo-row">
            <button type="submit" class="tlo-btn tlo-btn--primary">
              {t('options_save')}
            </button>
            <button type="button" class="tlo-btn" onClick={() => setDraft(DEFAULT_UPDATE_URL)}>
              {t('options_update_default')}
            </button>
            <button type="button" class="tlo-btn" onClick={() => setEditing(false)}>
              {t('options_cancel')}
            </button>
          </p>
        </form>
      ) : (
        <>
          <p>
            <span class="tlo-label">{t('options_update_url_label')}</span>
            <br />
            <code class="tlo-url">{settings.updateUrl}</code>
          </p>
          <p class="tlo-row">
            <button
              type="button"
              class="tlo-btn"
              onClick={() => {
                setDraft(settings.updateUrl ?? DEFAULT_UPDATE_URL);
                setEditing(true);
              }}
            >
              {t('options_update_change')}
            </button>
            <button type="button" class="tlo-btn" onClick={() => void save({ updateUrl: null })}>
              {t('options_update_turn_off')}
            </button>
            <button
              type="button"
              class="tlo-btn"
              disabled={checking}
              onClick={() => {
                setChecking(true);
                void send('page:checkUpdate', {}).finally(() => setChecking(false));
              }}
            >
              {t('options_update_check_now')}
            </button>
          </p>
        </>
      )}
      <p
        class={fresh.stale ? 'tlo-error' : 'tlo-hint'}
        data-testid="data-from"
        data-stale={fresh.stale ? 'true' : 'false'}
      >
        {t('options_data_from', { date: day(fresh.issued) })}
        {fresh.stale && ` ${t('options_data_stale', { date: day(fresh.expires) })}`}
      </p>
      <p class="tlo-hint" role="status">
        {last
          ? t('options_update_last', {
              time: formatDate(last.checkedAt, undefined, {
                dateStyle: 'medium',
                timeStyle: 'short',
              }),
              result: t(`options_update_outcome_${last.outcome}`),
            })
          : t('options_update_never')}
      </p>
    </Section>
  );
}
