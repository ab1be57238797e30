/**
 * Settings defaults, and how a stored record is completed with them. No Dexie here: the
 * ledger and popup complete the record lib/db/early.ts read before Dexie has loaded.
 */
import { DEFAULT_FOLLOW_UP_DAYS } from './constants';
import type { Settings } from './types';

/**
 * Default campaign-data update feed: the feed repository's file on jsDelivr, a CDN shared by
 * millions of sites, so the daily request looks like any page loading a library (issue 15;
 * docs/privacy.md says why this host). The signature, not the host, makes an update trusted.
 */
export const DEFAULT_UPDATE_URL = 'https://cdn.jsdelivr.net/gh/treaty-lens/feed@main/campaign.json';

/**
 * An update address the reader (or an import) may set: https, or http on this machine only (a
 * local mirror, the end-to-end tests); no user name or password, no query string or fragment
 * (nothing that could carry an identifier to the feed host). The background applies the same
 * rule before every request.
 */
export function validUpdateUrl(s: string): boolean {
  let u: URL;
  try {
    u = new URL(s.trim());
  } catch {
    return false;
  }
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(u.hostname);
  return (
    (u.protocol === 'https:' || (u.protocol === 'http:' && loopback)) &&
    !u.username &&
    !u.password &&
    !u.search &&
    !u.hash &&
    !s.includes('?') &&
    !s.includes('#')
  );
}

/** Settings for a fresh install. */
export function defaultSettings(): Settings {
  return {
    country: '',
    region: '',
    sender: { name: '', city: '', role: '' },
    preferredChannel: null,
    uiLang: '',
    mode: 'auto',
    disabledSites: [],
    pausedUntil: null,
    // The panel starts as a tab at the page edge (issue 3); opening it is remembered.
    panelOpen: false,
    followUpDays: DEFAULT_FOLLOW_UP_DAYS,
    notifications: true,
    updateUrl: DEFAULT_UPDATE_URL,
  };
}

/**
 * Keys that older versions stored and this one no longer has. `followUpTestMinutes` was an
 * end-to-end test hook (shorter follow-up delays, no once-a-day limit); records written before
 * its removal still carry it, and it must never come back into effect or into an export.
 */
export const RETIRED_SETTINGS = ['followUpTestMinutes'] as const;

/** A stored settings value without the retired keys. */
export function withoutRetired<T extends object>(stored: T): T {
  const out = { ...stored } as Record<string, unknown>;
  for (const k of RETIRED_SETTINGS) delete out[k];
  return out as T;
}

/** `stored` (possibly from an older version, or none) with every field filled in. */
export function withDefaults(stored: Partial<Settings> | undefined): Settings {
  const d = defaultSettings();
  const s = stored ? withoutRetired(stored) : undefined;
  return { ...d, ...s, sender: { ...d.sender, ...s?.sender } };
}
