// Hostile pages in Firefox ESR, where the isolation between page and extension is Gecko's own
// (Xray wrappers, not Chromium's isolated worlds) and so may differ: script payloads in titles
// and text, a stylesheet aimed at everything, built-ins tampered with in the page's world, a page
// that removes or moves the panel host, and page scripts pressing the panel's buttons. Same
// fixtures as tests/e2e/chromium/hostile.e2e.ts. Clicks that stand for the user are real pointer
// input (BiDi input.performActions); the harness fails on any error an extension context logs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxSession, type FirefoxTab } from '../firefox';

const HOST = `document.getElementsByTagName('treaty-lens-panel')`;
const COUNT = `${HOST}.length`;
/** An element in the panel's shadow root (reached from the page, as a site's script could). */
const inPanel = (sel: string) => `__panelRoot.querySelector('${sel}')`;
// The panel itself (panel.js), not the collapsed tab the detector draws first and panel.js
// replaces: clicking that one can race its replacement.
const RENDERED = `!!__panelRoot?.querySelector('.frame > [role=status]')`;
/** DOM reads in a sandbox: Xray views with pristine built-ins, whatever the page broke. */
const CLEAN = { sandbox: 'treaty-lens-test' };

async function openPanel(tab: FirefoxTab) {
  await tab.waitFor(RENDERED, 20000);
  if ((await tab.eval<string>(`${inPanel('.frame')}.dataset.open`, CLEAN)) !== 'true')
    await tab.click(inPanel('.tab'), CLEAN);
  await tab.waitFor(`${inPanel('.frame')}.dataset.open === 'true'`);
}

/** Frames the page drew in `ms` and the largest gap between two of them. */
const frames = (tab: FirefoxTab, ms: number) =>
  tab.eval<{ frames: number; max: number }>(`new Promise((done) => {
    let last = performance.now(), max = 0, frames = 0;
    const end = last + ${ms};
    const tick = (now) => { max = Math.max(max, now - last); last = now; frames++; if (now < end) requestAnimationFrame(tick); else done({ frames, max }); };
    requestAnimationFrame(tick);
  })`);

