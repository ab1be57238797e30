/**
 * Campaign-data updates: the only network request Treaty Lens makes. Once a day (an alarm,
 * so it survives the service worker being stopped) the background fetches the configured URL,
 * verifies the signed bundle (`lib/campaign/feed.ts`) and applies it; any failure keeps the last
 * good data. When the reader's country changes status, one notification says so (if allowed).
 */
import { browser } from 'wxt/browser';
import { applyUpdate, MAX_BUNDLE_BYTES, type RejectReason } from '../campaign/feed';
import { countryName, getCountry, ready, type TreatyStatus } from '../campaign';
import { updatesAllowed, updatesChosen } from '../campaign/update-policy';
import { getSettings, validUpdateUrl } from '../db';
import { countryFromLocale } from '../panel/view';
import { resolveLang, t } from '../i18n';
import { handle } from './router';

/** Alarm name of the daily check. */
export const UPDATE_ALARM = 'campaign-update';
/** Minutes between checks. */
export const UPDATE_PERIOD_MINUTES = 24 * 60;
/** Give up on a slow feed after this long. */
export const FETCH_TIMEOUT_MS = 20_000;
/** `browser.storage.local` key of the last check's outcome (shown by the options page). */
export const UPDATE_STATE_KEY = 'campaignUpdateState';

/** What the options page shows about the last check. */
export interface UpdateState {
  checkedAt: string;
  url: string | null;
  outcome: 'updated' | 'off' | 'network' | 'http' | RejectReason;
  detail?: string;
  version?: string;
}

/** The browser's UI locale ('' when unknown). */
function uiLocale(): string {
  try {
    return globalThis.navigator?.language || browser.i18n.getUILanguage();
  } catch {
    return '';
  }
}

/** What a check needs from the outside world; injectable for tests. */
export interface UpdateDeps {
  fetch?: typeof fetch;
  /** The browser's locale (its region is the reader's country when none is set). */
  locale?: string;
  /** Whether the reader decided about updates (lib/campaign/update-policy.ts). */
  chosen?: () => Promise<boolean>;
  settings?: () => Promise<{
    updateUrl: string | null;
    country: string;
    notifications: boolean;
    uiLang?: string;
  }>;
  publicKey?: Uint8Array;
  now?: () => Date;
  timeoutMs?: number;
}

/** The request options of the update check (docs/privacy.md says why each). */
export const FETCH_INIT = (signal: AbortSignal): RequestInit => ({
  signal,
  method: 'GET',
  cache: 'no-store',
  credentials: 'omit',
  referrerPolicy: 'no-referrer',
  redirect: 'error',
  mode: 'cors',
});

/** Read a response body, refusing more than `max` bytes (Content-Length can lie or be absent). */
async function readCapped(res: Response, max: number): Promise<string | null> {
  const declared = Number(res.headers.get('content-length') ?? '0');
  if (declared > max) return null;
  if (!res.body) {
    const text = await res.text();
    return new TextEncoder().encode(text).length > max ? null : text;
  }
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let off = 0;
  for (const c of chunks) {
    all.set(c, off);
    off += c.byteLength;
  }
  return new TextDecoder().decode(all);
}

async function record(state: UpdateState): Promise<UpdateState> {
  await browser.storage.local.set({ [UPDATE_STATE_KEY]: state });
  return state;
}

const defaultSettings: NonNullable<UpdateDeps['settings']> = async () => {
  const s = await getSettings();
  return {
    updateUrl: s.updateUrl,
    country: s.country,
    notifications: s.notifications,
    uiLang: s.uiLang,
  };
};

