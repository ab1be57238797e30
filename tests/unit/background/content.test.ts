import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  contentHandlers,
  helloFor,
  MATCH_BADGE,
  PAUSE_MS,
  readerCountry,
  siteIsOff,
} from '../../../lib/background/content';
import { db, defaultSettings, getSettings, updateSettings } from '../../../lib/db';
import { decodeContext } from '../../../lib/letters/context';
import { dispatch, type SenderInfo } from '../../../lib/messaging';
import type { PanelView } from '../../../lib/panel/view';

const page: SenderInfo = {
  tabId: 7,
  frameId: 0,
  url: 'https://www.news.example/world/un-treaty',
  isExtensionPage: false,
};
const run = (type: string, payload: unknown, sender: SenderInfo = page) =>
  dispatch({ type, payload }, sender, contentHandlers);

describe('background: content-script handlers', () => {
  beforeEach(async () => {
    await db.settings.clear();
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
  });

  it('answers hello from the settings: mode, sites switched off, pause', () => {
    const now = Date.parse('2026-11-27T12:00:00Z');
    const s = defaultSettings();
    expect(helloFor(page.url, s, now)).toMatchObject({ run: true, reason: 'ok' });
    expect(helloFor('file:///tmp/a.html', s, now)).toMatchObject({
      run: false,
      reason: 'unsupported',
    });
    expect(helloFor(page.url, { ...s, mode: 'click' }, now)).toMatchObject({
      run: false,
      reason: 'click',
    });
    expect(helloFor(page.url, { ...s, disabledSites: ['news.example'] }, now)).toMatchObject({
      run: false,
      reason: 'siteOff',
    });
    const paused = { ...s, pausedUntil: new Date(now + 1000).toISOString() };
    expect(helloFor(page.url, paused, now)).toMatchObject({ run: false, reason: 'paused' });
    expect(helloFor(page.url, paused, now + 2000)).toMatchObject({ run: true });
    expect(helloFor(page.url, { ...s, panelOpen: true }, now).panelOpen).toBe(true);
  });

  it('matches switched-off sites by host and parent domain only', () => {
    expect(siteIsOff('www.news.example', ['news.example'])).toBe(true);
    expect(siteIsOff('news.example', ['news.example'])).toBe(true);
    expect(siteIsOff('othernews.example', ['news.example'])).toBe(false);
  });

  it('"Don\'t show on this site" is stored once, and hello then says no', async () => {
    await expect(
      run('content:preference', { kind: 'siteOff', host: 'www.news.example' }),
    ).resolves.toEqual({
      ok: true,
      data: { saved: true },
    });
    await run('content:preference', { kind: 'siteOff', host: 'www.news.example' });
    expect((await getSettings()).disabledSites).toEqual(['www.news.example']);
    await expect(run('content:hello', { url: page.url })).resolves.toMatchObject({
      ok: true,
      data: { run: false, reason: 'siteOff' },
    });
  });

  it('refuses to switch off a site other than the sender’s', async () => {
    const r = await run('content:preference', { kind: 'siteOff', host: 'victim.example' });
    expect(r.ok).toBe(false);
    expect((await getSettings()).disabledSites).toEqual([]);
  });

  it('pauses for 24 hours and remembers whether the panel stays open', async () => {
    const before = Date.now();
    await run('content:preference', { kind: 'pause' });
    const until = Date.parse((await getSettings()).pausedUntil ?? '');
    expect(until - before).toBeGreaterThanOrEqual(PAUSE_MS - 1000);
    expect(until - before).toBeLessThanOrEqual(PAUSE_MS + 1000);
    await run('content:preference', { kind: 'panelOpen', open: false });
    expect((await getSettings()).panelOpen).toBe(false);
    await run('content:preference', { kind: 'panelOpen', open: true });
    expect((await getSettings()).panelOpen).toBe(true);
  });

  it('badges a matching tab and injects the panel into the sender frame only once', async () => {
    const exec = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
    await run('content:detected', { match: true, lang: 'en', score: 0.9 }, { ...page, frameId: 3 });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe(MATCH_BADGE);
    expect(exec).toHaveBeenCalledWith({
      target: { tabId: 7, frameIds: [3] },
      files: ['/panel.js'],
    });
    await run('content:detected', { match: true, lang: 'en', score: 0.9, panelLoaded: true });
    expect(exec).toHaveBeenCalledTimes(1);
    await run('content:detected', { match: false, lang: 'en', score: 0 });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
    expect(exec).toHaveBeenCalledTimes(1);
  });

  it('injects the detector into the frame of a pre-filter hello with a stem, only where it may run', async () => {
    const exec = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
    const r = await run('content:hello', { url: page.url, stem: true }, { ...page, frameId: 2 });
    expect(r).toMatchObject({ ok: true, data: { run: true, reason: 'ok' } });
    expect(exec).toHaveBeenCalledWith({
      target: { tabId: 7, frameIds: [2] },
      files: ['/detector.js'],
      injectImmediately: true,
    });
    // A hello without a stem (the detector's own, when injected without the pre-filter) injects
    // nothing; nor does a stem where the user said not to run.
    await run('content:hello', { url: page.url });
    await updateSettings({ mode: 'click' });
    const click = await run('content:hello', { url: page.url, stem: true });
    expect(click).toMatchObject({ ok: true, data: { run: false, reason: 'click' } });
    expect(exec).toHaveBeenCalledTimes(1);
  });

  it("answers the pre-filter's hello without waiting for the detector's injection to finish", async () => {
    // The injection finishes once the page's busy main thread has run the detector: the
    // answer does not wait for it (the detector takes it from the pre-filter).
    let finish: (() => void) | undefined;
    const exec = vi
      .spyOn(fakeBrowser.scripting, 'executeScript')
      .mockReturnValueOnce(new Promise((ok) => (finish = () => ok([]))) as never)
      .mockRejectedValueOnce(new Error('Frame with ID 2 was removed.'));
    const r = await run('content:hello', { url: page.url, stem: true }, { ...page, frameId: 2 });
    expect(r).toMatchObject({ ok: true, data: { run: true } });
    expect(exec).toHaveBeenCalledTimes(1);
    finish?.();
    // A frame that went away meanwhile: the answer is still the answer.
    const gone = await run('content:hello', { url: page.url, stem: true }, { ...page, frameId: 2 });
    expect(gone).toMatchObject({ ok: true, data: { run: true } });
    expect(exec).toHaveBeenCalledTimes(2);
  });

  it('rejects malformed content messages before any handler runs', async () => {
    const exec = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([]);
    expect(await run('content:detected', { match: 'yes' })).toEqual({
      ok: false,
      error: 'invalid payload',
    });
    expect(await run('page:checkTab', { tabId: 7 })).toEqual({
      ok: false,
      error: 'not allowed from this sender',
    });
    expect(exec).not.toHaveBeenCalled();
  });

  it('serves the campaign view in the article language with the reader’s country', async () => {
    await updateSettings({ country: 'DE' });
    const r = await run('content:campaign', { lang: 'fr' });
    expect(r.ok).toBe(true);
    const view = (r as { data: PanelView }).data;
    expect(view.lang).toBe('fr');
    expect(view.country?.name).toBe('Allemagne');
    expect(view.country?.guessed).toBeUndefined();
    // "How Germany decides" under the status speaks French too (not raw keys).
    expect(view.strings?.['decides_title']).toMatch(/\{country\}/);
    expect(view.strings?.['decides_sign']).toBeTruthy();
    expect(view.concerns.length).toBeGreaterThan(0);
    expect(readerCountry(defaultSettings(), 'pt-BR')).toBe('BR');
  });

  it('marks a country guessed from the browser language as a guess (the panel offers "Change")', async () => {
    await updateSettings({ country: '' });
    const r = await run('content:campaign', { lang: 'en' });
    const view = (r as { data: PanelView }).data;
    expect(view.country?.code).toBeTruthy();
    expect(view.country?.guessed).toBe(true);
  });

  it('opens the composer in a tab next to the article with the article context', async () => {
    const ctx = {
      url: 'https://www.news.example/world/un-treaty',
      title: 'UN cybercrime treaty: what changes',
      outlet: 'News Example',
      passage: 'The UN Convention against Cybercrime opens for signature…',
      lang: 'en',
    };
    const r = await run('content:openComposer', ctx);
    expect(r).toEqual({ ok: true, data: { where: 'tab' } });
    const tabs = await fakeBrowser.tabs.query({});
    const composer = tabs.find((t) => t.url?.includes('/composer.html?ctx='));
    expect(composer).toBeDefined();
    const param = new URL(composer!.url!).searchParams.get('ctx');
    // The outlet is the URL's host, never the name the page gives itself (issue 15, citations).
    expect(decodeContext(param)).toEqual({ ...ctx, outlet: 'news.example' });
  });

  it('refuses to open the composer for a non-web URL', async () => {
    const r = await run('content:openComposer', {
      url: 'javascript:alert(1)',
      title: 't',
      outlet: 'o',
      passage: 'p',
      lang: 'en',
    });
    expect(r.ok).toBe(false);
  });

  it('"Check this page" runs detection in the tab, injecting the content script when absent', async () => {
    const exec = vi
      .spyOn(fakeBrowser.scripting, 'executeScript')
      .mockResolvedValueOnce([{ frameId: 0, result: null }] as never)
      .mockResolvedValueOnce([] as never)
      .mockResolvedValueOnce([{ frameId: 0, result: { match: true } }] as never);
    const r = await run(
      'page:checkTab',
      { tabId: 12 },
      { isExtensionPage: true, url: 'chrome-extension://x/popup.html' },
    );
    expect(r).toEqual({ ok: true, data: { match: true } });
    expect(exec).toHaveBeenNthCalledWith(2, {
      target: { tabId: 12 },
      files: ['/detector.js'],
    });
  });
});
