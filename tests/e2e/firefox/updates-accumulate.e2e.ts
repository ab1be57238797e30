// Issue 15 in Firefox ESR: signed updates accumulate and age, as in
// tests/e2e/chromium/updates-accumulate.e2e.ts. Update A (Germany signs) and then B (Sweden
// signs) both hold after the background restarts: Firefox runs the MV2 background as a
// persistent page, which no test protocol can kill, so the extension reloads itself
// (`runtime.reload()` restarts the background page and keeps its storage, like an update of the
// add-on). Re-serving A is refused. A bundle past its `expires` date makes the options page and
// the panel say the data may be out of date. Bundles are signed with a key made for this run
// (tests/e2e/feed-build.ts).
//
// Firefox will not let WebDriver open moz-extension:// pages, so the options page is reached as
// a reader reaches it from a news page: the panel's "Your country: X · Change". Buttons are real
// pointer clicks; the address field and the country menu are filled by script in that
// extension page (the harness has no keyboard input).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { germanySigns, signPayload, testKeys } from '../../unit/campaign/sign';
import { buildTrustingKey, expiredBundle, swedenSigns } from '../feed-build';
import { launchFirefox, type FirefoxSession, type FirefoxTab } from '../firefox';

const ARTICLE = '/demo/en-un-treaty-vote.html';
const inPanel = (sel: string) => `__panelRoot?.querySelector('${sel}')`;
const RENDERED = `!!${inPanel('.frame > [role=status]')}`;
const OPEN = `${inPanel('.frame')}?.dataset.open === 'true'`;
const button = (name: string) =>
  `[...document.querySelectorAll('button')].find((b) => b.textContent.trim() === ${JSON.stringify(name)})`;
/** The country in the stored settings record (lib/db: database treaty-lens, table settings). */
const STORED_COUNTRY = `new Promise((ok, fail) => {
  const req = indexedDB.open('treaty-lens');
  req.onerror = () => fail(req.error);
  req.onsuccess = () => {
    const get = req.result.transaction('settings').objectStore('settings').get('settings');
    get.onsuccess = () => { ok(get.result?.value?.country ?? ''); req.result.close(); };
    get.onerror = () => fail(get.error);
  };
})`;
const LAST_CHECK = `browser.storage.local.get('campaignUpdateState').then((r) => r.campaignUpdateState ?? null)`;

