/**
 * The database and its schema history. Append-only: never edit a published `version(n)`; add
 * `version(n + 1)` with an `.upgrade()` for data changes, plus a fixture test in
 * tests/unit/db/migrations.test.ts. Index only what is queried.
 */
import { Dexie, type EntityTable, type Table, type Transaction } from 'dexie';
import { DB_NAME, DEFAULT_FOLLOW_UP_DAYS, SETTINGS_KEY } from './constants';
import { DERIVED_FIELDS, followUpDueAt } from './dates';
import type { CustomRecipient, LetterRecord, MetaRecord, ReplyRecord, Settings } from './types';

// Kept here too, where they always were (the constants live in a module without Dexie, which
// the page scripts that read before Dexie loads can import: lib/db/early.ts).
export { DB_NAME, DEFAULT_FOLLOW_UP_DAYS, SETTINGS_KEY } from './constants';

/**
 * Store definitions per version, kept forever so migrations can be tested from every version.
 * v1: first release.
 * v2: `sentAt` becomes a stored, indexed field (was only inside `history`), letters are
 *     indexed by recipient, country and follow-up due date, and a small `meta` table holds
 *     bookkeeping (last notification). Sent letters get a follow-up date.
 * v3: letters get a stored `date` (= sentAt ?? updatedAt, the date the ledger lists them by),
 *     indexed alone and with state, so the ledger reads one page instead of every letter.
 * v4: letters get a stored `followUpAt` (when the follow-up is next due: `followUpDueAt`, the
 *     later of the due date and a snooze; absent when not sent, stopped or off), indexed, so the
 *     follow-ups are counted and read by one index range instead of reading every letter with a
 *     follow-up date and filtering stops and snoozes in JavaScript (issue 17). The
 *     `followUp.dueAt` index, which only that read used, goes.
 */
export const schemaVersions = [
  {
    version: 1,
    stores: {
      letters: 'id, state, updatedAt',
      replies: 'id, letterId',
      recipients: 'id',
      settings: 'key',
    },
  },
  {
    version: 2,
    stores: {
      letters: 'id, state, updatedAt, sentAt, recipient.id, country, followUp.dueAt',
      meta: 'key',
    },
    upgrade: migrateV1toV2,
  },
  {
    version: 3,
    stores: {
      letters:
        'id, state, updatedAt, sentAt, recipient.id, country, followUp.dueAt, date, [state+date]',
    },
    upgrade: migrateV2toV3,
  },
  {
    version: 4,
    stores: {
      letters:
        'id, state, updatedAt, sentAt, recipient.id, country, date, [state+date], followUpAt',
    },
    upgrade: migrateV3toV4,
  },
] as const satisfies readonly {
  version: number;
  stores: Record<string, string>;
  upgrade?: (tx: Transaction) => Promise<void>;
}[];

/** The current schema version. */
export const SCHEMA_VERSION = schemaVersions.at(-1)!.version;

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(iso) + days * 86_400_000).toISOString();
}

/** v1 → v2: derive `sentAt` from history, and give sent letters a follow-up date. */
async function migrateV1toV2(tx: Transaction): Promise<void> {
  const settingsRow = (await tx.table('settings').get(SETTINGS_KEY)) as
    { value?: Partial<Settings> } | undefined;
  const days =
    settingsRow?.value && 'followUpDays' in settingsRow.value
      ? (settingsRow.value.followUpDays ?? null)
      : DEFAULT_FOLLOW_UP_DAYS;
  await tx
    .table('letters')
    .toCollection()
    .modify((letter: LetterRecord) => {
      const sent = letter.history.findLast((h) => h.state === 'sent');
      if (sent) letter.sentAt = sent.at;
      if (letter.state === 'sent' && !letter.followUp && sent) {
        letter.followUp = { dueAt: days === null ? null : addDays(sent.at, days) };
      }
      if (letter.state === 'replied' && !letter.followUp) {
        letter.followUp = { dueAt: null, stopped: true };
      }
    });
}

/** v2 → v3: store the listing date. */
async function migrateV2toV3(tx: Transaction): Promise<void> {
  await tx
    .table('letters')
    .toCollection()
    .modify((letter: LetterRecord) => {
      letter.date = letter.sentAt ?? letter.updatedAt;
    });
}

