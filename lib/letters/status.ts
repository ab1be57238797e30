/**
 * What a letter may say about the sender's country's treaty status.
 *
 * Rule (issue 13, docs/letters.md): a letter states the status only when it is CONFIRMED (the
 * UN depositary, the party's own government or parliament, or the Dutch government's treaty
 * database), and then always with its date. A reported, inferred ("not listed") or unknown
 * status is never asserted: the ask paragraphs are written so that they read true whatever the
 * status is, and the status sentence is simply left out.
 *
 * This module reads the campaign's status record through a small interface so that the
 * confidence model (`confidence: 'confirmed' | 'reported' | 'not_listed'`) can replace the older
 * `uncertain` flag without touching the letters.
 */
import type { CountryStatus } from '../campaign/types';

/** A status a letter may state: only signature or ratification, only with a full date. */
export interface ConfirmedStatus {
  status: 'signed' | 'ratified';
  /** YYYY-MM-DD */
  date: string;
}

/** Publishers whose word on a state's status counts as confirmed (source policy). */
const CONFIRMING_PUBLISHER =
  /United Nations Treaty Collection|UN Treaty Collection|Verdragenbank|Dutch treaty database|Government of|Parliament of|Ministry|Ministère|Bundesregierung/i;

type StatusRecord = Pick<CountryStatus, 'status' | 'signed' | 'ratified' | 'source'> & {
  uncertain?: boolean;
  /** The confidence model (h13data); when present it decides. */
  confidence?: string;
  /** A further step reported, or claimed by uncitable sources: the status may be out of date. */
  reported?: unknown;
  laterStepClaimed?: boolean;
};

function isFullDate(d: string | undefined): d is string {
  return !!d && /^\d{4}-\d{2}-\d{2}$/.test(d);
}

/** The status a letter may assert for this record, or null (leave status out). */
export function confirmedStatus(c: StatusRecord | undefined | null): ConfirmedStatus | null {
  if (!c) return null;
  if (c.status !== 'signed' && c.status !== 'ratified') return null;
  if (c.confidence !== undefined) {
    // Same rule as statusAssertion(code).mayAssert in lib/campaign.
    if (c.confidence !== 'confirmed' || c.reported || c.laterStepClaimed) return null;
  } else if (c.uncertain || !CONFIRMING_PUBLISHER.test(c.source?.publisher ?? '')) {
    return null;
  }
  const date = c.status === 'ratified' ? c.ratified : c.signed;
  return isFullDate(date) ? { status: c.status, date } : null;
}
