// Untrusted messages: the background's one entry point (`dispatch`, wired by `listen`) must turn
// away anything that is not a known message, from the right kind of sender, with a valid payload —
// and what content scripts may ask for must never include letters, identity or settings.
import fc from 'fast-check';
import * as v from 'valibot';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  addCustomRecipient,
  confirmSent,
  db,
  getSettings,
  recordHandoff,
  saveDraft,
  updateSettings,
} from '../../../lib/db';
import {
  dispatch,
  protocol,
  type Handlers,
  type MessageType,
  type SenderInfo,
} from '../../../lib/messaging';

const page: SenderInfo = {
  tabId: 3,
  frameId: 0,
  url: 'https://news.example/world/article',
  isExtensionPage: false,
};
const extPage: SenderInfo = {
  url: 'chrome-extension://test-extension-id/popup.html',
  isExtensionPage: true,
};
const types = Object.keys(protocol) as MessageType[];

/** Handlers that only record what reached them. */
function spyHandlers() {
  const calls: { type: MessageType; payload: unknown }[] = [];
  const handlers = Object.fromEntries(
    types.map((t) => [t, (p: unknown) => void calls.push({ type: t, payload: p })]),
  ) as Handlers;
  return { calls, handlers };
}

describe('the protocol map', () => {
  it('lets content scripts send exactly six messages, all named content:*', () => {
    const fromContent = types.filter((t) => protocol[t].from === 'content').sort();
    expect(fromContent).toEqual([
      'content:campaign',
      'content:detected',
      'content:hello',
      'content:openComposer',
      // The panel's "Your country: X · Change": opens the extension's own settings page, takes
      // no data and answers none (issue 18 item 6).
      'content:openOptions',
      'content:preference',
    ]);
    // Extension pages have four, and no test hook among them: the end-to-end tests make
    // follow-ups due through the database and the real alarm (tests/e2e/follow-ups.ts).
    expect(types.filter((t) => protocol[t].from === 'extension').sort()).toEqual([
      'page:checkTab',
      'page:checkUpdate',
      'page:ledgerChanged',
      'page:wipe',
    ]);
    // A name that says "content" must mean "from content", and nothing else may be.
    for (const t of types) expect(protocol[t].from === 'content').toBe(t.startsWith('content:'));
  });

  it("content:preference can only set the panel's own choices (site off, pause, panel open)", () => {
    const spec = protocol['content:preference'].payload;
    for (const ok of [
      { kind: 'siteOff', host: 'news.example' },
      { kind: 'pause' },
      { kind: 'panelOpen', open: false },
    ])
      expect(v.safeParse(spec, ok).success).toBe(true);
    for (const bad of [
      { kind: 'mode', mode: 'auto' },
      { kind: 'updateUrl', url: 'https://evil.example/feed.json' },
      { kind: 'sender', name: 'x' },
      { kind: 'followUpDays', days: 0 },
      { kind: 'disabledSites', sites: [] },
    ])
      expect(v.safeParse(spec, bad).success).toBe(false);
  });
});

