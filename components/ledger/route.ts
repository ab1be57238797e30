/**
 * The ledger's location lives in the URL hash, so the background can open it at a follow-up
 * (`#followup=<id>`) or a reply form (`#reply=<id>`), and reloads keep the place.
 */
import { useEffect, useState } from 'preact/hooks';

/** Ledger sections. */
export type LedgerView = 'letters' | 'impact' | 'data' | 'stored';

/** Parsed hash: which section, and optionally which letter and what to do with it. */
export interface LedgerRoute {
  view: LedgerView;
  letter?: string;
  action?: 'followup' | 'reply';
}

/** Parse `#impact`, `#letter=<id>`, `#followup=<id>`, `#reply=<id>`. */
export function parseHash(hash: string): LedgerRoute {
  const h = hash.replace(/^#/, '');
  const [key, raw] = h.split('=', 2) as [string, string | undefined];
  const id = raw ? decodeURIComponent(raw) : undefined;
  if ((key === 'letter' || key === 'followup' || key === 'reply') && id) {
    return { view: 'letters', letter: id, ...(key === 'letter' ? {} : { action: key }) };
  }
  if (key === 'impact' || key === 'data' || key === 'stored') return { view: key };
  return { view: 'letters' };
}

/** The hash for a route. */
export function routeHash(r: LedgerRoute): string {
  if (r.letter) return `#${r.action ?? 'letter'}=${encodeURIComponent(r.letter)}`;
  return r.view === 'letters' ? '#' : `#${r.view}`;
}

/** Current route, following hash changes. */
export function useRoute(): [LedgerRoute, (r: LedgerRoute) => void] {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const on = () => setRoute(parseHash(location.hash));
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  const go = (r: LedgerRoute) => {
    const h = routeHash(r);
    if (h === '#') history.pushState(null, '', location.pathname + location.search);
    else location.hash = h;
    setRoute(r);
  };
  return [route, go];
}
