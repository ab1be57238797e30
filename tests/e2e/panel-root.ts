/**
 * Reach inside the in-page panel from a Chromium test. The panel's shadow root is closed (issue
 * 15): `host.shadowRoot` is null for page scripts and for Playwright's locators alike, and the
 * build has no test hook. Tests go through the DevTools protocol instead, which a page cannot
 * use: `DOM.describeNode({ pierce: true })` names the closed root, `DOM.resolveNode` hands it to
 * a private isolated world of the test's own (pristine built-ins, whatever the page broke), and
 * clicks are real mouse input at the element's centre (trusted, like the reader's).
 *
 *   const panel = await panelOf(page);
 *   await panel.locator('.tab').click();
 *   expect(await panel.locator('.frame').getAttribute('data-open')).toBe('true');
 */
import type { CDPSession, Page } from 'playwright-core';

/** The panel's host element. */
export const HOST = 'treaty-lens-panel';

type Box = { x: number; y: number; width: number; height: number };

/** A Playwright-like handle on the elements matching a selector inside the closed root. */
export interface PanelLocator {
  /** Wait for the element, then click its centre with the mouse (a trusted click). */
  click(opts?: { timeout?: number }): Promise<void>;
  count(): Promise<number>;
  getAttribute(name: string): Promise<string | null>;
  textContent(): Promise<string | null>;
  boundingBox(): Promise<Box | null>;
  /** Run `fn(element, arg)` in the test's world; `fn` must be self-contained. */
  evaluate<T, A = undefined>(fn: (el: HTMLElement, arg: A) => T, arg?: A): Promise<T>;
  /** `attached` (default) or `visible` (has a box); `detached` waits for it to go. */
  waitFor(opts?: { state?: 'attached' | 'visible' | 'detached'; timeout?: number }): Promise<void>;
  focus(): Promise<void>;
  first(): PanelLocator;
  nth(i: number): PanelLocator;
}

/** The panel of one page. */
export interface PanelRoot {
  locator(selector: string): PanelLocator;
  /**
   * Run `fn(root, arg)` on the shadow root (null when there is no panel) in the test's world;
   * `fn` must be self-contained (or its source text).
   */
  evaluate<T, A = undefined>(fn: (root: ShadowRoot | null, arg: A) => T, arg?: A): Promise<T>;
  detach(): Promise<void>;
}

interface Remote {
  objectId?: string;
  value?: unknown;
}

/** The panel of `page`, reached through a DevTools session of the test. */
export async function panelOf(page: Page): Promise<PanelRoot> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  let world: number | null = null;
  let worldFrame = '';

  async function worldId(): Promise<number> {
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as {
      frameTree: { frame: { id: string; loaderId: string } };
    };
    const key = `${frameTree.frame.id}/${frameTree.frame.loaderId}`;
    if (world === null || worldFrame !== key) {
      const r = (await cdp.send('Page.createIsolatedWorld', {
        frameId: frameTree.frame.id,
        worldName: 'treaty-lens-test',
      })) as { executionContextId: number };
      world = r.executionContextId;
      worldFrame = key;
    }
    return world;
  }

  /** The closed shadow root as an object in the test's world, or null. */
  async function root(): Promise<string | null> {
    const contextId = await worldId();
    const host = (await cdp.send('Runtime.evaluate', {
      expression: `document.querySelector('${HOST}')`,
      contextId,
    })) as { result: Remote };
    if (!host.result.objectId) return null;
    const { node } = (await cdp.send('DOM.describeNode', {
      objectId: host.result.objectId,
      depth: 0,
      pierce: true,
    })) as { node: { shadowRoots?: { backendNodeId: number }[] } };
    await cdp.send('Runtime.releaseObject', { objectId: host.result.objectId });
    const backendNodeId = node.shadowRoots?.[0]?.backendNodeId;
    if (!backendNodeId) return null;
    const r = (await cdp.send('DOM.resolveNode', {
      backendNodeId,
      executionContextId: contextId,
    })) as { object: Remote };
    return r.object.objectId ?? null;
  }

  /** Call `fn(root, ...args)` in the test's world; JSON result. */
  async function call<T>(fn: string, ...args: unknown[]): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        const objectId = await root();
        const decl = `function (...a) { return (${fn})(this === globalThis ? null : this, ...a); }`;
        const r = (await cdp.send('Runtime.callFunctionOn', {
          functionDeclaration: decl,
          ...(objectId ? { objectId } : { executionContextId: await worldId() }),
          arguments: args.map((value) => ({ value })),
          returnByValue: true,
          awaitPromise: true,
        })) as { result: Remote; exceptionDetails?: { text: string; exception?: Remote } };
        if (objectId) await cdp.send('Runtime.releaseObject', { objectId });
        if (r.exceptionDetails)
          throw new Error(
            `panel: ${r.exceptionDetails.text} ${JSON.stringify(r.exceptionDetails.exception ?? '')}`,
          );
        return r.result.value as T;
      } catch (e) {
        // A navigation or a re-mounted panel invalidates handles: try once more, fresh.
        if (attempt >= 2 || !/context|Cannot find|No node|not found/i.test(String(e))) throw e;
        world = null;
      }
    }
  }

  const poll = async <T>(
    what: string,
    get: () => Promise<T>,
    ok: (v: T) => boolean,
    timeout: number,
  ): Promise<T> => {
    const end = Date.now() + timeout;
    for (;;) {
      const v = await get();
      if (ok(v)) return v;
      if (Date.now() > end)
        throw new Error(`panel: timed out after ${timeout} ms waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  const FIND = `(root, sel, i) => {
    if (!root) return null;
    const all = root.querySelectorAll(sel);
    return (i < 0 ? all[all.length + i] : all[i]) ?? null;
  }`;

  const locator = (selector: string, index = 0): PanelLocator => {
    const on = <T>(body: string, arg?: unknown) =>
      call<T>(
        `(root, sel, i, arg) => { const el = (${FIND})(root, sel, i); return (${body})(el, arg); }`,
        selector,
        index,
        arg,
      );
    const box = () =>
      on<Box | null>(`(el) => {
        if (!el) return null;
        const r = el.getBoundingClientRect();
        return r.width || r.height ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
      }`);
    const self: PanelLocator = {
      async click(o = {}) {
        const timeout = o.timeout ?? 15000;
        await poll(`${selector} to be visible`, box, (b) => !!b, timeout);
        await on(`(el) => el.scrollIntoView({ block: 'nearest', inline: 'nearest' })`);
        // Wait until it stops moving (the panel slides in): two boxes 100 ms apart, never two
        // read back to back in one frame (they agree before the slide has even started).
        let last = await box();
        await new Promise((r) => setTimeout(r, 100));
        const b = await poll(
          `${selector} to stop moving`,
          async () => {
            const now = await box();
            const same = JSON.stringify(now) === JSON.stringify(last);
            last = now;
            return same ? now : null;
          },
          (v) => !!v,
          timeout,
        );
        await page.mouse.click(b!.x + b!.width / 2, b!.y + b!.height / 2);
      },
      count: () =>
        call<number>(`(root, sel) => (root ? root.querySelectorAll(sel).length : 0)`, selector),
      getAttribute: (name) =>
        on<string | null>(`(el, n) => (el ? el.getAttribute(n) : null)`, name),
      textContent: () => on<string | null>(`(el) => (el ? el.textContent : null)`),
      boundingBox: box,
      evaluate: <T, A>(fn: (el: HTMLElement, arg: A) => T, arg?: A) =>
        on<T>(
          `(el, arg) => { if (!el) throw new Error('no element for ${selector.replace(/'/g, '')}'); return (${fn.toString()})(el, arg); }`,
          arg,
        ),
      async waitFor(o = {}) {
        const state = o.state ?? 'attached';
        const timeout = o.timeout ?? 15000;
        if (state === 'visible') await poll(`${selector} visible`, box, (b) => !!b, timeout);
        else
          await poll(
            `${selector} ${state}`,
            () => on<boolean>(`(el) => !!el`),
            (v) => v === (state === 'attached'),
            timeout,
          );
      },
      focus: () => on<void>(`(el) => { el.focus(); }`),
      first: () => locator(selector, 0),
      nth: (i) => locator(selector, i),
    };
    return self;
  };

  return {
    locator: (selector) => locator(selector),
    evaluate: <T, A>(fn: (root: ShadowRoot | null, arg: A) => T, arg?: A) =>
      call<T>(typeof fn === 'string' ? fn : fn.toString(), arg),
    detach: () => cdp.detach(),
  };
}

