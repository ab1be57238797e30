/**
 * Your data, your control: lossless JSON export/import, CSV export of letters, "delete all my
 * data", and a summary of what is stored. Import is all-or-nothing (one transaction, after the
 * whole file validated) and idempotent (records are keyed by id).
 */
import * as v from 'valibot';
import { db } from './db';
import { guard } from './errors';
import { SCHEMA_VERSION, SETTINGS_KEY } from './schema';
import { nowIso } from './util';
import { withDerived } from './dates';
import { ledgerChanged } from './notify';
import { send } from '../messaging';
import {
  CustomRecipientSchema,
  LetterSchema,
  MetaSchema,
  ReplySchema,
  SettingsSchema,
} from './validate';
import type { CustomRecipient, LetterRecord, MetaRecord, ReplyRecord, Settings } from './types';
import {
  importRuleProblems,
  retiredSettingProblems,
  sectionName,
  settingsChanges,
  type SettingsKey,
} from './import-rules';
import { changingSettings, getSettings, withoutRetired } from './settings';

/** Marker and version of the export file format (bump on incompatible changes). */
export const EXPORT_FORMAT = 'treaty-lens-export';
export const EXPORT_FORMAT_VERSION = 1;
/** Largest file import accepts. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** Everything stored, as one JSON-serialisable object. */
export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  formatVersion: number;
  schemaVersion: number;
  exportedAt: string;
  letters: LetterRecord[];
  replies: ReplyRecord[];
  recipients: CustomRecipient[];
  settings: Settings | null;
  meta: MetaRecord[];
}

/** Collect everything stored into an export object (one read transaction: a consistent snapshot). */
export async function exportData(): Promise<ExportFile> {
  return guard(() =>
    db.transaction('r', db.tables, async () => ({
      format: EXPORT_FORMAT,
      formatVersion: EXPORT_FORMAT_VERSION,
      schemaVersion: SCHEMA_VERSION,
      exportedAt: nowIso(),
      letters: await db.letters.orderBy('id').toArray(),
      replies: await db.replies.orderBy('id').toArray(),
      recipients: await db.recipients.orderBy('id').toArray(),
      settings: await db.settings
        .get(SETTINGS_KEY)
        .then((r) => (r ? withoutRetired(r.value) : null)),
      meta: await db.meta.orderBy('key').toArray(),
    })),
  );
}

/** The export as pretty JSON text. */
export async function exportJson(): Promise<string> {
  return JSON.stringify(await exportData(), null, 2);
}

/** A problem with one part of an import file. `index` is 1-based within its section. */
export interface ImportProblem {
  section: 'file' | 'letters' | 'replies' | 'recipients' | 'settings' | 'meta';
  index?: number;
  id?: string;
  /** Dotted path of the field, e.g. "recipient.name"; '' for the whole record. */
  field: string;
  kind:
    | 'too_large'
    | 'not_json'
    | 'not_export'
    | 'newer_format'
    | 'missing'
    | 'invalid'
    | 'duplicate'
    | 'unknown_letter';
  /** The same problem in plain English (the UI may translate from `kind`). */
  message: string;
}

/** How many records an import added, replaced, or left alone. */
export interface ImportCounts {
  added: number;
  updated: number;
  unchanged: number;
  keptNewer: number;
}

/** Result of an import: either counts, or the list of problems (and nothing was written). */
export type ImportResult =
  { ok: true; counts: ImportCounts } | { ok: false; problems: ImportProblem[] };

