/**
 * The database and its schema history. Append-only: never edit a published `version(n)`; add
 * `version(n + 1)` with an `.upgrade()` for data changes, plus a fixture test in
 * tests/unit/db/migrations.test.ts. Index only what is queried.
 */
import { Dexie, type EntityTable, type Table, type Transaction } from 'dexie';
import { DB_NAME, DEFAULT_FOLLOW_UP_DAYS, SETTINGS_KEY } from './constants';
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

/** Keep the derived `date` right on every write, whoever writes (composer, import, undo). */
function keepDate(db: Dexie): void {
  const letters = db.table<LetterRecord, string>('letters');
  letters.hook('creating', (_key, obj) => {
    obj.date = obj.sentAt ?? obj.updatedAt;
  });
  letters.hook('updating', (modifications, _key, obj) => {
    const mods = modifications as Record<string, unknown>;
    const sentAt = ('sentAt' in mods ? mods['sentAt'] : obj.sentAt) as string | undefined;
    const updatedAt = ('updatedAt' in mods ? mods['updatedAt'] : obj.updatedAt) as string;
    const date = sentAt ?? updatedAt;
    return date === obj.date && !('date' in mods) ? undefined : { date };
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
    if (upTo >= 3) keepDate(this);
  }
}