/** Tell the reader their country's status changed (one notification per change). */
async function notifyStatusChange(
  code: string,
  status: TreatyStatus,
  uiLang: string | undefined,
): Promise<void> {
  const lang = resolveLang(uiLang || globalThis.navigator?.language);
  await browser.notifications.create(`campaign-status-${code}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png' as '/'),
    title: t('campaign_status_changed_title', {}, lang),
    message: t(
      'campaign_status_changed_message',
      { country: countryName(code, lang), status: t(`campaign_status_${status}`, {}, lang) },
      lang,
    ),
  });
}

/** Fetch, verify and apply the campaign update now. Never throws; records and returns the outcome. */
export async function checkForUpdate(deps: UpdateDeps = {}): Promise<UpdateState> {
  const now = (deps.now ?? (() => new Date()))().toISOString();
  await ready();
  const settings = await (deps.settings ?? defaultSettings)();
  const url = settings.updateUrl;
  if (!url) return record({ checkedAt: now, url: null, outcome: 'off' });
  // Where the reader's country is rated Not Free, nothing goes out until the reader turned
  // updates on (lib/campaign/update-policy.ts).
  const country = settings.country || countryFromLocale(deps.locale ?? uiLocale());
  if (!updatesAllowed(country, await (deps.chosen ?? updatesChosen)()))
    return record({ checkedAt: now, url: null, outcome: 'off', detail: 'risky_country' });
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return record({ checkedAt: now, url, outcome: 'network', detail: 'invalid URL' });
  }
  // Loopback http never leaves the machine (a local mirror, the end-to-end tests); the bundle's
  // signature, not the transport, is what makes an update trustworthy. No credentials, query
  // or fragment: nothing in the address may identify the reader (the options page's rule).
  if (!validUpdateUrl(url))
    return record({ checkedAt: now, url, outcome: 'network', detail: 'https only' });

  const ctl = new AbortController();
  const timer = setTimeout(() => ctl.abort(), deps.timeoutMs ?? FETCH_TIMEOUT_MS);
  let text: string | null;
  try {
    // Nothing that tells this reader apart: no cookies or credentials, no referrer, no cache
    // validators (an ETag the server chose would come back as an identifier), and no redirects
    // (a feed host must not be able to bounce the request to an address of its choosing).
    const res = await (deps.fetch ?? fetch)(parsed.href, FETCH_INIT(ctl.signal));
    if (!res.ok)
      return record({ checkedAt: now, url, outcome: 'http', detail: String(res.status) });
    text = await readCapped(res, MAX_BUNDLE_BYTES);
  } catch (e) {
    return record({
      checkedAt: now,
      url,
      outcome: 'network',
      detail: e instanceof Error ? e.name : 'error',
    });
  } finally {
    clearTimeout(timer);
  }
  if (text === null) return record({ checkedAt: now, url, outcome: 'too_large' });

  const code = settings.country.toUpperCase();
  const before = code ? getCountry(code)?.status : undefined;
  const res = await applyUpdate(text, { publicKey: deps.publicKey });
  if (!res.ok) return record({ checkedAt: now, url, outcome: res.reason, detail: res.detail });
  const after = code ? getCountry(code)?.status : undefined;
  if (before && after && before !== after && settings.notifications) {
    try {
      await notifyStatusChange(code, after, settings.uiLang);
    } catch {
      // a notification is a courtesy; the update itself succeeded
    }
  }
  return record({ checkedAt: now, url, outcome: 'updated', version: res.payload.version });
}

/** Register the daily alarm, its listener and `page:checkUpdate`; call once from the background. */
export function registerUpdates(deps: UpdateDeps = {}): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === UPDATE_ALARM) void checkForUpdate(deps);
  });
  handle('page:checkUpdate', () => checkForUpdate(deps));
  // Creating an alarm that exists would restart its period on every service-worker start.
  void browser.alarms.get(UPDATE_ALARM).then((existing) => {
    if (!existing) {
      return browser.alarms.create(UPDATE_ALARM, {
        delayInMinutes: 1,
        periodInMinutes: UPDATE_PERIOD_MINUTES,
      });
    }
    return undefined;
  });
  void ready();
}
