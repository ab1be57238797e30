/**
 * The dates the database derives from a letter record and stores, so that an index can answer
 * what would otherwise mean reading every letter: the date the ledger lists a letter under
 * (`date`, schema v3) and when its follow-up is next due (`followUpAt`, schema v4). No Dexie
 * here: the ledger draws its first frame before Dexie has loaded (issue 17), and the import
 * derives them too (lib/db/transfer.ts).
 */
import type { LetterRecord } from './types';

/** The date a letter is listed under: when it was sent, else when it was last edited. */
export function letterDate(l: LetterRecord): string {
  return l.sentAt ?? l.updatedAt;
}

/** When a letter's follow-up is next due, or null when it never is (off, stopped, answered). */
export function followUpDueAt(l: LetterRecord): string | null {
  if (l.state !== 'sent' || !l.followUp || l.followUp.stopped || l.followUp.dueAt === null)
    return null;
  const s = l.followUp.snoozedUntil;
  return s && s > l.followUp.dueAt ? s : l.followUp.dueAt;
}

/** A stored field the database derives from others (lib/db/schema.ts keeps it right). */
export interface DerivedField {
  field: 'date' | 'followUpAt';
  /** The schema version that added it (older versions' fixtures are built without it). */
  since: number;
  /** The top-level fields it is derived from. */
  from: readonly (keyof LetterRecord)[];
  /** Its value; null: the field is absent (and the letter not in its index). */
  derive: (l: LetterRecord) => string | null;
}

/** Every derived field of a letter, oldest first. */
export const DERIVED_FIELDS: readonly DerivedField[] = [
  { field: 'date', since: 3, from: ['sentAt', 'updatedAt'], derive: letterDate },
  { field: 'followUpAt', since: 4, from: ['state', 'followUp'], derive: followUpDueAt },
];

/**
 * `l` with its derived fields computed from its own fields, whatever it carried (an imported
 * file's values are never trusted). Returns a copy; an absent field is left out, not undefined.
 */
export function withDerived(l: LetterRecord): LetterRecord {
  const out: LetterRecord = { ...l };
  for (const d of DERIVED_FIELDS) {
    const value = d.derive(l);
    if (value === null) delete out[d.field];
    else out[d.field] = value;
  }
  return out;
}
