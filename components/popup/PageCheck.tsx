/**
 * "Check this page" in the toolbar popup: runs detection in the active tab now, whatever the
 * mode, and opens the in-page panel there on a match. In "Only when I click" mode opening the
 * popup is the click: the check runs at once.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { Result } from '../../lib/messaging';

type State = 'idle' | 'running' | 'match' | 'none' | 'unavailable';

/** Props of {@link PageCheck}. */
export interface PageCheckProps {
  /** Check at once (the user chose "Only when I click"). */
  auto: boolean;
  /** The active tab's id, if it has one. */
  activeTab(): Promise<number | undefined>;
  /** Run detection in a tab (the background's `page:checkTab`). */
  check?(tabId: number): Promise<Result<{ match: boolean }>>;
  /** What ends the row (the popup's Settings link). */
  end?: ComponentChildren;
}

// lib/messaging (with the polyfill and valibot) loads when a check runs, not before the
// popup's first frame (issue 17).
const checkTab = async (tabId: number) =>
  (await import('../../lib/messaging')).send<'page:checkTab', { match: boolean }>('page:checkTab', {
    tabId,
  });

const MESSAGES: Record<Exclude<State, 'idle'>, string> = {
  running: 'popup_check_running',
  match: 'popup_check_match',
  none: 'popup_check_none',
  unavailable: 'popup_check_unavailable',
};

/** The popup's page-check row. */
export function PageCheck({ auto, activeTab, check = checkTab, end }: PageCheckProps) {
  const [state, setState] = useState<State>('idle');

  const run = async () => {
    setState('running');
    const tabId = await activeTab().catch(() => undefined);
    if (tabId === undefined) return setState('unavailable');
    // A page that is not a web page (browser pages, files, stores) refuses the script.
    const r = await check(tabId);
    setState(!r.ok ? 'unavailable' : r.data.match ? 'match' : 'none');
  };

  useEffect(() => {
    if (auto) void run();
  }, []);

  return (
    <section class="tlc-pagecheck" aria-labelledby="tlc-check-btn">
      {auto ? <p class="tlc-muted tlc-check-hint">{t('popup_check_click_mode')}</p> : null}
      <div class="tlc-check-row">
        <button
          id="tlc-check-btn"
          type="button"
          class="tlc-btn tlc-btn--small"
          data-testid="check-page"
          disabled={state === 'running'}
          onClick={() => void run()}
        >
          {t('popup_check_button')}
        </button>
        <p class={`tlc-check-status tlc-check-status--${state}`} role="status" aria-live="polite">
          {state === 'idle' ? '' : t(MESSAGES[state])}
        </p>
        {end ? <span class="tlc-check-end">{end}</span> : null}
      </div>
    </section>
  );
}
