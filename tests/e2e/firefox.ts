/**
 * End-to-end harness for Firefox ESR over WebDriver BiDi (no geckodriver, no Playwright):
 * start `firefox-esr -headless --remote-debugging-port=0`, open a BiDi session, install the
 * built extension with `webExtension.install`, then drive pages with browsingContext/script.
 *
 * The extension's internal UUID is pinned through the `extensions.webextensions.uuids` pref
 * so extension pages have a known moz-extension:// origin.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { firefoxPath, requireBuild } from './browsers';
import { startServer, type FixtureServer } from './server';
import { activeSessions, artifactsDir, type ConsoleProblem } from './harness';

const GECKO_ID = 'treaty-lens@treaty-lens.org';

type Json = Record<string, unknown>;

/** A minimal WebDriver BiDi client: commands with ids, events to listeners. */
class Bidi {
  private next = 1;
  private pending = new Map<number, { ok: (v: Json) => void; fail: (e: Error) => void }>();
  private listeners: ((method: string, params: Json) => void)[] = [];
  constructor(private ws: WebSocket) {
    ws.on('message', (data) => {
      const msg = JSON.parse(String(data)) as Json;
      if (typeof msg.id === 'number') {
        const p = this.pending.get(msg.id);
        this.pending.delete(msg.id);
        if (msg.type === 'error')
          p?.fail(new Error(`${String(msg.error)}: ${String(msg.message)}`));
        else p?.ok((msg.result ?? {}) as Json);
      } else if (msg.type === 'event') {
        for (const l of this.listeners) l(String(msg.method), (msg.params ?? {}) as Json);
      }
    });
  }
  send<T = Json>(method: string, params: Json = {}, timeoutMs = 30000): Promise<T> {
    const id = this.next++;
    return new Promise<T>((ok, fail) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        fail(new Error(`BiDi ${method} timed out`));
      }, timeoutMs);
      this.pending.set(id, {
        ok: (v) => (clearTimeout(timer), ok(v as T)),
        fail: (e) => (clearTimeout(timer), fail(e)),
      });
      this.ws.send(JSON.stringify({ id, method, params }));
    });
  }
  on(l: (method: string, params: Json) => void) {
    this.listeners.push(l);
  }
}

/** Turn a BiDi remote value into plain JS (strings, numbers, booleans, null, arrays, objects). */
function deserialize(v: Json | undefined): unknown {
  if (!v) return undefined;
  switch (v.type) {
    case 'undefined':
      return undefined;
    case 'null':
      return null;
    case 'string':
    case 'boolean':
      return v.value;
    case 'number':
      return typeof v.value === 'string' ? Number(v.value) : v.value;
    case 'array':
      return ((v.value as Json[]) ?? []).map(deserialize);
    case 'object':
      return Object.fromEntries(
        ((v.value as [unknown, Json][]) ?? []).map(([k, val]) => [
          typeof k === 'string' ? k : deserialize(k as Json),
          deserialize(val),
        ]),
      );
    default:
      return `[${String(v.type)}]`;
  }
}

export interface FirefoxTab {
  context: string;
  /**
   * Evaluate an expression (or async IIFE) in the page's main world and return plain JSON. With
   * `sandbox`, evaluate in a named sandbox instead: the page's DOM seen through Gecko's Xray
   * wrappers, with pristine built-ins (for pages that break their own).
   */
  eval<T = unknown>(expression: string, opts?: { sandbox?: string }): Promise<T>;
  /** Poll an expression until it is truthy (or time out with a clear message). */
  waitFor<T = unknown>(expression: string, timeoutMs?: number): Promise<T>;
  navigate(url: string): Promise<void>;
  /**
   * Click the element an expression evaluates to, as a user would: a real (trusted) pointer
   * click through WebDriver BiDi input actions, not `element.click()` — the panel ignores
   * untrusted clicks, which a news site's script could fake.
   */
  click(elementExpression: string, opts?: { sandbox?: string }): Promise<void>;
  /**
   * Type into the element an expression evaluates to as a person does: a real click to focus
   * it, then one key down and up per character (WebDriver BiDi key actions, trusted input),
   * `delayMs` apart. With `replace`, what the field holds is first selected with Ctrl+A and
   * deleted, as a person clears it.
   */
  type(
    elementExpression: string,
    text: string,
    opts?: { delayMs?: number; replace?: boolean },
  ): Promise<void>;
  screenshot(file: string): Promise<void>;
  close(): Promise<void>;
}

