/**
 * One clock for the treaty's dates: New York time. Art. 64 keeps the convention open for
 * signature "at United Nations Headquarters in New York until 31 December 2026", so the
 * countdown, the switch of the ask (do not sign → do not accede) and every treaty date shown
 * follow New York, never UTC or the reader's zone.
 */

/** The depositary's time zone (UN Headquarters). */
export const TREATY_TIME_ZONE = 'America/New_York';

/** Last day a state can sign (Art. 64); after it, only accession. */
export const SIGNATURE_DEADLINE = '2026-12-31';

/**
 * The instant the signature window closes: the end of 31 Dec 2026 in New York (EST, UTC−5),
 * i.e. 1 Jan 2027 00:00 New York = 05:00 UTC. The ask switches at this instant, by date and
 * without a release.
 */
export const SIGNATURE_CLOSES_AT = Date.UTC(2027, 0, 1, 5, 0, 0);

const DAY_MS = 86_400_000;

/** True once the signature window has closed (New York midnight). */
export function signatureClosed(now: Date = new Date()): boolean {
  return now.getTime() >= SIGNATURE_CLOSES_AT;
}

/**
 * Whole days left to sign, counted against the same instant as `signatureClosed`: 0 exactly
 * when the window has closed, 1 during the last 24 hours before New York midnight.
 */
export function signatureDaysLeft(now: Date = new Date()): number {
  const ms = SIGNATURE_CLOSES_AT - now.getTime();
  return ms <= 0 ? 0 : Math.ceil(ms / DAY_MS);
}

/** The calendar day ('YYYY-MM-DD') it is in New York at `now`. */
export function newYorkDay(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: TREATY_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/**
 * Options to format a treaty date ('YYYY-MM-DD', read as noon UTC so it is the same calendar
 * day in New York) with `Intl.DateTimeFormat`: the New York zone, like every date shown.
 */
export const TREATY_DATE_FORMAT: Intl.DateTimeFormatOptions = {
  dateStyle: 'medium',
  timeZone: TREATY_TIME_ZONE,
};
