/**
 * The popup's top line (issue 18, items 10 and 11): letters due for a "did they reply?" check
 * (the toolbar badge's number, which opens this popup, explained, with a link to them), the
 * "Off" mode with a way to turn Treaty Lens back on, and the route to the options page.
 *
 * It also undoes the panel's choices that reach beyond the page they were made on (issue 15): a
 * pause (every site, 24 hours) and "open on arrival" (saved for every site by opening the panel
 * from its tab). Each is named with a button that takes it back.
 */
import { useEffect, useState } from 'preact/hooks';
import { dueFollowUps, updateSettings, type DetectionMode } from '../../lib/db';
import { formatDate, t, tn } from '../../lib/i18n';

/** Props of {@link PopupStatus}. */
export interface PopupStatusProps {
  mode: DetectionMode;
  /** When a pause ends (ISO time), if one was set. */
  pausedUntil?: string | null;
  /** The panel opens by itself on matching pages (saved for every site). */
  panelOpen?: boolean;
  /** The clock (injectable for tests). */
  now?: Date;
  ledgerUrl: string;
  optionsUrl: string;
  /** Due follow-ups now (injectable for tests). */
  countDue?: () => Promise<number>;
}

const countDueNow = async () => (await dueFollowUps()).length;

export function PopupStatus({
  mode,
  pausedUntil = null,
  panelOpen = false,
  now = new Date(),
  ledgerUrl,
  optionsUrl,
  countDue = countDueNow,
}: PopupStatusProps) {
  const [due, setDue] = useState(0);
  const [current, setCurrent] = useState(mode);
  const [paused, setPaused] = useState(
    pausedUntil && Date.parse(pausedUntil) > now.getTime() ? pausedUntil : null,
  );
  const [openOnArrival, setOpenOnArrival] = useState(panelOpen);
  useEffect(() => {
    void countDue()
      .then(setDue)
      .catch(() => setDue(0));
  }, []);
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
      <p class="tlc-status-line tlc-status-links">
        <a
          class="tlc-link"
          href={optionsUrl}
          target="_blank"
          rel="noopener"
          data-testid="popup-options"
        >
          {t('popup_settings')}
        </a>
      </p>
    </div>
  );
}
