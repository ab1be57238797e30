// Issue 15 in Firefox ESR (Gecko's Xray isolation, not Chromium's worlds): a page script that
// clicks the tab, restyles the panel, focuses it or hides treaty text with a stylesheet
// achieves nothing. Same pages as tests/e2e/chromium/page-attacks.e2e.ts (attack-pages.ts);
// the reader's clicks are real pointer input through WebDriver BiDi.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HIDING, installAttackPages } from '../attack-pages';
import { launchFirefox, type FirefoxSession, type FirefoxTab } from '../firefox';

const HOST = `document.getElementsByTagName('treaty-lens-panel')`;
const inPanel = (sel: string) => `__panelRoot.querySelector('${sel}')`;
const OPEN = `__panelRoot?.querySelector('.frame')?.dataset.open === 'true'`;
const CLOSED = `__panelRoot?.querySelector('.frame')?.dataset.open === 'false'`;
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('a hostile page against the panel (Firefox)', () => {
  let s: FirefoxSession;
  beforeAll(async () => {
    s = await launchFirefox();
    installAttackPages(s.server);
  });
  afterAll(async () => {
    await s?.close();
  });

  async function probe(): Promise<FirefoxTab> {
    const tab = await s.newTab(s.server.url('/attack/probe.html'));
    await tab.waitFor(`!!${inPanel('.tab')}`, 20000);
    return tab;
  }
  async function stillRuns(): Promise<boolean> {
    const other = await s.newTab(s.server.url('/attack/hidden-none.html'));
    const ok = await other
      .waitFor(`${HOST}.length === 1`, 20000)
      .then(() => true)
      .catch(() => false);
    await other.close();
    return ok;
  }

  it('cannot open the panel or save "open" by clicking its tab, nor read the country', async () => {
    const tab = await probe();
    const seen = await tab.eval<{ clickHits: number }>(`window.__attack('click')`);
    expect(seen.clickHits).toBeGreaterThan(0);
    await wait(1000);
    expect(await tab.eval(CLOSED)).toBe(true);
    const next = await probe();
    await wait(500);
    expect(await next.eval(CLOSED)).toBe(true);
    await next.close();
    // The reader opens it: the country shows in the panel and nowhere the page can read.
    await tab.click(inPanel('.tab'));
    await tab.waitFor(OPEN);
    const country = await tab.waitFor<string>(`${inPanel('.country-name')}?.textContent`);
    expect(country).toBe('United States');
    expect(await tab.eval(`window.__attack('read', ${JSON.stringify(country)})`)).toMatchObject({
      shadowRoot: false,
      closedRootReopened: false,
      countryInDocument: false,
      countryInHost: false,
    });
    await tab.click(inPanel('.close-btn'));
    await tab.waitFor(CLOSED);
    await tab.close();
  });

  it('cannot pause or dismiss through clicks, keys, focus or a restyled host', async () => {
    const tab = await probe();
    await tab.click(inPanel('.tab'));
    await tab.waitFor(OPEN);
    await tab.eval(`window.__attack('click')`);
    expect(await tab.eval<{ focusedHost: boolean }>(`window.__attack('focus')`)).toMatchObject({
      focusedHost: true,
    });
    await tab.eval(`window.__attack('restyle')`);
    // The host's attributes are put back, in the top layer.
    await tab.waitFor(`${HOST}[0].matches(':popover-open') && !${HOST}[0].hasAttribute('class')`);
    await tab.eval(`window.__attack('wrap')`);
    // A real click on the (now invisible, moved) pause button does nothing.
    await tab.click(inPanel('.pause-btn'));
    await wait(1000);
    expect(await tab.eval(`${HOST}.length`)).toBe(1);
    expect(await stillRuns()).toBe(true);
    await tab.close();
  });

  it('shows the panel for the visible article (the control page)', async () => {
    const tab = await s.newTab(s.server.url('/attack/hidden-none.html'));
    await tab.waitFor('window.__sawPanel === true', 20000);
    await tab.close();
  });

  for (const how of Object.keys(HIDING).filter((h) => h !== 'none'))
    it(`shows no panel for treaty text hidden by a stylesheet (${how})`, async () => {
      const tab = await s.newTab(s.server.url(`/attack/hidden-${how}.html`));
      await wait(how === 'late' ? 5000 : 3500);
      expect(await tab.eval('window.__sawPanel')).toBe(false);
      expect(await tab.eval(`${HOST}.length`)).toBe(0);
      await tab.close();
    });
});
