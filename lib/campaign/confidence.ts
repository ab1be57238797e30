/**
 * The status confidence model (see `StatusConfidence` in types.ts and docs/campaign-data.md):
 * what the panel, the composer and the letters may say about a state's treaty status.
 *
 * The one rule letters follow: state a status only when `statusAssertion(code).mayAssert`,
 * with its date; otherwise ask conditionally ("if our country has not yet signed…") or leave
 * the status out. A `reported` status is shown in the UI with its reporter's name and "reported,
 * not confirmed by the UN depositary"; `not_listed` as "not in the depositary's list as of DATE".
 */
import type { CountryStatus, StatusConfidence, TreatyStatus } from './types';
import { countries } from './store';

const RANK: Record<TreatyStatus, number> = { unknown: 0, not_signed: 1, signed: 2, ratified: 3 };

/**
 * The furthest step known or reported: the confirmed status, or a further step a named reporter
 * gives (e.g. a ratification approved by parliament but not deposited). Drives the ask only;
 * never a sentence in a letter unless confirmed.
 */
export function effectiveStatus(c: CountryStatus): TreatyStatus {
  const r = c.reported?.status;
  return r && RANK[r] > RANK[c.status] ? r : c.status;
}

/** What a letter may say about a state's status. */
export interface StatusAssertion {
  code: string;
  /**
   * True only for a `confirmed` status with no further step reported or claimed: a letter may
   * state `status`, with `date` / `asOf`. (A confirmed signature of a state reported to have
   * ratified since may be out of date, so it is not stated either.)
   */
  mayAssert: boolean;
  status: TreatyStatus;
  confidence: StatusConfidence;
  /** Date of the confirmed act: ratification, else signature (YYYY-MM-DD or YYYY-MM). */
  date?: string;
  /** YYYY-MM-DD up to which the source supports the status (for not_listed: the list's date). */
  asOf: string;
  /** Publisher of the status source (the depositary, the Dutch database, a government, a reporter). */
  by: string;
  /** A further step that is only reported, with its reporter: never stated in a letter. */
  reported?: { status: TreatyStatus; date?: string; by: string; asOf: string };
}

/** What may be said of one state's status (ISO code, any case, or 'EU'); undefined if unknown code. */
export function statusAssertion(code: string): StatusAssertion | undefined {
  const c = countries.get(code.toUpperCase());
  if (!c) return undefined;
  const mayAssert = c.confidence === 'confirmed' && !c.reported && !c.laterStepClaimed;
  return {
    code: c.code,
    mayAssert,
    status: c.status,
    confidence: c.confidence,
    ...(mayAssert && (c.ratified ?? c.signed) ? { date: c.ratified ?? c.signed } : {}),
    asOf: c.asOf,
    by: c.source.publisher,
    ...(c.reported
      ? {
          reported: {
            status: c.reported.status,
            ...(c.reported.date ? { date: c.reported.date } : {}),
            by: c.reported.source.publisher,
            asOf: c.reported.asOf,
          },
        }
      : {}),
  };
}

/** True only when the status is confirmed (depositary, Dutch database, own government). */
export function statusIsConfirmed(code: string): boolean {
  return countries.get(code.toUpperCase())?.confidence === 'confirmed';
}