/** v3 → v4: store when each follow-up is next due (only sent letters have one). */
async function migrateV3toV4(tx: Transaction): Promise<void> {
  await tx
    .table('letters')
    .where('state')
    .equals('sent')
    .modify((letter: LetterRecord) => {
      const at = followUpDueAt(letter);
      if (at === null) delete letter.followUpAt;
      else letter.followUpAt = at;
    });
}

const isPlain = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Set a dotted path in `o` (a copy made for this), as Dexie applies it: undefined deletes. */
function setPath(o: Record<string, unknown>, parts: string[], value: unknown): void {
  const [k, ...rest] = parts as [string, ...string[]];
  if (!rest.length) {
    if (value === undefined) delete o[k];
    else o[k] = isPlain(value) ? { ...value } : value;
    return;
  }
  const inner = o[k];
  if (!isPlain(inner) && value === undefined) return;
  const copy = (o[k] = isPlain(inner) ? { ...inner } : {});
  setPath(copy, rest, value);
}

/**
 * The fields a derived field depends on, as they will be once `mods` is applied to `obj`.
 * `mods` is what Dexie hands the `updating` hook: the changes by dotted key path (an
 * `update()`'s changes, or a `put()`'s difference from the stored record: `followUp.stopped`,
 * `followUp` whole, a removed field as undefined).
 */
function afterWrite(
  obj: LetterRecord,
  mods: Record<string, unknown>,
  fields: readonly string[],
): LetterRecord {
  const view: Record<string, unknown> = {};
  for (const f of fields) {
    const v = (obj as unknown as Record<string, unknown>)[f];
    if (v !== undefined) view[f] = isPlain(v) ? { ...v } : v;
  }
  // Shorter paths first: a whole `followUp` before a `followUp.stopped` in the same write.
  for (const path of Object.keys(mods).sort((a, b) => a.length - b.length)) {
    const parts = path.split('.');
    if (fields.includes(parts[0]!)) setPath(view, parts, mods[path]);
  }
  return view as unknown as LetterRecord;
}

/**
 * Keep the derived fields (lib/db/dates.ts `DERIVED_FIELDS`: `date`, `followUpAt`) right on
 * every write, whoever writes (composer, ledger, background, import, undo, migrations after
 * their version): one place, at the database, instead of in each writer. A derived field a
 * write sets itself is overwritten with what the record says.
 */
function keepDerived(db: Dexie, upTo: number): void {
  const derived = DERIVED_FIELDS.filter((d) => d.since <= upTo);
  if (!derived.length) return;
  const inputs = [...new Set(derived.flatMap((d) => d.from))];
  const letters = db.table<LetterRecord, string>('letters');
  letters.hook('creating', (_key, obj) => {
    for (const d of derived) {
      const value = d.derive(obj);
      if (value === null) delete obj[d.field];
      else obj[d.field] = value;
    }
  });
  letters.hook('updating', (modifications, _key, obj) => {
    const mods = modifications as Record<string, unknown>;
    const next = afterWrite(obj, mods, inputs);
    const changes: Record<string, string | undefined> = {};
    let any = false;
    for (const d of derived) {
      const value = d.derive(next) ?? undefined;
      if (value !== obj[d.field] || d.field in mods) {
        changes[d.field] = value;
        any = true;
      }
    }
    return any ? changes : undefined;
  });
}

/** The Treaty Lens database. */
export class TreatyDb extends Dexie {
  letters!: EntityTable<LetterRecord, 'id'>;
  replies!: EntityTable<ReplyRecord, 'id'>;
  recipients!: EntityTable<CustomRecipient, 'id'>;
  settings!: Table<{ key: string; value: Settings }, string>;
  meta!: EntityTable<MetaRecord, 'key'>;

  /** `upTo` opens an older schema (tests build fixtures at that version). */
  constructor(name: string = DB_NAME, upTo: number = SCHEMA_VERSION) {
    super(name);
    for (const s of schemaVersions) {
      if (s.version > upTo) break;
      const v = this.version(s.version).stores(s.stores);
      if ('upgrade' in s && s.upgrade) v.upgrade(s.upgrade);
    }
    // Old-version instances exist only to build test fixtures: keep their records as they were.
    keepDerived(this, upTo);
  }
}
