// Issue 15: the daily campaign-update request must not mark a reader where using Treaty Lens is
// risky. A browser whose region is rated Not Free (the United Arab Emirates, `en-AE`) starts with
// updates off: the popup and the options page say why, and when the daily alarm fires nothing
// goes on the wire, until the reader clicks "Turn updates on anyway". A reader elsewhere (`en-GB`)
// gets the first-run popup line naming the shared server, and the request goes out; "Turn off"
// stops it. Requests are observed as in privacy-network.e2e.ts; the default feed address
// (cdn.jsdelivr.net) is answered here with a 404, so nothing leaves the machine.
import type { Page, Request, Worker } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from '../harness';

const FEED_HOST = 'cdn.jsdelivr.net';
/** lib/background/update.ts UPDATE_ALARM and UPDATE_STATE_KEY. */
const UPDATE_ALARM = 'campaign-update';
const UPDATE_STATE_KEY = 'campaignUpdateState';

type Chrome = {
  alarms: { create(name: string, a: { when: number }): Promise<void> };
  storage: { local: { get(k: string | null): Promise<Record<string, unknown>> } };
};

interface Watched {
  s: ChromiumSession;
  sw: Worker;
  /** Every request any context made that goes on the wire (not extension-internal). */
  network: string[];
  /** Requests for the feed that reached the stand-in for the CDN. */
  feed: string[];
}

async function launch(locale: string): Promise<Watched> {
  const s = await launchChromium({ locale });
  const network: string[] = [];
  const feed: string[] = [];
  s.context.on('request', (r: Request) => {
    if (!/^(chrome-extension|data|blob|about|chrome):/.test(r.url())) network.push(r.url());
  });
  await s.context.route(`https://${FEED_HOST}/**`, (route) => {
    feed.push(route.request().url());
    return route.fulfill({ status: 404, body: 'not here' });
  });
  return { s, sw: await s.serviceWorker(), network, feed };
}

/** The daily update alarm fires now: the background's own path runs (lib/background/update.ts). */
async function fireDailyCheck(sw: Worker): Promise<void> {
  await sw.evaluate(
    ([name]) =>
      (globalThis as unknown as { chrome: Chrome }).chrome.alarms.create(name!, {
        when: Date.now(),
      }),
    [UPDATE_ALARM],
  );
}

async function lastCheck(sw: Worker): Promise<Record<string, unknown> | undefined> {
  return sw.evaluate(async (key) => {
    const c = (globalThis as unknown as { chrome: Chrome }).chrome;
    return (await c.storage.local.get(key))[key] as Record<string, unknown> | undefined;
  }, UPDATE_STATE_KEY);
}

async function popupLines(p: Page): Promise<{ risky: number; first: number }> {
  return {
    risky: await p.getByTestId('popup-updates-risky').count(),
    first: await p.getByTestId('popup-updates-first').count(),
  };
}

describe('campaign updates and the reader’s country (Chromium)', () => {
  let w: Watched | undefined;
  afterEach(async () => {
    await w?.s.close();
    w = undefined;
  });

  it('a reader in a country rated Not Free: updates start off, say why, and send nothing', async () => {
    w = await launch('en-AE');
    const { s, sw, network, feed } = w;

    const popup = await s.openExtensionPage('popup.html');
    const risky = popup.getByTestId('popup-updates-risky');
    await risky.waitFor({ timeout: 20000 });
    expect(await risky.innerText()).toContain('Campaign updates are off: in United Arab Emirates');
    expect(await popupLines(popup)).toEqual({ risky: 1, first: 0 });
    await popup.close();

    const options = await s.openExtensionPage('options.html');
    const why = options.getByTestId('updates-risky');
    await why.waitFor({ timeout: 20000 });
    // The index's name is wrapped in directional isolates (FSI … PDI) for right-to-left text.
    const text = (await why.innerText()).replace(/[\u2066-\u2069]/g, '');
    expect(text).toContain('United Arab Emirates is rated “Not Free” by Freedom House');
    expect(text).toContain('a daily request to the update server could show anyone watching');
    // Nothing offers to check now while the reader has not chosen.
    expect(await options.getByRole('button', { name: 'Check now' }).count()).toBe(0);

    // The daily alarm fires: the check runs, and records that it stayed off, and why.
    await fireDailyCheck(sw);
    await expect
      .poll(() => lastCheck(sw), { timeout: 15000 })
      .toMatchObject({ outcome: 'off', detail: 'risky_country', url: null });
    await expect
      .poll(() => options.locator('section[aria-labelledby=tlo-updates] [role=status]').innerText())
      .toContain('updates are off');
    await options.waitForTimeout(1000);
    expect(feed).toEqual([]);
    expect(network).toEqual([]);

    // The reader's own choice, by a real click: now the check goes out (so the watch above
    // would have seen a request had there been one).
    await options.getByRole('button', { name: 'Turn updates on anyway' }).click();
    await why.waitFor({ state: 'detached' });
    await options.getByRole('button', { name: 'Check now' }).click();
    await expect.poll(() => feed.length, { timeout: 15000 }).toBe(1);
    expect(feed[0]).toBe(`https://${FEED_HOST}/gh/treaty-lens/feed@main/campaign.json`);
    await expect
      .poll(() => lastCheck(sw), { timeout: 15000 })
      .toMatchObject({ outcome: 'http', detail: '404' });
    // And the popup no longer says updates are off.
    const again = await s.openExtensionPage('popup.html');
    await again.getByTestId('popup-options').waitFor({ timeout: 20000 });
    await again.waitForTimeout(1500);
    expect(await popupLines(again)).toEqual({ risky: 0, first: 0 });
  });

  it('a reader elsewhere: the first-run popup line names the server, and "Turn off" is kept', async () => {
    w = await launch('en-GB');
    const { s, sw, network, feed } = w;

    const popup = await s.openExtensionPage('popup.html');
    const first = popup.getByTestId('popup-updates-first');
    await first.waitFor({ timeout: 20000 });
    expect(await first.innerText()).toContain(
      `Once a day Treaty Lens downloads signed campaign data from a shared public server (${FEED_HOST})`,
    );
    expect(await popupLines(popup)).toEqual({ risky: 0, first: 1 });
    const options = await s.openExtensionPage('options.html');
    await options.getByRole('button', { name: 'Check now' }).waitFor({ timeout: 20000 });
    expect(await options.getByTestId('updates-risky').count()).toBe(0);

    // Updates are on: the daily alarm sends the one request.
    await fireDailyCheck(sw);
    await expect.poll(() => feed.length, { timeout: 15000 }).toBe(1);
    expect(network).toEqual([`https://${FEED_HOST}/gh/treaty-lens/feed@main/campaign.json`]);

    // The reader turns them off from the popup's first-run line: the line goes, and the next
    // daily check sends nothing.
    await popup.bringToFront();
    await popup.getByTestId('popup-updates-off').click();
    await first.waitFor({ state: 'detached' });
    await expect.poll(() => options.getByText('Updates are off.').count()).toBe(1);
    await fireDailyCheck(sw);
    await expect
      .poll(() => lastCheck(sw), { timeout: 15000 })
      .toMatchObject({ outcome: 'off', url: null });
    expect(await lastCheck(sw)).not.toHaveProperty('detail');
    expect(feed.length).toBe(1);
    await popup.close();
    const again = await s.openExtensionPage('popup.html');
    await again.getByTestId('popup-options').waitFor({ timeout: 20000 });
    await again.waitForTimeout(1500);
    expect(await popupLines(again)).toEqual({ risky: 0, first: 0 });
  });
});
