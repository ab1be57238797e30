/**
 * Background half of reading news with context: answers the content script's hello (mode,
 * site switched off, pause), badges matching tabs, injects the panel's code only into frames
 * whose article matched, serves the panel its view model, opens the composer, and records the
 * panel's preferences. Also `page:checkTab` for "Only when I click" mode (the popup's "Check
 * this page" button).
 */
import { browser } from 'wxt/browser';
import { ready } from '../campaign';
import { CONTENT_LANGUAGES } from '../campaign/languages';
import { stringsOf, t } from '../i18n';
import { getSettings, updateSettings, type Settings } from '../db';
import { encodeContext } from '../letters/context';
import type { ArticleContext, Handlers, PayloadOf, SenderInfo } from '../messaging';
import type { HelloAnswer } from '../content/types';
import { buildPanelView, countryFromLocale, type PanelView } from '../panel/view';
import { handle } from './router';

/** How long "Pause for 24 hours" pauses. */
export const PAUSE_MS = 24 * 60 * 60 * 1000;
/** Badge text of a tab whose article matched. */
export const MATCH_BADGE = '✓';
const BADGE_COLOR = '#0b5cad';

function hostOf(url: string | undefined): string | null {
  try {
    const u = new URL(url ?? '');
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}

/** True when `host` is switched off (the site itself or a parent domain in the list). */
export function siteIsOff(host: string, disabled: readonly string[]): boolean {
  return disabled.some((d) => host === d || host.endsWith(`.${d}`));
}

/** The answer to `content:hello` for a page, from the settings (pure). */
export function helloFor(
  url: string | undefined,
  s: Settings,
  now: number,
  uiLocale = 'en',
): HelloAnswer {
  const host = hostOf(url);
  const base = { panelOpen: s.panelOpen, userLang: s.uiLang || uiLocale };
  if (!host) return { ...base, run: false, reason: 'unsupported' };
  if (siteIsOff(host, s.disabledSites)) return { ...base, run: false, reason: 'siteOff' };
  if (s.pausedUntil && Date.parse(s.pausedUntil) > now)
    return { ...base, run: false, reason: 'paused' };
  if (s.mode === 'off') return { ...base, run: false, reason: 'off' };
  if (s.mode === 'click') return { ...base, run: false, reason: 'click' };
  return { ...base, run: true, reason: 'ok' };
}

type Action = {
  setBadgeText(d: { tabId?: number; text: string | null }): Promise<void>;
  setBadgeBackgroundColor(d: { tabId?: number; color: string }): Promise<void>;
  getBadgeText?(d: { tabId?: number }): Promise<string>;
};
function action(): Action | undefined {
  const b = browser as unknown as { action?: Action; browserAction?: Action };
  return b.action ?? b.browserAction;
}

/** Mark (or unmark) a tab whose article matched. */
export async function setTabBadge(tabId: number, match: boolean): Promise<void> {
  const a = action();
  if (!a) return;
  if (match) {
    // A tab's own text hides the global one: keep the follow-up count in it ("2✓"), so the
    // number of letters due never disappears on an article (issue 18, item 11).
    const due = (await a.getBadgeText?.({}).catch(() => '')) ?? '';
    await a.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
    await a.setBadgeText({ tabId, text: `${due}${MATCH_BADGE}` });
  } else {
    // null clears the tab's own text so a global badge (follow-ups) shows again.
    await a.setBadgeText({ tabId, text: null }).catch(() => a.setBadgeText({ tabId, text: '' }));
  }
}

async function detected(
  p: PayloadOf<'content:detected'>,
  s: SenderInfo,
): Promise<{ injected: boolean }> {
  if (s.tabId === undefined) return { injected: false };
  const badge = setTabBadge(s.tabId, p.match).catch(() => undefined);
  if (!p.match || p.panelLoaded) {
    await badge;
    return { injected: false };
  }
  // The panel first: it is what the reader waits for; the badge follows in parallel.
  await Promise.all([
    browser.scripting.executeScript({
      target: { tabId: s.tabId, frameIds: [s.frameId ?? 0] },
      files: ['/panel.js'],
    }),
    badge,
  ]);
  return { injected: true };
}

/** The user's UI language: settings, else the browser's. */
function userLang(s: Settings): string {
  return s.uiLang || browser.i18n.getUILanguage();
}

/** The reader's country: settings, else the browser locale's region. */
export function readerCountry(s: Settings, uiLocale: string): string {
  return s.country || countryFromLocale(uiLocale);
}

async function campaignView(p: PayloadOf<'content:campaign'>): Promise<PanelView> {
  await ready().catch(() => undefined);
  const s = await getSettings();
  const view = buildPanelView({
    articleLang: p.lang,
    userLang: userLang(s),
    country: readerCountry(s, navigator.language || browser.i18n.getUILanguage()),
    now: new Date(),
  });
  // Not chosen yet: the panel says the country is a guess, with "Change" (issue 18 item 6).
  const country = view.country && !s.country ? { ...view.country, guessed: true } : view.country;
  // The panel's own strings and the "How <country> decides" lines it shows under the status.
  const strings = { ...stringsOf('panel_', view.lang), ...stringsOf('decides_', view.lang) };
  return { ...view, country, strings };
}

/** Composer URL carrying the article context. */
export function composerUrl(ctx: ArticleContext): string {
  return `${browser.runtime.getURL('/composer.html' as '/')}?ctx=${encodeContext(ctx)}`;
}

type SidePanel = {
  setOptions(o: { tabId: number; path: string; enabled: boolean }): Promise<void>;
  open(o: { tabId: number }): Promise<void>;
};

async function openComposer(
  ctx: PayloadOf<'content:openComposer'>,
  s: SenderInfo,
): Promise<{ where: 'sidePanel' | 'tab' }> {
  if (!hostOf(ctx.url)) throw new Error('not a web page');
  const url = composerUrl(ctx);
  const side = (browser as unknown as { sidePanel?: SidePanel }).sidePanel;
  if (side && s.tabId !== undefined) {
    try {
      // Chrome needs the click's user gesture for open(); when it is lost, a tab instead.
      await side.setOptions({
        tabId: s.tabId,
        path: url.slice(url.indexOf('/composer.html') + 1),
        enabled: true,
      });
      await side.open({ tabId: s.tabId });
      return { where: 'sidePanel' };
    } catch {
      /* fall through to a tab */
    }
  }
  let index: number | undefined;
  if (s.tabId !== undefined) index = (await browser.tabs.get(s.tabId).catch(() => null))?.index;
  await browser.tabs.create({
    url,
    ...(index !== undefined ? { index: index + 1, openerTabId: s.tabId } : {}),
  });
  return { where: 'tab' };
}

async function preference(
  p: PayloadOf<'content:preference'>,
  s: SenderInfo,
): Promise<{ saved: true }> {
  switch (p.kind) {
    case 'siteOff': {
      const host = p.host.toLowerCase();
      // A page may only switch off its own site.
      if (host !== hostOf(s.url)) throw new Error('host does not match the sender');
      const cur = await getSettings();
      if (!cur.disabledSites.includes(host))
        await updateSettings({ disabledSites: [...cur.disabledSites, host].sort() });
      break;
    }
    case 'pause':
      await updateSettings({ pausedUntil: new Date(Date.now() + PAUSE_MS).toISOString() });
      break;
    case 'siteOn': {
      // Undo of "Don't show on this site": again only the sender's own site.
      const host = p.host.toLowerCase();
      if (host !== hostOf(s.url)) throw new Error('host does not match the sender');
      const cur = await getSettings();
      await updateSettings({ disabledSites: cur.disabledSites.filter((h) => h !== host) });
      if (s.tabId !== undefined) await setTabBadge(s.tabId, true).catch(() => undefined);
      return { saved: true };
    }
    case 'resume':
      await updateSettings({ pausedUntil: null });
      if (s.tabId !== undefined) await setTabBadge(s.tabId, true).catch(() => undefined);
      return { saved: true };
    case 'panelOpen':
      await updateSettings({ panelOpen: p.open });
      return { saved: true };
  }
  if (s.tabId !== undefined) await setTabBadge(s.tabId, false).catch(() => undefined);
  return { saved: true };
}

/** The full detector, injected on demand (built by lib/build/detector.ts, not a WXT entrypoint). */
const DETECTOR = '/detector.js' as '/panel.js';

/**
 * The pre-filter's hello (`stem: true`): the page's text has a stem. Where detection may run,
 * the detector is injected into the sender's frame, and the answer goes back at once, without
 * waiting for the injection to finish: the detector takes it from the pre-filter, so it is
 * there when the detector starts. (The injection finishes only once the page's main thread has
 * compiled and run the detector; answering after it made a busy page's tab wait one more hop
 * for its strings.) A failed injection (the frame went away) leaves nothing to answer for.
 */
async function hello(p: PayloadOf<'content:hello'>, s: SenderInfo): Promise<HelloAnswer> {
  const base = helloFor(s.url, await getSettings(), Date.now(), browser.i18n.getUILanguage());
  // The detector draws the collapsed tab itself on a match, in the panel's language (hello is
  // only ever sent from pages whose text has a stem, or by the detector itself).
  const answer = { ...base, tab: tabStrings() };
  if (p.stem && answer.run && s.tabId !== undefined)
    void browser.scripting
      .executeScript({
        target: { tabId: s.tabId, frameIds: [s.frameId ?? 0] },
        files: [DETECTOR],
        // A hello sent while the page is still parsed (a stem in its title) gets the detector
        // then, not at document_idle: it is compiled and waiting when the page is parsed.
        injectImmediately: true,
      })
      .catch(() => undefined);
  return answer;
}

/** The collapsed tab's label and accessible name in every language the panel speaks. */
export function tabStrings(): Record<string, [string, string]> {
  return Object.fromEntries(
    CONTENT_LANGUAGES.map((l) => [l, [t('panel_tab_label', {}, l), t('panel_tab_aria', {}, l)]]),
  );
}

/** Content-script entry for `page:checkTab` (runs in the page's isolated world). */
function callCheck(): Promise<{ match: boolean }> | null {
  const g = globalThis as { __treatyLens?: { check?: () => Promise<{ match: boolean }> } };
  return g.__treatyLens?.check?.() ?? null;
}

async function checkTab(tabId: number): Promise<{ match: boolean }> {
  const run = async () =>
    (await browser.scripting.executeScript({ target: { tabId }, func: callCheck }))[0]?.result as
      { match: boolean } | null | undefined;
  let r = await run();
  if (!r) {
    // Tabs opened before install (or where the content script never ran): inject it first.
    // Pages without a stem (and tabs that predate the extension) have no detector yet.
    await browser.scripting.executeScript({ target: { tabId }, files: [DETECTOR] });
    r = await run();
  }
  return { match: !!r?.match };
}

/** The handlers of this module (exported for tests, which run them through `dispatch`). */
export const contentHandlers = {
  'content:hello': hello,
  'content:detected': detected,
  'content:campaign': campaignView,
  'content:openComposer': openComposer,
  'content:preference': preference,
  'content:openOptions': async () => {
    await browser.runtime.openOptionsPage();
    return { opened: true };
  },
  'page:checkTab': (p: PayloadOf<'page:checkTab'>) => checkTab(p.tabId),
} satisfies Handlers;

/** Register the content-script handlers with the background router. */
export function registerContent(): void {
  handle('content:hello', contentHandlers['content:hello']);
  handle('content:detected', contentHandlers['content:detected']);
  handle('content:campaign', contentHandlers['content:campaign']);
  handle('content:openComposer', contentHandlers['content:openComposer']);
  handle('content:preference', contentHandlers['content:preference']);
  handle('content:openOptions', contentHandlers['content:openOptions']);
  handle('page:checkTab', contentHandlers['page:checkTab']);
}