export interface FirefoxSession {
  server: FixtureServer;
  /** The add-on id Firefox reports after webExtension.install. */
  addonId: string;
  /**
   * Firefox refuses to let WebDriver navigate a tab to moz-extension:// URLs, so extension
   * pages are reached the way a user reaches them: the extension opens them (the panel's
   * "Write to my government", a notification …). This waits for such a tab and returns it.
   */
  waitForTab(urlPrefix: string, timeoutMs?: number): Promise<FirefoxTab>;
  /** URLs of the open top-level tabs. */
  tabUrls(): Promise<string[]>;
  extensionUuid: string;
  extensionUrl(path: string): string;
  newTab(url: string): Promise<FirefoxTab>;
  problems: ConsoleProblem[];
  screenshotAll(name: string): Promise<string[]>;
  close(opts?: { allowProblems?: boolean }): Promise<void>;
}

/** Launch Firefox ESR headless with the built extension installed temporarily. */
export async function launchFirefox(
  opts: {
    server?: FixtureServer;
    locale?: string;
    /** Install this build instead of the default one (e.g. a copy with a test feed key). */
    extensionDir?: string;
  } = {},
): Promise<FirefoxSession> {
  const extDir = opts.extensionDir ?? requireBuild('firefox');
  const server = opts.server ?? (await startServer());
  const work = mkdtempSync(join(tmpdir(), 'treaty-lens-ff-'));
  const profile = join(work, 'profile');
  mkdirSync(profile);
  const uuid = randomUUID();
  const prefs: Record<string, unknown> = {
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
    'app.update.enabled': false,
    'app.update.auto': false,
    'browser.shell.checkDefaultBrowser': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.enabled': false,
    'browser.startup.homepage_override.mstone': 'ignore',
    'browser.aboutwelcome.enabled': false,
    'extensions.autoDisableScopes': 0,
    'extensions.enabledScopes': 15,
    'network.captive-portal-service.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'extensions.update.enabled': false,
    'browser.ping-centre.telemetry': false,
    'network.connectivity-service.enabled': false,
    'intl.locale.requested': opts.locale ?? 'en-US',
    'intl.accept_languages': opts.locale ?? 'en-US',
    // Let webExtension.install take an unsigned, temporary add-on.
    'xpinstall.signatures.required': false,
  };
  writeFileSync(
    join(profile, 'user.js'),
    Object.entries(prefs)
      .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`)
      .join('\n'),
  );

  const child: ChildProcess = spawn(
    firefoxPath(),
    ['-headless', '--remote-debugging-port=0', '--no-remote', '--profile', profile, 'about:blank'],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' } },
  );
  const wsUrl = await new Promise<string>((ok, fail) => {
    let buf = '';
    const timer = setTimeout(
      () => fail(new Error(`Firefox did not start BiDi in time:\n${buf}`)),
      60000,
    );
    const onData = (d: Buffer) => {
      buf += d.toString();
      const m = /WebDriver BiDi listening on (ws:\/\/[^\s]+)/.exec(buf);
      if (m) {
        clearTimeout(timer);
        ok(m[1]!);
      }
    };
    child.stderr?.on('data', onData);
    child.stdout?.on('data', onData);
    child.on('exit', (code) =>
      fail(new Error(`Firefox exited (${code}) before BiDi started:\n${buf}`)),
    );
  });
  const ws = new WebSocket(`${wsUrl.replace(/\/$/, '')}/session`);
  await new Promise((ok, fail) => (ws.once('open', ok), ws.once('error', fail)));
  const bidi = new Bidi(ws);
  await bidi.send('session.new', { capabilities: { alwaysMatch: { acceptInsecureCerts: true } } });
  const installed = await bidi.send<{ extension: string }>('webExtension.install', {
    extensionData: { type: 'path', path: extDir },
  });

  const problems: ConsoleProblem[] = [];
  await bidi.send('session.subscribe', { events: ['log.entryAdded'] });
  bidi.on((method, params) => {
    if (method !== 'log.entryAdded' || params.level !== 'error') return;
    const text = String(params.text ?? '');
    const stack = JSON.stringify(params.stackTrace ?? '');
    const src = (params.source as Json | undefined)?.realm;
    if (stack.includes('moz-extension://') || text.includes('moz-extension://'))
      problems.push({ where: `firefox ${String(src ?? '')}`, text: `${text} ${stack}` });
  });

  const extensionUrl = (p: string) => `moz-extension://${uuid}/${p.replace(/^\//, '')}`;
  const tabs = new Set<FirefoxTab>();

  /**
   * The panel's shadow root is closed (issue 15): `host.shadowRoot` is null for any script.
   * Expressions may name it `__panelRoot`: the harness finds it with WebDriver BiDi's
   * `browsingContext.locateNodes` (`includeShadowTree: 'all'` serialises closed roots too; a
   * page cannot do this) and passes it in as an argument. Null when there is no panel.
   */
  const PANEL_ROOT = '__panelRoot';
  const panelRootArg = async (context: string): Promise<Json> => {
    const r = await bidi.send<{ nodes: { value?: { shadowRoot?: { sharedId?: string } } }[] }>(
      'browsingContext.locateNodes',
      {
        context,
        locator: { type: 'css', value: 'treaty-lens-panel' },
        maxNodeCount: 1,
        serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
      },
    );
    const id = r.nodes[0]?.value?.shadowRoot?.sharedId;
    return id ? { sharedId: id } : { type: 'null' };
  };
  /** Evaluate `expression` (which may use `__panelRoot`) in `context`. */
  const run = async (
    context: string,
    expression: string,
    o: { sandbox?: string },
    awaitPromise: boolean,
  ) => {
    const target = { context, ...(o.sandbox ? { sandbox: o.sandbox } : {}) };
    if (!expression.includes(PANEL_ROOT))
      return bidi.send<{ type: string; result?: Json; exceptionDetails?: Json }>(
        'script.evaluate',
        { expression, target, awaitPromise, resultOwnership: 'none' },
      );
    return bidi.send<{ type: string; result?: Json; exceptionDetails?: Json }>(
      'script.callFunction',
      {
        functionDeclaration: `function (${PANEL_ROOT}) { return (${expression}); }`,
        arguments: [await panelRootArg(context)],
        target,
        awaitPromise,
        resultOwnership: 'none',
      },
    );
  };

  const makeTab = (context: string): FirefoxTab => {
    const tab: FirefoxTab = {
      context,
      async eval<T>(expression: string, o: { sandbox?: string } = {}) {
        const r = await run(context, expression, o, true);
        if (r.type === 'exception')
          throw new Error(`evaluate failed: ${JSON.stringify(r.exceptionDetails)}`);
        return deserialize(r.result) as T;
      },
      async waitFor<T>(expression: string, timeoutMs = 10000) {
        const end = Date.now() + timeoutMs;
        for (;;) {
          const v = await tab.eval<T>(expression).catch(() => undefined);
          if (v) return v;
          if (Date.now() > end) throw new Error(`timed out waiting for: ${expression}`);
          await new Promise((r) => setTimeout(r, 100));
        }
      },
      async navigate(url) {
        await bidi.send('browsingContext.navigate', { context, url, wait: 'complete' });
      },
      async click(elementExpression, o: { sandbox?: string } = {}) {
        // Like a Playwright locator: wait (up to 10 s) for the element, and for its box to
        // stay put for 100 ms while it overlaps the viewport — the panel slides in, and
        // Firefox holds that animation while its tab is in the background. If the box never
        // settles (a hostile page keeps moving the host), click where it is after 3 s.
        const boxOf = `(() => { const e = (${elementExpression}); if (!e || !e.getBoundingClientRect) return ''; const b = e.getBoundingClientRect(); const on = b.width > 0 && b.height > 0 && b.right > 0 && b.bottom > 0 && b.left < innerWidth && b.top < innerHeight; return on ? [b.x, b.y, b.width, b.height].map(Math.round).join() : 'off'; })()`;
        const start = Date.now();
        let previous = '';
        let sharedId: string | undefined;
        for (;;) {
          const box = await run(context, boxOf, o, false);
          const now = box.type === 'success' ? (deserialize(box.result) as string) : '';
          const settled = now !== '' && now !== 'off' && now === previous;
          if (settled || (now !== '' && Date.now() - start > 3000) || Date.now() - start > 10000) {
            const r = (await run(context, elementExpression, o, false)) as {
              type: string;
              result?: { type: string; sharedId?: string };
            };
            sharedId = r.type === 'success' && r.result?.type === 'node' ? r.result.sharedId : '';
            if (sharedId || Date.now() - start > 10000) break;
          }
          previous = now;
          await new Promise((r) => setTimeout(r, 100));
        }
        if (!sharedId) throw new Error(`click: ${elementExpression} is not an element`);
        await bidi.send('input.performActions', {
          context,
          actions: [
            {
              type: 'pointer',
              id: 'mouse',
              parameters: { pointerType: 'mouse' },
              actions: [
                {
                  type: 'pointerMove',
                  x: 0,
                  y: 0,
                  origin: { type: 'element', element: { sharedId } },
                },
                { type: 'pointerDown', button: 0 },
                { type: 'pointerUp', button: 0 },
              ],
            },
          ],
        });
        await bidi.send('input.releaseActions', { context });
      },
      async type(elementExpression, text, o: { delayMs?: number; replace?: boolean } = {}) {
        await tab.click(elementExpression);
        const press = (...values: string[]) => [
          ...values.map((value) => ({ type: 'keyDown', value })),
          ...values.reverse().map((value) => ({ type: 'keyUp', value })),
        ];
        // WebDriver key codes: U+E009 Control, U+E017 Delete.
        const clear = o.replace ? [...press('\uE009', 'a'), ...press('\uE017')] : [];
        // One press per character (a code point), `delayMs` apart.
        const keys = [
          ...clear,
          ...[...text].flatMap((value) => [
            ...press(value),
            { type: 'pause', duration: o.delayMs ?? 40 },
          ]),
        ];
        await bidi.send('input.performActions', {
          context,
          actions: [{ type: 'key', id: 'keyboard', actions: keys }],
        });
        await bidi.send('input.releaseActions', { context });
      },
      async screenshot(file) {
        const r = await bidi.send<{ data: string }>('browsingContext.captureScreenshot', {
          context,
        });
        writeFileSync(file, Buffer.from(r.data, 'base64'));
      },
      async close() {
        tabs.delete(tab);
        await bidi.send('browsingContext.close', { context }).catch(() => undefined);
      },
    };
    tabs.add(tab);
    return tab;
  };

  let shots = 0;
  const session: FirefoxSession = {
    server,
    addonId: installed.extension,
    async waitForTab(prefix, timeoutMs = 15000) {
      const end = Date.now() + timeoutMs;
      for (;;) {
        const tree = await bidi.send<{ contexts: { context: string; url: string }[] }>(
          'browsingContext.getTree',
          { maxDepth: 0 },
        );
        const hit = tree.contexts.find((c) => c.url.startsWith(prefix));
        if (hit) return [...tabs].find((t) => t.context === hit.context) ?? makeTab(hit.context);
        if (Date.now() > end) throw new Error(`no tab opened at ${prefix}`);
        await new Promise((r) => setTimeout(r, 150));
      }
    },
    async tabUrls() {
      const tree = await bidi.send<{ contexts: { url: string }[] }>('browsingContext.getTree', {
        maxDepth: 0,
      });
      return tree.contexts.map((c) => c.url);
    },
    extensionUuid: uuid,
    extensionUrl,
    async newTab(url) {
      const { context } = await bidi.send<{ context: string }>('browsingContext.create', {
        type: 'tab',
      });
      await bidi.send('browsingContext.setViewport', {
        context,
        viewport: { width: 1280, height: 800 },
      });
      const tab = makeTab(context);
      await tab.navigate(url);
      return tab;
    },
    problems,
    async screenshotAll(name) {
      mkdirSync(artifactsDir, { recursive: true });
      const out: string[] = [];
      for (const t of tabs) {
        const file = join(artifactsDir, `firefox-${name.replace(/[^\w.-]+/g, '_')}-${++shots}.png`);
        await t.screenshot(file).catch(() => undefined);
        out.push(file);
      }
      return out;
    },
    async close(o = {}) {
      activeSessions.delete(session);
      const found = [...problems];
      await bidi.send('browser.close', {}, 5000).catch(() => undefined);
      ws.close();
      await new Promise((r) => {
        if (child.exitCode !== null) return r(undefined);
        const t = setTimeout(() => (child.kill('SIGKILL'), r(undefined)), 5000);
        child.once('exit', () => (clearTimeout(t), r(undefined)));
      });
      if (!opts.server) await server.close();
      rmSync(work, { recursive: true, force: true });
      if (found.length && !o.allowProblems)
        throw new Error(
          `Firefox extension contexts logged ${found.length} error(s):\n` +
            found.map((p) => `  ${p.text}`).join('\n'),
        );
    },
  };
  activeSessions.add(session);
  return session;
}
