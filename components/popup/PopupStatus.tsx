/**
 * The popup's top line (issue 18, items 10 and 11): letters due for a "did they reply?" check
 * (the toolbar badge's number, which opens this popup, explained, with a link to them), the
 * "Off" mode with a way to turn Treaty Lens back on, and the route to the options page.
 */
import { useEffect, useState } from 'preact/hooks';
import { dueFollowUps, updateSettings, type DetectionMode } from '../../lib/db';
import { t, tn } from '../../lib/i18n';

/** Props of {@link PopupStatus}. */
export interface PopupStatusProps {
  mode: DetectionMode;
  ledgerUrl: string;
  optionsUrl: string;
  /** Due follow-ups now (injectable for tests). */
  countDue?: () => Promise<number>;
}

const countDueNow = async () => (await dueFollowUps()).length;

export function PopupStatus({
  mode,
  ledgerUrl,
  optionsUrl,
  countDue = countDueNow,
}: PopupStatusProps) {
  const [due, setDue] = useState(0);
  const [current, setCurrent] = useState(mode);
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
