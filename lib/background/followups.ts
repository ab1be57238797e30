/**
 * Follow-ups in the background: "Did <recipient> reply?" Stateless by design: every wake-up,
 * alarm, start-up and ledger change re-derives the badge, the next alarm and whether to notify
 * from the database, so a killed service worker or a browser restart loses nothing.
 */
import { browser } from 'wxt/browser';
import {
  answerFollowUp,
  claimFollowUpNotification,
  dueFollowUpIds,
  getLetter,
  getSettings,
  nextFollowUpAt,
  type LetterRecord,
} from '../db';
// The notification speaks ledger strings, which the panel-only default catalog leaves out.
import '../i18n/all';
import { formatDate, resolveLang, t, tn } from '../i18n';
import { handle } from './router';

/** Name of the one follow-up alarm. */
export const FOLLOW_UP_ALARM = 'treaty-lens:followups';
/** Notification ids start with this, followed by the letter id. */
export const FOLLOW_UP_NOTIFICATION = 'treaty-lens-followup:';
/** Safety net: re-check at least this often even when nothing is scheduled. */
const RECHECK_MINUTES = 12 * 60;
/** At most one notification a day. */
const NOTIFY_GAP_MINUTES = 24 * 60;

type ActionApi = {
  setBadgeText(d: { text: string; tabId?: number }): Promise<void>;
  setBadgeBackgroundColor(d: { color: string }): Promise<void>;
  getBadgeText?(d: { tabId?: number }): Promise<string>;
};

/** The per-tab mark of an article tab (lib/background/content.ts MATCH_BADGE). */
const TAB_MARK = '✓';

/**
 * Tabs marked as articles carry their own badge text, which hides the global count: rewrite
 * theirs as "<count>✓" so the number of letters due shows on every tab (issue 18, item 11).
 */
async function recountMarkedTabs(action: ActionApi, count: string): Promise<void> {
  if (!action.getBadgeText) return;
  const tabs = await browser.tabs.query({}).catch(() => []);
  for (const tab of tabs) {
    if (tab.id === undefined) continue;
    const text = await action.getBadgeText({ tabId: tab.id }).catch(() => '');
    if (!text.endsWith(TAB_MARK) || text === `${count}${TAB_MARK}`) continue;
    await action
      .setBadgeText({ tabId: tab.id, text: `${count}${TAB_MARK}` })
      .catch(() => undefined);
  }
}

function actionApi(): ActionApi | undefined {
  const b = browser as unknown as { action?: ActionApi; browserAction?: ActionApi };
  return b.action ?? b.browserAction;
}

/** Ledger page URL, optionally pointing at one letter's follow-up or reply dialog. */
export function ledgerUrl(hash = ''): string {
  return browser.runtime.getURL('/ledger.html' as '/') + (hash ? `#${hash}` : '');
}

function uiLang(pref: string): string {
  if (pref) return resolveLang(pref);
  try {
    return resolveLang(browser.i18n.getUILanguage());
  } catch {
    return 'en';
  }
}

async function notify(first: LetterRecord, count: number, lang: string): Promise<void> {
  const name = first.recipient.name || t('ledger_recipient_unknown', undefined, lang);
  const options = {
    type: 'basic' as const,
    iconUrl: browser.runtime.getURL('/icon/128.png' as '/'),
    title: t('ledger_followup_notify_title', { name }, lang),
    message:
      count > 1
        ? tn(
            'ledger_followup_notify_more',
            count - 1,
            { date: formatDate(first.sentAt ?? first.updatedAt, lang) },
            lang,
          )
        : t(
            'ledger_followup_notify_body',
            { date: formatDate(first.sentAt ?? first.updatedAt, lang) },
            lang,
          ),
  };
  const id = FOLLOW_UP_NOTIFICATION + first.id;
  try {
    // Chrome shows buttons; Firefox rejects the property, so fall back to a plain notification
    // whose click opens the ledger at this follow-up.
    await browser.notifications.create(id, {
      ...options,
      buttons: [
        { title: t('ledger_followup_yes', undefined, lang) },
        { title: t('ledger_followup_not_yet', undefined, lang) },
      ],
    });
  } catch {
    await browser.notifications.create(id, options);
  }
}