function recordProblems(
  section: ImportProblem['section'],
  schema: v.GenericSchema,
  items: unknown[],
): { ok: unknown[]; problems: ImportProblem[] } {
  const ok: unknown[] = [];
  const problems: ImportProblem[] = [];
  items.forEach((item, i) => {
    const r = v.safeParse(schema, item);
    if (r.success) {
      ok.push(r.output);
      return;
    }
    const rid =
      item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string'
        ? (item as { id: string }).id
        : undefined;
    const seen = new Set<string>();
    for (const issue of r.issues) {
      const field = v.getDotPath(issue) ?? '';
      if (seen.has(field)) continue;
      seen.add(field);
      const missing = issue.received === 'undefined';
      // A key a strict schema does not know (settings): name it as such.
      const unknownKey = issue.type === 'strict_object' && issue.expected === 'never';
      const where = `${sectionName[section]} ${i + 1}${rid ? ` (${rid})` : ''}`;
      problems.push({
        section,
        index: i + 1,
        ...(rid ? { id: rid } : {}),
        field,
        kind: missing ? 'missing' : 'invalid',
        message: field
          ? `${where}: “${field}” ${unknownKey ? `is not a setting of Treaty Lens` : missing ? 'is missing' : 'has a value that is not allowed'}.`
          : `${where} is not a valid record.`,
      });
    }
  });
  return { ok, problems };
}

function fileProblem(kind: ImportProblem['kind'], message: string): ImportResult {
  return { ok: false, problems: [{ section: 'file', field: '', kind, message }] };
}

function duplicates(section: ImportProblem['section'], items: { id: string }[]): ImportProblem[] {
  const seen = new Set<string>();
  const out: ImportProblem[] = [];
  items.forEach((it, i) => {
    if (seen.has(it.id))
      out.push({
        section,
        index: i + 1,
        id: it.id,
        field: 'id',
        kind: 'duplicate',
        message: `${sectionName[section]} ${i + 1} (${it.id}) appears twice in the file.`,
      });
    seen.add(it.id);
  });
  return out;
}

/** Validate an import file without writing anything. */
export function checkImport(
  textOrObject: string | unknown,
  now: Date = new Date(),
): { ok: true; data: ExportFile } | { ok: false; problems: ImportProblem[] } {
  let raw: unknown = textOrObject;
  if (typeof textOrObject === 'string') {
    if (textOrObject.length > MAX_IMPORT_BYTES)
      return fileProblem(
        'too_large',
        'This file is larger than 20 MB, so it cannot be a Treaty Lens export.',
      ) as {
        ok: false;
        problems: ImportProblem[];
      };
    try {
      raw = JSON.parse(textOrObject);
    } catch {
      return fileProblem('not_json', 'This file is not a Treaty Lens export (it is not JSON).') as {
        ok: false;
        problems: ImportProblem[];
      };
    }
  }
  const o = raw as Partial<Record<keyof ExportFile, unknown>> | null;
  if (!o || typeof o !== 'object' || Array.isArray(o) || o.format !== EXPORT_FORMAT)
    return {
      ok: false,
      problems: [
        {
          section: 'file',
          field: '',
          kind: 'not_export',
          message: 'This file is not a Treaty Lens export.',
        },
      ],
    };
  if (typeof o.formatVersion !== 'number' || o.formatVersion > EXPORT_FORMAT_VERSION)
    return {
      ok: false,
      problems: [
        {
          section: 'file',
          field: 'formatVersion',
          kind: 'newer_format',
          message:
            'This export was made by a newer version of Treaty Lens. Update the extension, then import it again.',
        },
      ],
    };
  const problems: ImportProblem[] = [];
  const arr = (section: 'letters' | 'replies' | 'recipients' | 'meta'): unknown[] => {
    const val = o[section];
    if (val === undefined) return [];
    if (Array.isArray(val)) return val;
    problems.push({
      section,
      field: '',
      kind: 'invalid',
      message: `The “${section}” part of the file is not a list.`,
    });
    return [];
  };
  const letters = recordProblems('letters', LetterSchema, arr('letters'));
  const replies = recordProblems('replies', ReplySchema, arr('replies'));
  const recipients = recordProblems('recipients', CustomRecipientSchema, arr('recipients'));
  const meta = recordProblems('meta', MetaSchema, arr('meta'));
  problems.push(...letters.problems, ...replies.problems, ...recipients.problems, ...meta.problems);
  let settings: Settings | null = null;
  // A retired key (the old test hook) is named among the schema's problems or the UI rules'.
  let retired: ImportProblem[] = [];
  if (o.settings !== undefined && o.settings !== null) {
    const r = retiredSettingProblems(o.settings);
    retired = r.problems;
    const s = recordProblems('settings', SettingsSchema, [r.rest]);
    problems.push(...s.problems);
    settings = (s.ok[0] as Settings | undefined) ?? null;
  }
  const L = letters.ok as LetterRecord[];
  const R = replies.ok as ReplyRecord[];
  problems.push(
    ...duplicates('letters', L),
    ...duplicates('replies', R),
    ...duplicates('recipients', recipients.ok as CustomRecipient[]),
  );
  if (problems.length) return { ok: false, problems: [...problems, ...retired] };
  const data: ExportFile = {
    format: EXPORT_FORMAT,
    formatVersion: o.formatVersion,
    schemaVersion: typeof o.schemaVersion === 'number' ? o.schemaVersion : SCHEMA_VERSION,
    exportedAt: typeof o.exportedAt === 'string' ? o.exportedAt : '',
    letters: L,
    replies: R,
    recipients: recipients.ok as CustomRecipient[],
    settings,
    meta: meta.ok as MetaRecord[],
  };
  // The UI's own rules (recipients, links, update address, test hooks, dates): import-rules.ts.
  const refused = [...retired, ...importRuleProblems(data, now)];
  if (refused.length) return { ok: false, problems: refused };
  // The fields the database derives (`date`, `followUpAt`) are computed from each letter's own
  // fields, whatever the file says: a file cannot put a letter under a wrong date in the list or
  // a wrong place among the follow-ups. (The schema drops an unknown `followUpAt`; a `date` is
  // checked above as the file states it, then replaced.) Derived here, not only when written,
  // so that an unchanged letter compares equal to the stored one (`same` below), older backups
  // without these fields included.
  return { ok: true, data: { ...data, letters: data.letters.map(withDerived) } };
}

