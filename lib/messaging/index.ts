/**
 * The one messaging protocol of Treaty Lens.
 *
 * Every message is `{ type, payload }`, named by direction (`content:*` comes from a content
 * script in a news page and is untrusted; `page:*` comes from an extension page). The
 * background validates each payload against its valibot schema and checks the sender before
 * a handler runs, and answers with a Result instead of throwing (errors do not serialize
 * across contexts).
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';

/** A result that crosses context boundaries intact. */
export type Result<T> = { ok: true; data: T } | { ok: false; error: string };

const ArticleContext = v.object({
  url: v.pipe(v.string(), v.maxLength(4096)),
  title: v.pipe(v.string(), v.maxLength(1000)),
  outlet: v.pipe(v.string(), v.maxLength(300)),
  passage: v.pipe(v.string(), v.maxLength(2000)),
  lang: v.pipe(v.string(), v.maxLength(20)),
  /** The reader's answer to the panel's safety notice (lib/campaign/risk.ts), if asked. */
  safety: v.optional(v.picklist(['anonymous', 'named'])),
});
export type ArticleContext = v.InferOutput<typeof ArticleContext>;

/**
 * Schemas for the payload of every message. Add new messages here; the map is the protocol.
 * `from` says who may send it: 'content' (a content script in a web page; untrusted) or
 * 'extension' (an extension page: popup, composer, options, ledger).
 */
export const protocol = {
  /**
   * Content script start-up: may detection run on this page, and how? `stem: true` comes from
   * the every-page pre-filter on a page whose text has a stem: when detection may run there,
   * the background injects the detector into that frame before it answers.
   */
  'content:hello': {
    from: 'content',
    payload: v.object({
      url: v.pipe(v.string(), v.maxLength(4096)),
      stem: v.optional(v.boolean()),
    }),
  },
  /** Detection finished on this page: badge the tab and, on a match, inject the panel. */
  'content:detected': {
    from: 'content',
    payload: v.object({
      match: v.boolean(),
      lang: v.pipe(v.string(), v.maxLength(20)),
      score: v.number(),
      /** True when the panel code is already in the page (an SPA route matched again). */
      panelLoaded: v.optional(v.boolean()),
    }),
  },
  /** The panel asks for the campaign view (facts, status, concerns) in a language. */
  'content:campaign': {
    from: 'content',
    payload: v.object({ lang: v.pipe(v.string(), v.maxLength(20)) }),
  },
  /** The panel's "Write to my government": open the composer with the article context. */
  'content:openComposer': { from: 'content', payload: ArticleContext },
  /** The panel's "Your country: X · Change" (a trusted click): open the settings page. */
  'content:openOptions': { from: 'content', payload: v.object({}) },
  /** The panel's "Don't show on this site" / "Pause for 24 hours" / "keep open" choices. */
  'content:preference': {
    from: 'content',
    payload: v.variant('kind', [
      v.object({ kind: v.literal('siteOff'), host: v.pipe(v.string(), v.maxLength(300)) }),
      v.object({ kind: v.literal('pause') }),
      /** The toast's Undo (a trusted click): switch this site back on / end the pause. */
      v.object({ kind: v.literal('siteOn'), host: v.pipe(v.string(), v.maxLength(300)) }),
      v.object({ kind: v.literal('resume') }),
      v.object({ kind: v.literal('panelOpen'), open: v.boolean() }),
    ]),
  },
  /**
   * Extension pages ("Only when I click" mode, the popup's "Check this page"): run detection in
   * that tab now, whatever the mode; answers `{ match: boolean }`.
   */
  'page:checkTab': { from: 'extension', payload: v.object({ tabId: v.number() }) },
  /** Extension pages: run the campaign-update check now (options page). */
  'page:checkUpdate': { from: 'extension', payload: v.object({}) },
  /**
   * The ledger's "Delete all my data", after it emptied IndexedDB and localStorage: clear
   * storage.local (but the signed campaign data), storage.session, notifications, the follow-up
   * alarm and every badge (lib/background/wipe.ts).
   */
  'page:wipe': { from: 'extension', payload: v.object({}) },
  /** Extension pages: follow-up state changed, recompute badge and alarms. */
  'page:ledgerChanged': { from: 'extension', payload: v.object({}) },
} as const;

export type Protocol = typeof protocol;
export type MessageType = keyof Protocol;
export type PayloadOf<K extends MessageType> = v.InferOutput<Protocol[K]['payload']>;
export type Message<K extends MessageType = MessageType> = { type: K; payload: PayloadOf<K> };

/** Send a message to the background and get its Result back. Never throws. */
export async function send<K extends MessageType, R = unknown>(
  type: K,
  payload: PayloadOf<K>,
): Promise<Result<R>> {
  try {
    const res = (await browser.runtime.sendMessage({ type, payload })) as Result<R> | undefined;
    return res ?? { ok: false, error: 'no answer' };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

/** Who sent a message, as the background sees it. */
export interface SenderInfo {
  /** Present for messages from a tab (content scripts, or extension pages opened in a tab). */
  tabId?: number;
  frameId?: number;
  url?: string;
  /** True when the sender is an extension page (its URL is in our own origin). */
  isExtensionPage: boolean;
}

export type Handlers = {
  [K in MessageType]?: (payload: PayloadOf<K>, sender: SenderInfo) => unknown;
};

/** Pure core of the router: validate type, sender and payload, then run the handler. */
export async function dispatch(
  raw: unknown,
  sender: SenderInfo,
  handlers: Handlers,
): Promise<Result<unknown>> {
  if (typeof raw !== 'object' || raw === null) return { ok: false, error: 'not a message' };
  const { type, payload } = raw as { type?: unknown; payload?: unknown };
  if (typeof type !== 'string' || !Object.hasOwn(protocol, type)) {
    return { ok: false, error: 'unknown message type' };
  }
  const spec = protocol[type as MessageType];
  if (spec.from === 'extension' && !sender.isExtensionPage) {
    return { ok: false, error: 'not allowed from this sender' };
  }
  const parsed = v.safeParse(spec.payload, payload);
  if (!parsed.success) return { ok: false, error: 'invalid payload' };
  const handler = handlers[type as MessageType] as
    ((p: unknown, s: SenderInfo) => unknown) | undefined;
  if (!handler) return { ok: false, error: 'no handler' };
  try {
    return { ok: true, data: await handler(parsed.output, sender) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

/** Wire `dispatch` to `browser.runtime.onMessage`. Call once in the background. */
export function listen(handlers: Handlers): () => void {
  // A prefix test, not `URL.origin`: extension schemes are not "special" in the URL standard, so
  // their origin is "null" in some engines, which would let every such URL (and file:) compare equal.
  const ownBase = browser.runtime.getURL('/');
  const listener = (
    raw: unknown,
    s: { id?: string; url?: string; tab?: { id?: number }; frameId?: number },
  ) => {
    if (s.id !== browser.runtime.id) return undefined; // other extensions: ignore
    const url = s.url ?? '';
    const isExtensionPage = ownBase.endsWith('/') && url.startsWith(ownBase);
    return dispatch(raw, { tabId: s.tab?.id, frameId: s.frameId, url, isExtensionPage }, handlers);
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}