/** Remove notifications about letters that are no longer due (answered in the ledger, deleted…). */
async function clearAnswered(dueIds: Set<string>): Promise<void> {
  const shown = await browser.notifications.getAll().catch(() => ({}));
  for (const id of Object.keys(shown)) {
    const letterId = letterIdOf(id);
    if (letterId && !dueIds.has(letterId)) await browser.notifications.clear(id);
  }
}

/** What a reconcile pass found and did (returned for tests). */
export interface FollowUpStatus {
  due: number;
  nextAt: string | null;
  alarmAt: string;
  notified: string | null;
}

/** Re-derive badge, alarm and notification from the database. Safe to call any time, any number of times. */
export async function reconcileFollowUps(): Promise<FollowUpStatus> {
  const now = new Date().toISOString();
  // The due letters' ids only (an index read): the badge counts them, the notifications are
  // checked against them, and only the first is read whole, to be named in a notification.
  const [settings, due, nextAt] = await Promise.all([
    getSettings(),
    dueFollowUpIds(now),
    nextFollowUpAt(now),
  ]);
  const action = actionApi();
  if (action) {
    const count = due.length ? String(due.length) : '';
    await action.setBadgeText({ text: count });
    if (due.length) await action.setBadgeBackgroundColor({ color: '#8a4b00' });
    await recountMarkedTabs(action, count);
  }
  let notified: string | null = null;
  const first = due.length > 0 && settings.notifications ? await getLetter(due[0]!) : undefined;
  if (first && (await claimFollowUpNotification(now, NOTIFY_GAP_MINUTES))) {
    await notify(first, due.length, uiLang(settings.uiLang));
    notified = first.id;
  }
  await clearAnswered(new Set(due));
  const candidates = [Date.parse(now) + RECHECK_MINUTES * 60_000];
  if (nextAt) candidates.push(Date.parse(nextAt));
  const when = Math.max(Math.min(...candidates), Date.now() + 1000);
  await browser.alarms.create(FOLLOW_UP_ALARM, { when, periodInMinutes: RECHECK_MINUTES });
  return { due: due.length, nextAt, alarmAt: new Date(when).toISOString(), notified };
}

function letterIdOf(notificationId: string): string | null {
  return notificationId.startsWith(FOLLOW_UP_NOTIFICATION)
    ? notificationId.slice(FOLLOW_UP_NOTIFICATION.length)
    : null;
}

async function onClicked(notificationId: string): Promise<void> {
  const id = letterIdOf(notificationId);
  if (!id) return;
  await browser.notifications.clear(notificationId);
  await browser.tabs.create({ url: ledgerUrl(`followup=${encodeURIComponent(id)}`) });
}

async function onButtonClicked(notificationId: string, index: number): Promise<void> {
  const id = letterIdOf(notificationId);
  if (!id) return;
  await browser.notifications.clear(notificationId);
  if (index === 0) await browser.tabs.create({ url: ledgerUrl(`reply=${encodeURIComponent(id)}`) });
  else {
    await answerFollowUp(id, 'not_yet');
    await reconcileFollowUps();
  }
}

/** Wire follow-ups into the background. Call synchronously from the background entrypoint. */
export function registerFollowUps(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === FOLLOW_UP_ALARM) void reconcileFollowUps();
  });
  browser.runtime.onStartup.addListener(() => void reconcileFollowUps());
  browser.runtime.onInstalled.addListener(() => void reconcileFollowUps());
  browser.notifications.onClicked.addListener((id) => void onClicked(id));
  // Absent in Firefox (no notification buttons there).
  browser.notifications.onButtonClicked?.addListener((id, i) => void onButtonClicked(id, i));
  handle('page:ledgerChanged', () => reconcileFollowUps());
}