/** Deep equality of JSON-like values, ignoring key order. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) =>
    same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

/** Read a file (refusing one over the size limit unread) and check it. */
async function readChecked(
  input: string | Blob,
): Promise<
  { ok: true; text: string; data: ExportFile } | { ok: false; problems: ImportProblem[] }
> {
  if (typeof input !== 'string') {
    if (input.size > MAX_IMPORT_BYTES)
      return fileProblem(
        'too_large',
        'This file is larger than 20 MB, so it cannot be a Treaty Lens export.',
      ) as { ok: false; problems: ImportProblem[] };
    input = await input.text();
  }
  const checked = checkImport(input);
  return checked.ok ? { ...checked, text: input } : checked;
}

/** What an import would do, shown to the reader before anything is written. */
export type ImportPreview =
  | {
      ok: true;
      /** The checked file text, to pass to `importData` once the reader confirmed. */
      text: string;
      letters: number;
      replies: number;
      recipients: number;
      /** Settings the import would change (empty: the settings stay as they are). */
      settings: SettingsKey[];
    }
  | { ok: false; problems: ImportProblem[] };

/** Check a file and say what importing it would change; writes nothing. */
export async function previewImport(input: string | Blob): Promise<ImportPreview> {
  const read = await readChecked(input);
  if (!read.ok) return read;
  const f = read.data;
  const current = await getSettings();
  return {
    ok: true,
    text: read.text,
    letters: f.letters.length,
    replies: f.replies.length,
    recipients: f.recipients.length,
    settings: settingsChanges(current, f.settings),
  };
}

/**
 * Import an export file (text or a File/Blob). All or nothing: nothing is written unless every
 * record is valid and every reply belongs to a letter. Records with an id already stored are
 * replaced, unless the stored letter was changed more recently (then it is kept).
 */
