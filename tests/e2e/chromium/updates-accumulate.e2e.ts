// Issue 15 in real Chromium: signed updates accumulate and age. Update A (Germany signs) and then
// update B (Sweden signs) are both in force after the service worker is killed and a fresh one
// starts; before, only the last accepted bundle was kept and re-applied, so Germany reverted.
// A bundle past its `expires` date makes the panel and the options page say the data may be out
// of date. Bundles are signed with a key made for this run (tests/e2e/feed-build.ts).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { germanySigns, signPayload, testKeys } from '../../unit/campaign/sign';
import { buildTrustingKey, expiredBundle, swedenSigns } from '../feed-build';
import { launchChromium, type ChromiumSession } from '../harness';
import { panel, panelRendered } from '../panel-root';

const ARTICLE = '/demo/en-un-treaty-vote.html';

type Chrome = { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };

describe('signed updates accumulate and age (Chromium)', () => {
  let s: ChromiumSession;
  let served = '';
  let bundles: Record<'A' | 'B' | 'C', string>;
  beforeAll(async () => {
    const keys = await testKeys();
    const A = await signPayload(germanySigns('2026.12.11'), keys);
    const B = await signPayload(swedenSigns('2026.12.12'), keys);
    const C = await signPayload(expiredBundle('2026.12.13'), keys);
    s = await launchChromium({ extensionDir: buildTrustingKey(keys.publicKey) });
    s.server.route('/feed/campaign.json', (_req, res) => {
      res.writeHead(200, {
        'content-type': 'application/json',
        'access-control-allow-origin': '*',
      });
      res.end(served);
    });
    bundles = { A, B, C };
  });
  afterAll(async () => {
    await s?.close();
  });

  let options: Page;
  const lastCheck = async () =>
    (
      await options.evaluate(() =>
        (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.get(
          'campaignUpdateState',
        ),
      )
    )['campaignUpdateState'] as { outcome: string; version?: string } | undefined;

  /** Serve `bundle` and press "Check now"; wait until the background took it. */
  async function update(bundle: string, version: string) {
    served = bundle;
    await options.getByRole('button', { name: 'Check now' }).click();
    await expect
      .poll(async () => {
        const c = await lastCheck();
        return c && `${c.outcome} ${c.version ?? ''}`;
      })
      .toBe(`updated ${version}`);
  }

  /** The reader's country, set on the options page. */
  async function setCountry(code: string) {
    await options.locator('#tlo-country').selectOption(code);
    await expect.poll(() => options.locator('#tlo-country').inputValue()).toBe(code);
  }

  /** What the panel says of the reader's country, once the reader opened it. */
  async function countryInPanel(): Promise<{ name: string | null; status: string | null }> {
    const page = await s.newPage(s.server.url(ARTICLE));
    await panelRendered(page, 20000);
    // Opened from its tab the first time, the panel then opens by itself (saved for every
    // site): the reader's click is on the tab or on "Show where my country stands".
    for (let i = 0; i < 100 && !(await panel(page).locator('.country-name').count()); i++) {
      const open = (await panel(page).locator('.frame').getAttribute('data-open')) === 'true';
      const target = panel(page).locator(open ? '.country-show' : '.tab');
      if (await target.boundingBox()) await target.click().catch(() => undefined);
      await page.waitForTimeout(150);
    }
    await panel(page).locator('.country-name').waitFor({ timeout: 15000 });
    const out = {
      name: await panel(page).locator('.country-name').textContent(),
      status: await panel(page).locator('.country .status').getAttribute('class'),
    };
    await page.close();
    return out;
  }

  it('A then B both hold after the service worker is killed', { timeout: 180_000 }, async () => {
    options = await s.openExtensionPage('options.html');
    await options.locator('#tlo-country').waitFor({ timeout: 20000 });
    await options.getByRole('button', { name: 'Change address' }).click();
    await options.locator('#tlo-update-url').fill(s.server.url('/feed/campaign.json'));
    await options.getByRole('button', { name: 'Save', exact: true }).click();

    // Built in: Germany not listed, Sweden unknown.
    await setCountry('DE');
    expect((await countryInPanel()).status).not.toContain('status-signed');

    await update(bundles.A, '2026.12.11');
    await update(bundles.B, '2026.12.12');

    // Kill the worker, as Chrome does to an idle one; the next page wakes a fresh one, which
    // re-applies what was stored.
    const cdp = await s.context.newCDPSession(options);
    const workers = async () =>
      (
        (await cdp.send('Target.getTargets')) as {
          targetInfos: { type: string; url: string; targetId: string }[];
        }
      ).targetInfos.filter(
        (t) => t.type === 'service_worker' && t.url.startsWith(s.extensionUrl('')),
      );
    for (const t of await workers()) await cdp.send('Target.closeTarget', { targetId: t.targetId });
    await expect.poll(async () => (await workers()).length, { timeout: 10000 }).toBe(0);
    await cdp.detach();

    expect(await countryInPanel()).toEqual({
      name: 'Germany',
      status: expect.stringContaining('status-signed') as unknown as string,
    });
    await setCountry('SE');
    expect(await countryInPanel()).toEqual({
      name: 'Sweden',
      status: expect.stringContaining('status-signed') as unknown as string,
    });
    // Re-serving A (already applied, older than B) is refused: nothing rolls back.
    served = bundles.A;
    await options.getByRole('button', { name: 'Check now' }).click();
    await expect.poll(async () => (await lastCheck())?.outcome).toBe('not_newer');
    await setCountry('DE');
    expect((await countryInPanel()).status).toContain('status-signed');
  });

  it('an expired bundle: the panel and the options page say the data may be out of date', async () => {
    const fresh = options.getByTestId('data-from');
    expect(await fresh.getAttribute('data-stale')).toBe('false');
    await update(bundles.C, '2026.12.13');
    await options.reload();
    await expect.poll(() => fresh.getAttribute('data-stale')).toBe('true');
    expect(await fresh.textContent()).toMatch(/Jun 1, 2026/);

    const page = await s.newPage(s.server.url(ARTICLE));
    await panelRendered(page, 20000);
    if ((await panel(page).locator('.frame').getAttribute('data-open')) !== 'true')
      await panel(page).locator('.tab').click();
    const line = panel(page).locator('.data-from');
    await line.waitFor();
    expect(await line.getAttribute('class')).toContain('warn');
    expect(await line.textContent()).toMatch(/Jun 1, 2026/);
    await page.close();
  });
});
