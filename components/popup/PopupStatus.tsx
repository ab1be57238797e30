/**
 * The popup's top line (issue 18, items 10 and 11): letters due for a "did they reply?" check
 * (the toolbar badge's number, which opens this popup, explained, with a link to them), the
 * "Off" mode with a way to turn Treaty Lens back on, and the route to the options page.
 *
 * It also undoes the panel's choices that reach beyond the page they were made on (issue 15): a
 * pause (every site, 24 hours) and "open on arrival" (saved for every site by opening the panel
 * from its tab). Each is named with a button that takes it back.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { countryName } from '../../lib/campaign/names';
import { updatesOffByDefault } from '../../lib/campaign/risk';
import type { DetectionMode, SettingsPatch } from '../../lib/db';
import { loadDb } from '../../lib/db/lazy';
import { formatDate, getLang, t, tn } from '../../lib/i18n';

/** Props of {@link PopupStatus}. */
export interface PopupStatusProps {
  mode: DetectionMode;
  /** When a pause ends (ISO time), if one was set. */
  pausedUntil?: string | null;
  /** The panel opens by itself on matching pages (saved for every site). */
  panelOpen?: boolean;
  /** The clock (injectable for tests). */
  now?: Date;
  /** The campaign-update address (null: off). */
  updateUrl?: string | null;
  /** The reader's country (settings, else the browser's region; '' when unknown). */
  country?: string;
  /** Whether the reader decided about updates (injectable for tests). */
  readChosen?: () => Promise<boolean>;
  ledgerUrl: string;
  optionsUrl: string;
  /** Due follow-ups now (injectable for tests). */
  countDue?: () => Promise<number>;
  /**
   * The "Check this page" row, given the Settings link to end it with: one row for both, not
   * two thin bars (issue 18). Not shown while Treaty Lens is off.
   */
  pageCheck?: (settingsLink: ComponentChildren) => ComponentChildren;
}

// The update choice is kept with the extension API (the polyfill): loaded after the first frame.
const policy = () => import('../../lib/campaign/update-policy');
const updatesChosen = async () => (await policy()).updatesChosen();
const chooseUpdates = async () => (await policy()).chooseUpdates();
// An index count (schema v4): no letter is read, however many are due.
const countDueNow = async () => (await loadDb()).countDueFollowUps();
// lib/db (Dexie) loads after the first frame (issue 17): the count above, then these writes.
const updateSettings = async (patch: SettingsPatch) => (await loadDb()).updateSettings(patch);

export function PopupStatus({
  mode,
  pausedUntil = null,
  panelOpen = false,
  now = new Date(),
  updateUrl = null,
  country = '',
  readChosen = updatesChosen,
  ledgerUrl,
  optionsUrl,
  countDue = countDueNow,
  pageCheck,
}: PopupStatusProps) {
  const [due, setDue] = useState(0);
  const [current, setCurrent] = useState(mode);
  const [paused, setPaused] = useState(
    pausedUntil && Date.parse(pausedUntil) > now.getTime() ? pausedUntil : null,
  );
  const [openOnArrival, setOpenOnArrival] = useState(panelOpen);
  // First run (issue 15): until the reader decides, say what the daily update fetches and from
  // where, with a way to turn it off; where the country is risky it is off, and this says why.
  const [chosen, setChosen] = useState(true);
  const [url, setUrl] = useState(updateUrl);
  useEffect(() => {
    void readChosen()
      .then(setChosen)
      .catch(() => setChosen(true));
  }, []);
  const decide = (patch: { updateUrl?: null }) => {
    setChosen(true);
    if ('updateUrl' in patch) setUrl(null);
    void chooseUpdates().then(() => ('updateUrl' in patch ? updateSettings(patch) : undefined));
  };
  const feedHost = (() => {
    try {
      return url ? new URL(url).host : '';
    } catch {
      return '';
    }
  })();
  useEffect(() => {
    void countDue()
      .then(setDue)
      .catch(() => setDue(0));
  }, []);
  const settingsLink = (
    <a
      class="tlc-link tlc-settings-link"
      href={optionsUrl}
      target="_blank"
      rel="noopener"
      data-testid="popup-options"
    >
      {t('popup_settings')}
    </a>
  );
  return (
    <div class="tlc-status" data-testid="popup-status">
      {due > 0 ? (
        <p class="tlc-status-line tlc-status-due" data-testid="popup-followups">
          <span>{tn('popup_followups', due)}</span>{' '}
          <a class="tlc-link" href={ledgerUrl} target="_blank" rel="noopener">
            {t('popup_followups_link')}
          </a>
        </p>
      ) : null}
      {current === 'off' ? (
        <p class="tlc-status-line" data-testid="popup-off">
          <span>{t('popup_off')}</span>{' '}
          <button
            type="button"
            class="tlc-btn tlc-btn--small"
            onClick={() => {
              setCurrent('auto');
              void updateSettings({ mode: 'auto' });
            }}
          >
            {t('popup_turn_on')}
          </button>
        </p>
      ) : null}
      {current !== 'off' && paused ? (
        <p class="tlc-status-line" data-testid="popup-paused">
          <span>
            {t('popup_paused_until', {
              time: formatDate(paused, undefined, { dateStyle: 'medium', timeStyle: 'short' }),
            })}
          </span>{' '}
          <button
            type="button"
            class="tlc-btn tlc-btn--small"
            data-testid="popup-resume"
            onClick={() => {
              setPaused(null);
              void updateSettings({ pausedUntil: null });
            }}
          >
            {t('popup_resume')}
          </button>
        </p>
      ) : null}
      {current !== 'off' && openOnArrival ? (
        <p class="tlc-status-line" data-testid="popup-panel-open">
          <span>{t('popup_panel_open')}</span>{' '}
          <button
            type="button"
            class="tlc-btn tlc-btn--small"
            data-testid="popup-panel-fold"
            onClick={() => {
              setOpenOnArrival(false);
              void updateSettings({ panelOpen: false });
            }}
          >
            {t('popup_panel_fold')}
          </button>
        </p>
      ) : null}
      {!chosen && url && updatesOffByDefault(country) ? (
        <p class="tlc-status-line" data-testid="popup-updates-risky">
          <span>{t('popup_updates_risky', { country: countryName(country, getLang()) })}</span>
        </p>
      ) : !chosen && url ? (
        <p class="tlc-status-line" data-testid="popup-updates-first">
          <span>{t('popup_updates_first', { host: feedHost })}</span>{' '}
          <button
            type="button"
            class="tlc-btn tlc-btn--small"
            data-testid="popup-updates-keep"
            onClick={() => decide({})}
          >
            {t('popup_updates_keep')}
          </button>{' '}
          <button
            type="button"
            class="tlc-btn tlc-btn--small"
            data-testid="popup-updates-off"
            onClick={() => decide({ updateUrl: null })}
          >
            {t('popup_updates_turn_off')}
          </button>
        </p>
      ) : null}
      {current !== 'off' && pageCheck ? (
        pageCheck(settingsLink)
      ) : (
        <p class="tlc-status-line tlc-status-links">{settingsLink}</p>
      )}
    </div>
  );
}
