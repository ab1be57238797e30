/** Searching and listing letters for the ledger and the popup. */
import { db } from './db';
import { letterDate } from './dates';
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

/** A page of results; `total` is null when it was not counted (see `letterPage`). */
export interface LetterRows {
  items: LetterRecord[];
  total: number | null;
}

// Defined without Dexie for the ledger's first frame (issue 17); exported here as before.
export { letterDate };

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
  // Ties break by id, the way the date index orders them, so both query paths agree.
  const byDate = (a: LetterRecord, b: LetterRecord) =>
    letterDate(b).localeCompare(letterDate(a)) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
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

/**
 * The Dexie collection that answers `q` through the `date` / `[state+date]` indexes, in list
 * order, or null when the query needs a scan (text, recipient or country filters, several
 * states, or a sort other than by date).
 */
function indexedCollection(q: LetterQuery) {
  const sort = q.sort ?? 'newest';
  const states = q.state === undefined ? [] : Array.isArray(q.state) ? q.state : [q.state];
  if (
    q.text?.trim() ||
    q.recipient ||
    q.country ||
    states.length > 1 ||
    (sort !== 'newest' && sort !== 'oldest')
  )
    return null;
  const lo = q.from ?? '';
  const hi = q.to ? (q.to.length === 10 ? `${q.to}T23:59:59.999Z` : q.to) : '\uffff';
  const coll = states[0]
    ? db.letters.where('[state+date]').between([states[0], lo], [states[0], hi], true, true)
    : db.letters.where('date').between(lo, hi, true, true);
  return sort === 'newest' ? coll.reverse() : coll;
}

/** Every letter matching `q`'s filters, sorted, by scanning (the paths no index answers). */
async function scanLetters(q: LetterQuery): Promise<LetterRecord[]> {
  const states = q.state === undefined ? [] : Array.isArray(q.state) ? q.state : [q.state];
  const base =
    states.length === 1
      ? await db.letters.where('state').equals(states[0]!).toArray()
      : q.recipient
        ? await db.letters.where('recipient.id').equals(q.recipient).toArray()
        : await db.letters.toArray();
  return filterLetters(base, q);
}

/**
 * Search letters. The common ledger views (by date, optionally by one state and a date range)
 * read only the requested page through the `date` / `[state+date]` indexes; text, recipient and
 * country filters scan. The total is a count over the index, which costs more than reading the
 * page (about 100–250 ms for 10,000 letters in Chromium): a screen that must show rows fast
 * reads them with `letterPage` and the total with `countLetters` afterwards.
 */
export async function queryLetters(q: LetterQuery = {}): Promise<LetterPage> {
  return guard(async () => {
    const offset = q.offset ?? 0;
    const coll = indexedCollection(q);
    if (coll) {
      return db.transaction('r', db.letters, async () => {
        const total = await coll.count();
        const page = coll.offset(offset);
        return {
          total,
          items: await (q.limit === undefined ? page : page.limit(q.limit)).toArray(),
        };
      });
    }
    const all = await scanLetters(q);
    return {
      total: all.length,
      items: all.slice(offset, q.limit === undefined ? undefined : offset + q.limit),
    };
  });
}

/**
 * `queryLetters(q)` for a screen that shows rows first: on the indexed paths it reads only the
 * page and leaves `total` null (ask `countLetters(q)` after the rows are on screen); a scan
 * knows the total anyway and gives it.
 */
export async function letterPage(q: LetterQuery = {}): Promise<LetterRows> {
  return guard(async () => {
    const offset = q.offset ?? 0;
    const end = q.limit === undefined ? undefined : offset + q.limit;
    const coll = indexedCollection(q);
    if (coll) {
      const page = coll.offset(offset);
      return {
        items: await (q.limit === undefined ? page : page.limit(q.limit)).toArray(),
        total: null,
      };
    }
    const all = await scanLetters(q);
    return { items: all.slice(offset, end), total: all.length };
  });
}

/** How many letters match `q`'s filters (`offset` and `limit` are ignored): `queryLetters(q).total`. */
export async function countLetters(q: LetterQuery = {}): Promise<number> {
  return guard(async () => {
    const coll = indexedCollection(q);
    return coll ? coll.count() : (await scanLetters(q)).length;
  });
}

/** The `n` most recently changed letters (popup list). */
export async function recentLetters(n: number): Promise<LetterRecord[]> {
  return guard(() => db.letters.orderBy('updatedAt').reverse().limit(n).toArray());
}

/**
 * Each distinct non-empty key of the letters' index `index`, with the first letter (lowest id)
 * that has it, from one index cursor that skips to the next key ('nextunique'). Dexie has no
 * public call for a unique cursor with values: `eachUniqueKey` sets this same flag and reads
 * keys only (tests/unit/db/facets.test.ts checks the pass against a read per key).
 */
async function firstLetterPerKey(index: string): Promise<[string, LetterRecord][]> {
  const coll = db.letters.orderBy(index);
  (coll as unknown as { _ctx: { unique: string } })._ctx.unique = 'unique';
  const out: [string, LetterRecord][] = [];
  await coll.each((letter, cursor) => {
    if (cursor.key) out.push([cursor.key as string, letter]);
  });
  return out;
}

/**
 * The distinct non-empty keys of the letters' index `index`, in index order, by skipping: one
 * read of the first letter above the last key found, per key. For an index with few distinct
 * keys (countries) this touches a few entries instead of walking every letter's.
 */
async function distinctKeys(index: 'country'): Promise<string[]> {
  const out: string[] = [];
  for (let l = await db.letters.where(index).above('').first(); l;) {
    out.push(l[index]);
    l = await db.letters.where(index).above(l[index]).first();
  }
  return out;
}

/**
 * Distinct recipients and countries present in the ledger, for filter menus: the countries by
 * skipping along their index; the recipients, with the name on their first letter, from one
 * unique cursor (one letter read per recipient, not a separate request each — issue 17).
 */
export async function letterFacets(): Promise<{
  recipients: { id: string; name: string }[];
  countries: string[];
}> {
  return guard(() =>
    db.transaction('r', db.letters, async () => {
      const [firsts, countries] = await Promise.all([
        firstLetterPerKey('recipient.id'),
        distinctKeys('country'),
      ]);
      const named = firsts.map(([id, l]) => ({ id, name: l.recipient.name ?? id }));
      return {
        recipients: named.sort((a, b) => a.name.localeCompare(b.name)),
        countries: countries.sort(),
      };
    }),
  );
}
