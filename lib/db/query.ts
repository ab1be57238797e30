/** Searching and listing letters for the ledger and the popup. */
import { db } from './db';
import { guard } from './errors';
import type { LetterRecord, LetterState } from './types';

/** Sort orders the ledger offers. */
export type LetterSort = 'newest' | 'oldest' | 'recipient' | 'state';

/** Ledger filters; all optional. `from`/`to` are inclusive dates (YYYY-MM-DD or ISO). */
export interface LetterQuery {
  text?: string;
  state?: LetterState | LetterState[];
  /** Recipient id. */
  recipient?: string;
  country?: string;
  from?: string;
  to?: string;
  sort?: LetterSort;
  offset?: number;
  limit?: number;
}

/** A page of results and the total number that matched. */
export interface LetterPage {
  total: number;
  items: LetterRecord[];
}

/** The date a letter is listed under: when it was sent, else when it was last edited. */
export function letterDate(l: LetterRecord): string {
  return l.sentAt ?? l.updatedAt;
}

const stateOrder: Record<LetterState, number> = { draft: 0, handed_off: 1, sent: 2, replied: 3 };

/** Pure filter + sort over records (shared by queryLetters and tests). */
export function filterLetters(all: LetterRecord[], q: LetterQuery): LetterRecord[] {
  const states =
    q.state === undefined ? null : new Set(Array.isArray(q.state) ? q.state : [q.state]);
  const needle = q.text?.trim().toLocaleLowerCase() ?? '';
  const to = q.to && q.to.length === 10 ? `${q.to}T23:59:59.999Z` : q.to;
  const out = all.filter((l) => {
    if (states && !states.has(l.state)) return false;
    if (q.recipient && l.recipient.id !== q.recipient) return false;
    if (q.country && l.country !== q.country) return false;
    const d = letterDate(l);
    if (q.from && d < q.from) return false;
    if (to && d > to) return false;
    if (needle) {
      const hay =
        `${l.subject}\n${l.recipient.name}\n${l.recipient.role}\n${l.body}`.toLocaleLowerCase();
      if (!hay.includes(needle)) return false;
    }
    return true;
  });
  const sort = q.sort ?? 'newest';
  const byDate = (a: LetterRecord, b: LetterRecord) => letterDate(b).localeCompare(letterDate(a));
  out.sort(
    sort === 'oldest'
      ? (a, b) => -byDate(a, b)
      : sort === 'recipient'
        ? (a, b) => a.recipient.name.localeCompare(b.recipient.name) || byDate(a, b)
        : sort === 'state'
          ? (a, b) => stateOrder[a.state] - stateOrder[b.state] || byDate(a, b)
          : byDate,
  );
  return out;
}

/** Search letters. Uses the state index when a single state is asked for. */
export async function queryLetters(q: LetterQuery = {}): Promise<LetterPage> {
  return guard(async () => {
    const base =
      typeof q.state === 'string'
        ? await db.letters.where('state').equals(q.state).toArray()
        : q.recipient
          ? await db.letters.where('recipient.id').equals(q.recipient).toArray()
          : await db.letters.toArray();
    const all = filterLetters(base, q);
    const offset = q.offset ?? 0;
    return {
      total: all.length,
      items: all.slice(offset, q.limit === undefined ? undefined : offset + q.limit),
    };
  });
}

/** The `n` most recently changed letters (popup list). */
export async function recentLetters(n: number): Promise<LetterRecord[]> {
  return guard(() => db.letters.orderBy('updatedAt').reverse().limit(n).toArray());
}

/** Distinct recipients and countries present in the ledger, for filter menus. */
export async function letterFacets(): Promise<{
  recipients: { id: string; name: string }[];
  countries: string[];
}> {
  return guard(async () => {
    const recipients = new Map<string, string>();
    const countries = new Set<string>();
    await db.letters.each((l) => {
      if (l.recipient.id) recipients.set(l.recipient.id, l.recipient.name);
      if (l.country) countries.add(l.country);
    });
    return {
      recipients: [...recipients]
        .map(([id, name]) => ({ id, name }))
        .sort((a, b) => a.name.localeCompare(b.name)),
      countries: [...countries].sort(),
    };
  });
}