const sessions = new WeakMap<Page, Promise<PanelRoot>>();

/**
 * The panel of `page`, one DevTools session per page, opened on first use: the same methods as
 * `panelOf` without the await, so `panel(page).locator('.tab').click()` reads like a locator.
 */
export function panel(page: Page): Omit<PanelRoot, 'detach'> {
  const get = () => {
    let p = sessions.get(page);
    if (!p) sessions.set(page, (p = panelOf(page)));
    return p;
  };
  const lazy = (selector: string, index = 0): PanelLocator => {
    const at = async () => (await get()).locator(selector).nth(index);
    return {
      click: async (o) => (await at()).click(o),
      count: async () => (await get()).locator(selector).count(),
      getAttribute: async (n) => (await at()).getAttribute(n),
      textContent: async () => (await at()).textContent(),
      boundingBox: async () => (await at()).boundingBox(),
      evaluate: async (fn, arg) => (await at()).evaluate(fn, arg),
      waitFor: async (o) => (await at()).waitFor(o),
      focus: async () => (await at()).focus(),
      first: () => lazy(selector, 0),
      nth: (i) => lazy(selector, i),
    };
  };
  return {
    locator: (selector) => lazy(selector),
    evaluate: async (fn, arg) => (await get()).evaluate(fn, arg),
  };
}

/**
 * Wait until panel.js has rendered the panel into `page` (its status region is there), not
 * only the collapsed tab the detector draws first and panel.js then takes over: reading or
 * clicking the drawn tab races that takeover, and a stored "open" preference opens the panel in
 * it (the drawn tab's `.frame` is attached sooner since it carries only tab.css).
 */
export function panelRendered(page: Page, timeout = 15000): Promise<void> {
  return panel(page).locator('.frame > [role=status]').waitFor({ state: 'attached', timeout });
}

/** Tag of the open copy `mirrorPanel` makes for axe-core. */
export const MIRROR = 'treaty-lens-axe-copy';

/**
 * For axe-core, which follows open shadow roots only: copy the closed panel (its styles and
 * markup, as rendered now) into an open shadow root of an element with the host's attributes,
 * shown in the top layer where the panel was, and take the real host out. Check the copy with
 * `include: [[MIRROR, '.frame']]`. The page is left without a working panel: close it after.
 */
export async function mirrorPanel(page: Page): Promise<void> {
  await panel(page).evaluate((root, tag) => {
    const host = root!.host;
    const copy = document.createElement(tag);
    for (const a of host.getAttributeNames()) copy.setAttribute(a, host.getAttribute(a)!);
    const open = copy.attachShadow({ mode: 'open' });
    for (const n of root!.childNodes) open.append(n.cloneNode(true));
    host.remove();
    document.documentElement.append(copy);
    copy.showPopover?.();
  }, MIRROR);
}
