/**
 * The extension calls the ledger's and the popup's first frames make, without
 * webextension-polyfill (issue 17): those frames are drawn before the polyfill (11 KB that
 * wraps every namespace) has loaded. Only synchronous calls, which Chrome's `chrome.*` and
 * Firefox's native `browser.*` answer alike; everything asynchronous goes through `wxt/browser`.
 */
type Api = {
  i18n: { getUILanguage(): string };
  runtime: { id?: string; getURL(path: string): string };
};

/** This page's extension API: Firefox's `browser`, else Chrome's `chrome` (as `wxt/browser`). */
function api(): Api {
  const g = globalThis as { browser?: Api; chrome?: Api };
  return (g.browser?.runtime?.id ? g.browser : g.chrome)!;
}

/** The browser's interface language (`i18n.getUILanguage()`). */
export function uiLanguage(): string {
  return api().i18n.getUILanguage();
}

/** The address of one of the extension's own files (`runtime.getURL()`). */
export function extensionUrl(path: string): string {
  return api().runtime.getURL(path);
}