describe('signed updates accumulate and age (Firefox)', () => {
  let s: FirefoxSession;
  let served = '';
  let bundles: Record<'A' | 'B' | 'C', string>;
  let options: FirefoxTab;

  beforeAll(async () => {
    const keys = await testKeys();
    bundles = {
      A: await signPayload(germanySigns('2026.12.11'), keys),
      B: await signPayload(swedenSigns('2026.12.12'), keys),
      C: await signPayload(expiredBundle('2026.12.13'), keys),
    };
    s = await launchFirefox({ extensionDir: buildTrustingKey(keys.publicKey, 'firefox') });
    s.server.route('/feed/campaign.json', (_req, res) => {
      res.writeHead(200, {
        'content-type': 'application/json',
        'access-control-allow-origin': '*',
      });
      res.end(served);
    });
  });
  afterAll(async () => {
    await s?.close();
  });

  /** A real click on a control inside the panel, scrolled into the panel's view first. */
  async function pressInPanel(tab: FirefoxTab, sel: string): Promise<void> {
    await tab.waitFor(`!!${inPanel(sel)}`, 15000);
    await tab.eval(`${inPanel(sel)}.scrollIntoView({ block: 'center' })`);
    await tab.click(inPanel(sel));
  }

  /** An article whose panel is open, with the reader's country shown (real clicks). */
  async function articleWithCountry(): Promise<FirefoxTab> {
    const tab = await s.newTab(s.server.url(ARTICLE));
    await tab.waitFor(RENDERED, 20000);
    if (!(await tab.eval<boolean>(OPEN))) await tab.click(inPanel('.tab'));
    await tab.waitFor(OPEN, 15000);
    if (await tab.eval<boolean>(`!!${inPanel('.country-show')}`))
      await pressInPanel(tab, '.country-show');
    await tab.waitFor(`${inPanel('.country-name')}?.textContent`, 15000);
    return tab;
  }

  /** What the panel says of the reader's country. */
  async function countryInPanel(): Promise<{ name: string; status: string }> {
    const tab = await articleWithCountry();
    const out = {
      name: await tab.eval<string>(`${inPanel('.country-name')}.textContent`),
      status: await tab.eval<string>(`${inPanel('.country .status')}.className`),
    };
    await tab.close();
    return out;
  }

  /** The options page, opened from the panel's "Change" next to the reader's country. */
  async function openOptions(): Promise<FirefoxTab> {
    const tab = await articleWithCountry();
    await pressInPanel(tab, '.country-change');
    const opened = await s.waitForTab(s.extensionUrl('options.html'), 20000);
    await opened.waitFor(`!!document.querySelector('#tlo-country')`, 20000);
    await tab.close();
    return opened;
  }

  /** A real click on an options-page button, scrolled into view first (the page is long). */
  async function press(name: string): Promise<void> {
    await options.waitFor(`!!(${button(name)})`, 15000);
    await options.eval(`${button(name)}.scrollIntoView({ block: 'center' })`);
    await options.click(button(name));
  }

  async function setCountry(code: string): Promise<void> {
    await options.eval(`(() => {
      const sel = document.querySelector('#tlo-country');
      sel.value = ${JSON.stringify(code)};
      sel.dispatchEvent(new Event('change', { bubbles: true }));
    })()`);
    // The panel reads the stored settings (IndexedDB): wait until the choice is written.
    await options.waitFor(`${STORED_COUNTRY}.then((c) => c === ${JSON.stringify(code)})`);
  }

  async function lastCheck(): Promise<{ outcome: string; version?: string } | null> {
    return options.eval(LAST_CHECK);
  }

  /** Serve `bundle` and click "Check now"; wait for the background's answer. */
  async function check(bundle: string): Promise<void> {
    served = bundle;
    const before = (await options.eval<{ checkedAt?: string } | null>(LAST_CHECK))?.checkedAt;
    await press('Check now');
    await options.waitFor(
      `${LAST_CHECK}.then((c) => !!c && c.checkedAt !== ${JSON.stringify(before ?? '')})`,
      20000,
    );
  }

  it('A then B both hold after the background restarts; re-serving A is refused', async () => {
    options = await openOptions();
    await press('Change address');
    await options.waitFor(`!!document.querySelector('#tlo-update-url')`);
    await options.eval(`(() => {
      const input = document.querySelector('#tlo-update-url');
      input.value = ${JSON.stringify(s.server.url('/feed/campaign.json'))};
      input.dispatchEvent(new Event('input', { bubbles: true }));
    })()`);
    await press('Save');
    await options.waitFor(`!!(${button('Check now')})`);

    // Built in: Germany has not signed.
    await setCountry('DE');
    expect((await countryInPanel()).status).not.toContain('status-signed');

    await check(bundles.A);
    expect(await lastCheck()).toMatchObject({ outcome: 'updated', version: '2026.12.11' });
    await check(bundles.B);
    expect(await lastCheck()).toMatchObject({ outcome: 'updated', version: '2026.12.12' });

    // Restart the background: the extension reloads (its pages close), storage stays.
    await options.eval(`void setTimeout(() => browser.runtime.reload(), 200)`);
    await expect
      .poll(async () => (await s.tabUrls()).some((u) => u.startsWith('moz-extension:')), {
        timeout: 20000,
      })
      .toBe(false);

    expect(await countryInPanel()).toEqual({
      name: 'Germany',
      status: expect.stringContaining('status-signed') as unknown as string,
    });
    options = await openOptions();
    await setCountry('SE');
    expect(await countryInPanel()).toEqual({
      name: 'Sweden',
      status: expect.stringContaining('status-signed') as unknown as string,
    });
    // A is older than B, already applied: refused, and nothing rolls back.
    await check(bundles.A);
    expect((await lastCheck())?.outcome).toBe('not_newer');
    await setCountry('DE');
    expect((await countryInPanel()).status).toContain('status-signed');
  }, 240_000);

  it('an expired bundle: the options page and the panel say the data may be out of date', async () => {
    const stale = `document.querySelector('[data-testid=data-from]')?.dataset.stale`;
    expect(await options.eval(stale)).toBe('false');
    await check(bundles.C);
    expect(await lastCheck()).toMatchObject({ outcome: 'updated', version: '2026.12.13' });
    // As in Chromium, the page reads the data's dates when it loads.
    await options.eval(`void setTimeout(() => location.reload(), 50)`);
    await options.waitFor(`${stale} === 'true'`, 20000);
    expect(
      await options.eval<string>(`document.querySelector('[data-testid=data-from]').textContent`),
    ).toMatch(/Jun 1, 2026/);

    const tab = await articleWithCountry();
    const line = await tab.waitFor<string>(`${inPanel('.data-from')}?.className`);
    expect(line).toContain('warn');
    expect(await tab.eval<string>(`${inPanel('.data-from')}.textContent`)).toMatch(/Jun 1, 2026/);
    await tab.close();
  }, 120_000);
});
