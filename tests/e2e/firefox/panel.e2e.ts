// The in-page panel in real Firefox ESR: present on a matching article, absent on a negative,
// and "Write to my government" opens the composer tab with the article context.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxSession } from '../firefox';

const COUNT = `document.querySelectorAll('treaty-lens-panel').length`;
/** The panel rendered (its shadow root holds the frame once the campaign view arrived). */
// The panel itself (panel.js), not the collapsed tab the detector draws first and panel.js
// replaces: clicking that one can race its replacement.
const RENDERED = `!!__panelRoot?.querySelector('.frame > [role=status]')`;

describe('context panel (Firefox)', () => {
  let s: FirefoxSession;
  beforeAll(async () => {
    s = await launchFirefox();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('appears on a matching article and not on a negative page', async () => {
    const tab = await s.newTab(s.server.url('/demo/en-un-treaty-vote.html'));
    await tab.waitFor(RENDERED, 20000);
    expect(await tab.eval<number>(COUNT)).toBe(1);
    const neg = await s.newTab(s.server.url('/demo/en-budapest-protocol.html'));
    await new Promise((r) => setTimeout(r, 3000));
    expect(await neg.eval<number>(COUNT)).toBe(0);
    await neg.close();
    await tab.close();
  });

  it('"Write to my government" opens the composer tab with the article context', async () => {
    const url = s.server.url('/demo/ar-ittifaqiya.html');
    const tab = await s.newTab(url);
    await tab.waitFor(RENDERED, 20000);
    expect(await tab.eval<string>(`__panelRoot.querySelector('.frame').dir`)).toBe('rtl');
    // Real pointer clicks: the panel acts only on trusted input.
    const inPanel = (sel: string) => `__panelRoot.querySelector('${sel}')`;
    if ((await tab.eval<string>(`${inPanel('.frame')}.dataset.open`)) !== 'true')
      await tab.click(inPanel('.tab'));
    await tab.waitFor(`${inPanel('.frame')}.dataset.open === 'true'`);
    await tab.click(inPanel('.write-btn'));
    const composer = await s.waitForTab(s.extensionUrl('composer.html'), 20000);
    const href = await composer.eval<string>('location.href');
    const ctx = JSON.parse(
      Buffer.from(new URL(href).searchParams.get('ctx') ?? '', 'base64url').toString('utf8'),
    ) as Record<string, string>;
    expect(ctx.url).toBe(url);
    expect(ctx.lang).toBe('ar');
    // The page's host, not its og:site_name; no passage the reader did not select.
    expect(ctx.outlet).toBe(new URL(url).hostname);
    expect(ctx.passage).toBe('');
    await composer.close();
    await tab.close();
  });
});