describe('dispatch: the gate in front of every handler', () => {
  it('rejects non-objects and unknown types, including prototype keys', async () => {
    const { calls, handlers } = spyHandlers();
    for (const raw of [null, undefined, 0, 'content:hello', true, () => 1]) {
      expect(await dispatch(raw, page, handlers)).toEqual({ ok: false, error: 'not a message' });
    }
    expect(await dispatch([], page, handlers)).toMatchObject({ ok: false });
    for (const type of [
      '__proto__',
      'constructor',
      'toString',
      'hasOwnProperty',
      'valueOf',
      'content:letters',
      'page:settings',
      'CONTENT:HELLO',
      ' content:hello',
      'content:hello\u0000',
    ]) {
      expect(await dispatch({ type, payload: {} }, extPage, handlers)).toEqual({
        ok: false,
        error: 'unknown message type',
      });
    }
    expect(await dispatch({ type: 1, payload: {} }, extPage, handlers)).toMatchObject({
      ok: false,
    });
    expect(calls).toEqual([]);
  });

  it('rejects random message types (fast-check)', async () => {
    const { calls, handlers } = spyHandlers();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('page:', 'content:')),
        fc.anything(),
        async (type, payload) => {
          fc.pre(!Object.hasOwn(protocol, type));
          const r = await dispatch({ type, payload }, extPage, handlers);
          expect(r).toEqual({ ok: false, error: 'unknown message type' });
        },
      ),
      { numRuns: 500 },
    );
    expect(calls).toEqual([]);
  });

  it('never lets a content script send an extension-only message, whatever the payload', async () => {
    const { calls, handlers } = spyHandlers();
    const extOnly = types.filter((t) => protocol[t].from === 'extension');
    expect(extOnly.length).toBeGreaterThan(0);
    const valid: Record<string, unknown> = {
      'page:checkTab': { tabId: 1 },
      'page:checkUpdate': {},
      'page:ledgerChanged': {},
      'page:wipe': {},
    };
    for (const t of extOnly) {
      // A valid payload is refused too: the sender check comes first.
      expect(await dispatch({ type: t, payload: valid[t] ?? {} }, page, handlers)).toEqual({
        ok: false,
        error: 'not allowed from this sender',
      });
    }
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...extOnly), fc.anything(), async (type, payload) => {
        const r = await dispatch({ type, payload }, page, handlers);
        expect(r).toEqual({ ok: false, error: 'not allowed from this sender' });
      }),
      { numRuns: 300 },
    );
    expect(calls).toEqual([]);
  });

  it('hands a handler only payloads that pass its schema (fast-check, every type)', async () => {
    const { calls, handlers } = spyHandlers();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...types),
        fc.oneof(
          fc.anything(),
          fc.object(),
          fc.record({ url: fc.string({ maxLength: 5000 }), kind: fc.string() }),
        ),
        async (type, payload) => {
          calls.length = 0;
          const r = await dispatch({ type, payload }, extPage, handlers);
          const valid = v.safeParse(protocol[type].payload, payload).success;
          if (valid) {
            expect(r.ok).toBe(true);
            expect(calls).toHaveLength(1);
            expect(v.safeParse(protocol[type].payload, calls[0]!.payload).success).toBe(true);
          } else {
            expect(r).toEqual({ ok: false, error: 'invalid payload' });
            expect(calls).toEqual([]);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('rejects oversized strings and wrong shapes in content payloads', async () => {
    const { calls, handlers } = spyHandlers();
    const ctx = { url: 'https://n.example/a', title: 't', outlet: 'o', passage: 'p', lang: 'en' };
    const bad: [MessageType, unknown][] = [
      ['content:hello', { url: 'x'.repeat(4097) }],
      ['content:hello', { url: 42 }],
      ['content:detected', { match: 'yes', lang: 'en', score: 1 }],
      ['content:campaign', { lang: 'e'.repeat(21) }],
      ['content:openComposer', { ...ctx, passage: 'p'.repeat(2001) }],
      ['content:openComposer', { ...ctx, title: undefined }],
      ['content:preference', { kind: 'siteOff', host: 'h'.repeat(301) }],
      ['content:preference', { kind: 'panelOpen', open: 'true' }],
    ];
    for (const [type, payload] of bad)
      expect(await dispatch({ type, payload }, page, handlers)).toEqual({
        ok: false,
        error: 'invalid payload',
      });
    expect(calls).toEqual([]);
  });

  it('strips unknown keys, so a payload cannot smuggle fields or pollute prototypes', async () => {
    const { calls, handlers } = spyHandlers();
    const payload = JSON.parse(
      '{"url":"https://n.example/","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"extra":1}',
    ) as unknown;
    expect(await dispatch({ type: 'content:hello', payload }, page, handlers)).toMatchObject({
      ok: true,
    });
    expect(calls[0]!.payload).toEqual({ url: 'https://n.example/' });
    expect(Object.keys(calls[0]!.payload as object)).toEqual(['url']);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('answers a throwing handler with an error result instead of throwing', async () => {
    const r = await dispatch(
      { type: 'content:hello', payload: { url: 'https://a.example/' } },
      page,
      {
        'content:hello': () => {
          throw new Error('boom');
        },
      },
    );
    expect(r).toEqual({ ok: false, error: 'boom' });
  });
});

// The real background: its entrypoint wires every feature into `listen`, and messages arrive the
// way the browser delivers them (runtime.onMessage with a sender).
describe('the wired background', () => {
  const SECRET = {
    name: 'Zebulon Quillfeather',
    city: 'Secretville',
    subject: 'SUBJ-7f3a do not ratify',
    body: 'BODY-7f3a my private reasons',
    email: 'hidden-7f3a@parliament.example',
    custom: 'Custom-7f3a Recipient',
  };

  async function startBackground() {
    vi.resetModules();
    const bg = (await import('../../../entrypoints/background')).default as { main(): void };
    bg.main();
  }

  type Sender = { id?: string; url?: string; tab?: { id: number }; frameId?: number };
  const deliver = async (msg: unknown, sender: Sender): Promise<unknown> => {
    const answers = await fakeBrowser.runtime.onMessage.trigger(msg, sender as never);
    return answers.find((a: unknown) => a !== undefined);
  };
  const fromPage: Sender = {
    id: 'test-extension-id',
    url: 'https://news.example/world/treaty',
    tab: { id: 5 },
    frameId: 0,
  };

  beforeEach(async () => {
    await Promise.all(db.tables.map((t) => t.clear()));
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
    await updateSettings({
      country: 'GB',
      sender: { name: SECRET.name, city: SECRET.city, role: 'teacher' },
      updateUrl: 'https://feed.example/campaign.json',
    });
    const id = await saveDraft({
      recipient: {
        id: 'r1',
        name: 'An MP',
        role: 'MP',
        group: 'uk-commons',
        country: 'GB',
        email: SECRET.email,
      },
      subject: SECRET.subject,
      body: SECRET.body,
      country: 'GB',
    });
    await recordHandoff(id, 'mailto');
    await confirmSent(id);
    await saveDraft({ subject: `${SECRET.subject} draft`, body: `${SECRET.body} draft` });
    await addCustomRecipient({
      name: SECRET.custom,
      role: 'Mayor',
      country: 'GB',
      email: SECRET.email,
    });
    await startBackground();
  });

  it('no content:* answer carries letters, identity or settings', async () => {
    const ctx = {
      url: 'https://news.example/world/treaty',
      title: 'UN cybercrime treaty',
      outlet: 'News',
      passage: 'the UN Convention against Cybercrime',
      lang: 'en',
    };
    const asks: [string, unknown][] = [
      ['content:hello', { url: fromPage.url }],
      ['content:detected', { match: false, lang: 'en', score: 0 }],
      ['content:campaign', { lang: 'en' }],
      ['content:campaign', { lang: 'fr' }],
      ['content:openComposer', ctx],
      ['content:preference', { kind: 'panelOpen', open: true }],
      ['content:preference', { kind: 'pause' }],
      ['content:preference', { kind: 'siteOff', host: 'news.example' }],
    ];
    for (const [type, payload] of asks) {
      const answer = (await deliver({ type, payload }, fromPage)) as { ok: boolean };
      expect(answer, type).toBeDefined();
      const text = JSON.stringify(answer);
      for (const secret of Object.values(SECRET)) expect(text, type).not.toContain(secret);
      expect(text, type).not.toContain('feed.example');
      expect(text, type).not.toContain('teacher');
    }
    // The composer opened in the extension, not in the page, and only with the article context.
    const tabs = await fakeBrowser.tabs.query({});
    expect(
      tabs.some((t) =>
        (t.url ?? '').startsWith('chrome-extension://test-extension-id/composer.html'),
      ),
    ).toBe(true);
  });

  it('refuses extension-only messages from a page, and their side effects never happen', async () => {
    // "Delete all my data" from a page would empty storage.local: it stays as it was.
    await fakeBrowser.storage.local.set({ campaignUpdatesChosen: true });
    const answer = await deliver({ type: 'page:wipe', payload: {} }, fromPage);
    expect(answer).toEqual({ ok: false, error: 'not allowed from this sender' });
    expect(await fakeBrowser.storage.local.get('campaignUpdatesChosen')).toEqual({
      campaignUpdatesChosen: true,
    });
    for (const type of ['page:checkUpdate', 'page:ledgerChanged'])
      expect(await deliver({ type, payload: {} }, fromPage)).toEqual({
        ok: false,
        error: 'not allowed from this sender',
      });
    expect(await deliver({ type: 'page:checkTab', payload: { tabId: 1 } }, fromPage)).toEqual({
      ok: false,
      error: 'not allowed from this sender',
    });
  });

  it('treats look-alike origins as pages, and ignores other extensions', async () => {
    for (const url of [
      'chrome-extension://test-extension-id.evil.example/popup.html',
      'chrome-extension://other-extension-id/popup.html',
      'https://test-extension-id/popup.html',
      'moz-extension://test-extension-id/popup.html',
      'not a url',
      '',
    ]) {
      expect(
        await deliver({ type: 'page:ledgerChanged', payload: {} }, { ...fromPage, url }),
        url,
      ).toEqual({ ok: false, error: 'not allowed from this sender' });
    }
    // Another extension's message is not answered at all (the listener returns undefined).
    const answers = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'content:hello', payload: { url: fromPage.url } },
      { ...fromPage, id: 'some-other-extension' } as never,
    );
    expect(answers.every((a: unknown) => a === undefined)).toBe(true);
  });

  it('a page may switch off only its own site', async () => {
    const answer = await deliver(
      { type: 'content:preference', payload: { kind: 'siteOff', host: 'rival.example' } },
      fromPage,
    );
    expect(answer).toMatchObject({ ok: false });
    expect((await getSettings()).disabledSites).toEqual([]);
  });

  it('an extension page is let through (the gate is not simply closed)', async () => {
    const answer = (await deliver(
      { type: 'page:ledgerChanged', payload: {} },
      { id: 'test-extension-id', url: 'chrome-extension://test-extension-id/ledger.html' },
    )) as { ok: boolean };
    expect(answer.ok).toBe(true);
  });
});
