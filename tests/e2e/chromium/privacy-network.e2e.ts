// No leaks: every request from every context (service worker, extension pages, the content
// script and panel inside the news page) during a full journey — set the update address, read an
// article, open the panel, write and send a letter by mailto:, confirm it, open the ledger, export —
// goes either to a page the test itself opened (and its own assets) or to the campaign update URL,
// served here on loopback. Extension-internal URLs, data:/blob: and the mailto: hand-off to the
// user's mail app are not network.
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from '../harness';
import { panel, panelRendered } from '../panel-root';

interface Seen {
  url: string;
  from: string;
  method: string;
}

describe('network privacy (Chromium)', () => {
  let s: ChromiumSession;
  const seen: Seen[] = [];
  const feedHits: { headers: Record<string, string | string[] | undefined>; url: string }[] = [];
  /** Pages the test opened itself (by path on the fixture server). */
  const opened = new Set<string>();
  const record = (r: Request) => {
    let from = 'unknown';
    if (r.serviceWorker()) from = `worker ${r.serviceWorker()!.url()}`;
    else {
      try {
        from = r.frame().url() || 'frame';
      } catch {
        from = 'detached frame';
      }
    }
    seen.push({ url: r.url(), from, method: r.method() });
  };
  const open = async (path: string): Promise<Page> => {
    opened.add(new URL(s.server.url(path)).pathname);
    return s.newPage(s.server.url(path));
  };

  beforeAll(async () => {
    s = await launchChromium();
    s.context.on('request', record);
    s.server.route('/feed/campaign.json', (req, res) => {
      feedHits.push({ headers: req.headers, url: req.url ?? '' });
      // Not a valid signed bundle: the extension must reject it and keep its data.
      res.writeHead(200, {
        'content-type': 'application/json',
        'access-control-allow-origin': '*',
      });
      res.end('{"payload":"not signed","signature":"AAAA"}');
    });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('makes no request but to the pages opened and the campaign update URL', async () => {
    const feedUrl = s.server.url('/feed/campaign.json');

    // 1. Options: point updates at the local feed and check now (the only allowed request).
    const options = await s.openExtensionPage('options.html');
    await options.getByRole('button', { name: 'Change address' }).click();
    await options.locator('#tlo-update-url').fill(feedUrl);
    await options.getByRole('button', { name: 'Save', exact: true }).click();
    await options.getByRole('button', { name: 'Check now' }).click();
    await expect.poll(() => feedHits.length, { timeout: 15000 }).toBeGreaterThan(0);
    await options.close();

    // 2. Read an article; the panel appears; open it; "Write to my government".
    const article = await open('/demo/en-un-treaty-vote.html');
    await panelRendered(article);
    if ((await panel(article).locator('.frame').getAttribute('data-open')) !== 'true')
      await panel(article).locator('.tab').click();
    await panel(article).locator('.mention').first().click();
    const composerOpened = s.context.waitForEvent('page', { timeout: 15000 });
    await panel(article).locator('.write-btn').click();
    const composer = await composerOpened;

    // 3. Write and send by mailto:, then confirm.
    await composer.getByTestId('sender-name').waitFor({ timeout: 15000 });
    await composer.selectOption('[data-testid=country]', 'GB');
    await composer.getByTestId('constituency-search').fill('Leeds Central');
    await composer.locator('.tlc-result').first().click();
    await composer.getByTestId('sender-name').fill('Private Person');
    await composer.getByTestId('why').fill('My own reasons, which stay on this computer.');
    // A short letter, so the whole body fits in the mailto: link.
    const checked = composer.locator('[data-testid^="concern-"]:checked');
    while ((await checked.count()) > 0) await checked.first().uncheck();
    await composer.getByTestId('send-mailto').click();
    // The hand-off is recorded before the link is handed to the mail app.
    await composer.getByTestId('confirm-sent').waitFor({ timeout: 15000 });
    await composer.getByTestId('confirm-sent').click();
    await composer.waitForTimeout(500);

    // 4. The ledger and the popup; export JSON and CSV.
    const ledger = await s.openExtensionPage('ledger.html');
    await ledger.getByRole('link', { name: 'Your data' }).click();
    for (const name of ['Export everything (JSON)', 'Export letters (CSV)']) {
      const download = ledger.waitForEvent('download', { timeout: 15000 });
      await ledger.getByRole('button', { name }).click();
      const d = await download;
      expect(d.url()).toMatch(/^(blob|data):/);
    }
    const popup = await s.openExtensionPage('popup.html');
    await popup.waitForTimeout(1000);

    // 5. A non-matching page and a second visit, for good measure; then let the worker idle.
    await open('/pages/plain.html');
    await article.reload();
    await article.waitForTimeout(2000);

    // Everything that went on the wire.
    // (mailto:/tel: are hand-offs to the user's own mail or phone app, captured by the harness.)
    const network = seen.filter(
      (r) => !/^(chrome-extension|data|blob|about|chrome|mailto|tel):/.test(r.url),
    );
    expect(network.length).toBeGreaterThan(0);
    const allowed = (r: Seen) => {
      const u = new URL(r.url);
      if (u.origin !== s.server.origin) return false;
      if (u.href === feedUrl) return true;
      // A page we opened, or one of its own static assets (requested by the page, not by us).
      return (
        opened.has(u.pathname) ||
        (r.from.startsWith(s.server.origin) && /\.(css|png|svg|jpg)$/.test(u.pathname))
      );
    };
    const leaks = network.filter((r) => !allowed(r));
    expect(leaks).toEqual([]);

    // The update request: from the service worker only, carrying nothing about the user.
    const feedRequests = network.filter((r) => r.url === feedUrl);
    expect(feedRequests.length).toBeGreaterThan(0);
    for (const r of feedRequests) expect(r.from).toMatch(/^worker chrome-extension:/);
    for (const h of feedHits) {
      expect(h.url).toBe('/feed/campaign.json'); // no query string
      expect(h.headers.cookie).toBeUndefined();
      expect(h.headers.referer).toBeUndefined();
      expect(h.headers.authorization).toBeUndefined();
    }
    // Cross-check on the server side: nothing reached it that the browser-side log missed.
    const serverPaths = s.server.requests.map((r) => r.replace(/^\w+ /, ''));
    const unexpected = serverPaths.filter(
      (p) =>
        p !== '/feed/campaign.json' &&
        p !== '/favicon.ico' && // the browser's own favicon fetch for a tab we opened
        !opened.has(p) &&
        !/\.(css|png|svg|jpg)$/.test(p),
    );
    expect(unexpected).toEqual([]);
    // The rejected bundle left the shipped data in place; the outcome was recorded, not thrown.
    const sw = await s.serviceWorker();
    const state = await sw.evaluate(async () => {
      type Chrome = { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
      const c = (globalThis as unknown as { chrome: Chrome }).chrome;
      return (await c.storage.local.get('campaignUpdateState'))['campaignUpdateState'];
    });
    expect(state).toMatchObject({ url: feedUrl });
    expect((state as { outcome: string }).outcome).not.toBe('updated');
    await Promise.all([composer, ledger, popup, article].map((p) => p.close()));
  });
});
