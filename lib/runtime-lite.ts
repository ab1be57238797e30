/**
 * The extension calls the ledger's and the popup's first frames make, without
 * webextension-polyfill (issue 17): those frames are drawn before the polyfill (11 KB that
 * wraps every namespace) has loaded. Synchronous calls, which Chrome's `chrome.*` and
 * Firefox's native `browser.*` answer alike, and `storage.local`, which both answer with a
 * promise (Chrome from Manifest V3, which the Chrome build uses; Firefox always). Everything
 * else goes through `wxt/browser`.
 */
type Api = {
  i18n: { getUILanguage(): string };
  runtime: { id?: string; getURL(path: string): string };
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>> };
    session?: SessionArea;
  };
};

/** The part of `storage.session` lib/db/settings-copy.ts uses. */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

/** This page's extension API: Firefox's `browser`, else Chrome's `chrome` (as `wxt/browser`). */
function api(): Api {
  const g = globalThis as { browser?: Api; chrome?: Api };
  return (g.browser?.runtime?.id ? g.browser : g.chrome)!;
}

/**
 * The extension's `storage.session` (extension pages and the background only; kept in memory),
 * or undefined where there is none: a browser without it, or a context without extension APIs.
 */
export function sessionArea(): SessionArea | undefined {
  const g = globalThis as { browser?: Api; chrome?: Api };
  return (g.browser?.runtime?.id ? g.browser : g.chrome)?.storage?.session;
}

/** The browser's interface language (`i18n.getUILanguage()`). */
export function uiLanguage(): string {
  return api().i18n.getUILanguage();
}

/** The address of one of the extension's own files (`runtime.getURL()`). */
export function extensionUrl(path: string): string {
  return api().runtime.getURL(path);
}

/** The extension's `storage.local`, read through the browser's own promise API. */
export function localArea(): Api['storage']['local'] {
  return api().storage.local;
}