describe('hostile pages (Firefox)', () => {
  let s: FirefoxSession;
  beforeAll(async () => {
    s = await launchFirefox();
  });
  afterAll(async () => {
    await s?.close();
  });

  it('shows markup and script payloads from titles and article text as text, and runs none', async () => {
    const tab = await s.newTab(s.server.url('/hostile/xss.html'));
    await openPanel(tab);
    const shadow = await tab.eval<{ text: string; handlers: string[]; dangerous: string[] }>(
      `(() => {
        const root = __panelRoot;
        const all = [...root.querySelectorAll('*')];
        return {
          text: root.textContent,
          handlers: all.filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name) || /javascript:/i.test(a.value))).map((el) => el.tagName),
          dangerous: [...root.querySelectorAll('script, iframe, object, embed, img[src="x"], foreignObject, [srcdoc], [ontoggle]')].map((el) => el.tagName),
        };
      })()`,
    );
    expect(shadow.text).toMatch(/UN Convention against Cybercrime/);
    expect(shadow.text).toMatch(/onerror|<\/style><script>|<svg onload/);
    expect(shadow.handlers).toEqual([]);
    expect(shadow.dangerous).toEqual([]);
    // Hover and focus cards render passages too.
    await tab.click(`${inPanel('.mention')}`);
    expect(await tab.eval('window.__pwned')).toBeUndefined();
    expect(await tab.eval('typeof window.__treatyLens')).toBe('undefined');

    // The title travels to the composer (an extension page): text there too.
    await tab.click(inPanel('.write-btn'));
    const composer = await s.waitForTab(s.extensionUrl('composer.html'), 20000);
    await composer.waitFor(`!!document.querySelector('[data-testid=sender-name]')`, 20000);
    const href = await composer.eval<string>('location.href');
    const ctx = JSON.parse(
      Buffer.from(new URL(href).searchParams.get('ctx') ?? '', 'base64url').toString('utf8'),
    ) as { title: string };
    expect(ctx.title).toMatch(/<script>|<svg onload|<img src=x/);
    expect(
      await composer.eval(`({
        pwned: window.__pwned,
        handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name))).length,
        imgs: document.querySelectorAll('img[src="x"], svg[onload], script:not([src])').length,
      })`),
    ).toEqual({ pwned: undefined, handlers: 0, imgs: 0 });
    await composer.close();
    expect(await tab.eval('window.__pwned')).toBeUndefined();
    await tab.close();
  });

  it('stays visible and usable under a stylesheet aimed at everything', async () => {
    const tab = await s.newTab(s.server.url('/hostile/css.html'));
    await openPanel(tab);
    const look = await tab.eval<{
      panel: { w: number; h: number };
      button: { h: number; font: number; opacity: string; visibility: string };
      hostDisplay: string;
    }>(`(() => {
      const box = (el) => el.getBoundingClientRect();
      const btn = ${inPanel('.write-btn')};
      const cs = getComputedStyle(btn);
      return {
        panel: { w: box(${inPanel('.panel')}).width, h: box(${inPanel('.panel')}).height },
        button: { h: box(btn).height, font: parseFloat(cs.fontSize), opacity: cs.opacity, visibility: cs.visibility },
        hostDisplay: getComputedStyle(${HOST}[0]).display,
      };
    })()`);
    expect(look.panel.w).toBeGreaterThanOrEqual(280);
    expect(look.panel.w).toBeLessThanOrEqual(520);
    expect(look.panel.h).toBeGreaterThanOrEqual(400);
    expect(look.button.h).toBeGreaterThan(24);
    expect(look.button.h).toBeLessThan(80);
    expect(look.button.font).toBeGreaterThanOrEqual(12);
    expect(look.button.font).toBeLessThanOrEqual(22);
    expect(look.button).toMatchObject({ opacity: '1', visibility: 'visible' });
    expect(look.hostDisplay).not.toBe('none');
    // A real click lands on the button (the page's full-screen ::after overlay does not take it).
    await tab.click(inPanel('.write-btn'));
    const composer = await s.waitForTab(s.extensionUrl('composer.html'), 20000);
    await composer.close();
    await tab.close();
  });

  it('works when the page has tampered with its own built-ins (Xray wrappers)', async () => {
    const tab = await s.newTab(s.server.url('/hostile/builtins.html'));
    await tab.waitFor(RENDERED, 20000);
    // Read through a sandbox: the page's world is too broken to evaluate in usefully.
    await openPanel(tab);
    expect(
      await tab.eval<number>(`__panelRoot.querySelectorAll('.mention').length`, CLEAN),
    ).toBeGreaterThan(0);
    await tab.click(inPanel('.write-btn'), CLEAN);
    const composer = await s.waitForTab(s.extensionUrl('composer.html'), 20000);
    await composer.close();
    // No page getter or tampered function was ever reached by the extension.
    expect(await tab.eval(`document.documentElement.getAttribute('data-pwned')`, CLEAN)).toBeNull();
    await tab.close();
  });

  for (const mode of ['remove', 'move', 'body'] as const) {
    it(`copes with a page that keeps ${mode === 'remove' ? 'removing' : 'moving'} the panel host (${mode})`, async () => {
      const tab = await s.newTab(s.server.url(`/hostile/remove.html?mode=${mode}`));
      await tab.waitFor('window.__hits > 0', 20000);
      // Give the panel every chance to come back (and fight): an observation period, not a wait.
      await new Promise((r) => setTimeout(r, 4000));
      expect(await tab.eval<number>('window.__hits')).toBeLessThanOrEqual(3);
      expect(await tab.eval<number>(COUNT)).toBeLessThanOrEqual(1);
      const f = await frames(tab, 1000);
      expect(f.frames).toBeGreaterThan(10);
      expect(f.max).toBeLessThan(250);
      await tab.close();
    });
  }

  it("ignores page scripts that press the panel's buttons (untrusted clicks)", async () => {
    const tab = await s.newTab(s.server.url('/hostile/xss.html'));
    await openPanel(tab);
    const before = (await s.tabUrls()).length;
    // The shadow root is closed: the page cannot find the buttons. Were it to get hold of them
    // (the harness holds the root through BiDi), its clicks are untrusted and do nothing.
    expect(await tab.eval(`${HOST}[0].shadowRoot`)).toBeNull();
    await tab.eval(`(() => {
      const root = __panelRoot;
      for (const sel of ['.write-btn', '.pause-btn', '.site-off-btn']) {
        HTMLElement.prototype.click.call(root.querySelector(sel));
        root.querySelector(sel).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      }
    })()`);
    // The buttons' work is a message and a tab or a setting: give it time to happen, if it would.
    await new Promise((r) => setTimeout(r, 1500));
    expect(await s.tabUrls()).toHaveLength(before);
    expect(await tab.eval<number>(COUNT)).toBe(1);
    // Not paused and not switched off: another matching page still gets its panel.
    const other = await s.newTab(s.server.url('/hostile/malformed.html'));
    await other.waitFor(RENDERED, 20000);
    await other.close();
    await tab.close();
  });

  it('gives the page no way to message the extension', async () => {
    const tab = await s.newTab(s.server.url('/hostile/xss.html'));
    expect(
      await tab.eval(
        `typeof browser === 'undefined' && (typeof chrome === 'undefined' || !chrome.runtime?.sendMessage)`,
      ),
    ).toBe(true);
    await tab.close();
  });
});
