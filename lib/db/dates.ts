/**
 * The two dates the ledger's list and letter view show, computed from a letter record. No
 * Dexie here: the ledger draws its first frame before Dexie has loaded (issue 17).
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