export async function importData(input: string | Blob): Promise<ImportResult> {
  const checked = await readChecked(input);
  if (!checked.ok) return checked;
  const f = checked.data;
  // By the settings copy's rule (settings-copy.ts): the file may replace the settings record.
  const res = await changingSettings(() =>
    guard(() =>
      db.transaction('rw', db.tables, async (): Promise<ImportResult> => {
        const counts: ImportCounts = { added: 0, updated: 0, unchanged: 0, keptNewer: 0 };
        const known = new Set(f.letters.map((l) => l.id));
        const missing = f.replies.filter((r) => !known.has(r.letterId));
        if (missing.length) {
          const stored = await db.letters.bulkGet(missing.map((r) => r.letterId));
          const problems: ImportProblem[] = [];
          missing.forEach((r, i) => {
            if (!stored[i])
              problems.push({
                section: 'replies',
                index: f.replies.indexOf(r) + 1,
                id: r.id,
                field: 'letterId',
                kind: 'unknown_letter',
                message: `Reply ${f.replies.indexOf(r) + 1} (${r.id}) belongs to a letter that is neither in the file nor stored.`,
              });
          });
          if (problems.length) return { ok: false, problems };
        }
        const merge = async <T extends { id?: string; key?: string; updatedAt?: string }>(
          table: import('dexie').Table<T, string>,
          items: T[],
        ) => {
          const keys = items.map((x) => (x.id ?? x.key) as string);
          const existing = await table.bulkGet(keys);
          const put: T[] = [];
          items.forEach((item, i) => {
            const cur = existing[i];
            if (!cur) counts.added++;
            else if (same(cur, item)) return void counts.unchanged++;
            else if (cur.updatedAt && item.updatedAt && cur.updatedAt > item.updatedAt)
              return void counts.keptNewer++;
            else counts.updated++;
            put.push(item);
          });
          await table.bulkPut(put);
        };
        await merge(db.letters, f.letters);
        await merge(db.replies, f.replies);
        await merge(db.recipients, f.recipients);
        await merge(
          db.meta as unknown as import('dexie').Table<MetaRecord & { id?: string }, string>,
          f.meta,
        );
        if (f.settings) await db.settings.put({ key: SETTINGS_KEY, value: f.settings });
        return { ok: true, counts };
      }),
    ),
  );
  if (res.ok) ledgerChanged();
  return res;
}

/** "Delete all my data": empty every table in one transaction. */
export async function deleteAllData(): Promise<void> {
  await changingSettings(() =>
    guard(() =>
      db.transaction('rw', db.tables, () =>
        Promise.all(db.tables.map((t) => t.clear())).then(() => undefined),
      ),
    ),
  );
  ledgerChanged();
}

/**
 * "Delete all my data" from an extension page (issue 18, item 3): every copy, in every place
 * the extension keeps one. IndexedDB first (letters, replies, recipients, settings, the
 * autosaved draft), then this origin's localStorage and sessionStorage (the composer's
 * keystroke-by-keystroke draft copy; other open composers see the `storage` event and forget
 * theirs), then the background's half: storage.local (but the signed campaign data),
 * storage.session, notifications, the follow-up alarm and every badge (lib/background/wipe.ts).
 */
export async function deleteEverything(): Promise<void> {
  await deleteAllData();
  for (const area of ['localStorage', 'sessionStorage'] as const) {
    try {
      globalThis[area]?.clear();
    } catch {
      // Storage switched off for the extension: nothing was written there either.
    }
  }
  const r = await send('page:wipe', {});
  if (!r.ok) throw new Error(r.error);
}

/** How many records of each kind are stored (for the "what is stored" page). */
export async function storageSummary(): Promise<
  Record<'letters' | 'replies' | 'recipients' | 'settings' | 'meta', number>
> {
  return guard(async () => ({
    letters: await db.letters.count(),
    replies: await db.replies.count(),
    recipients: await db.recipients.count(),
    settings: await db.settings.count(),
    meta: await db.meta.count(),
  }));
}

// ---------------------------------------------------------------- CSV
// The spreadsheet export lives in ./csv (papaparse, OWASP neutralisation, readable labels).
export {
  CSV_COLUMNS,
  exportCsv,
  neutraliseCell,
  parseCsv,
  restoreCell,
  toCsv,
  type CsvLabels,
} from './csv';
