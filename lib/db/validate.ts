/** Valibot schemas for every stored record, used to check imported files. */
import * as v from 'valibot';
import { CHANNELS } from './types';

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
/**
 * `s` (which passed `isoTimestamp`) as `Date#toISOString()` writes it — UTC, milliseconds, `Z`
 * — or null when this browser reads it as no date, or as another day or time than it says
 * (`2026-02-30` read as 2 March, say).
 */
export function utcTimestamp(s: string): string | null {
  const ms = Date.parse(s);
  if (Number.isNaN(ms)) return null;
  const m = /([+-])(\d{2}):?(\d{2})$/.exec(s);
  const offsetMs = m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) * 60_000 : 0;
  const written = `${s.slice(0, 10)}T${s.slice(11, 19)}`;
  return new Date(ms + offsetMs).toISOString().slice(0, 19) === written
    ? new Date(ms).toISOString()
    : null;
}

/**
 * A moment in time, stored as every time this extension writes is stored (`utcTimestamp`). The
 * database and its readers compare times as strings (the `date` and `followUpAt` indexes, the
 * ledger's date filters), which orders them only when they are all written alike: a file's
 * `2026-11-01T12:00:00+02:00` is stored as `2026-11-01T10:00:00.000Z`, the same moment.
 */
const time = v.pipe(
  v.string(),
  v.isoTimestamp(),
  v.transform(utcTimestamp),
  // A time this browser cannot read as written became null: refused like any other bad value.
  v.string(),
);
const day = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/));

const state = v.picklist(['draft', 'handed_off', 'sent', 'replied']);
const channel = v.picklist(CHANNELS);

const recipient = v.object({
  id: text(200),
  name: text(500),
  role: text(500),
  group: text(200),
  country: text(10),
  region: v.optional(text(200)),
  email: v.optional(text(500)),
  contactForm: v.optional(text(4096)),
  phone: v.optional(text(100)),
});

/** A stored letter. */
export const LetterSchema = v.object({
  id,
  createdAt: time,
  updatedAt: time,
  state,
  history: v.array(v.object({ state, at: time, channel: v.optional(channel) })),
  recipient,
  channel: v.optional(channel),
  subject: text(2000),
  body: text(200_000),
  lang: text(20),
  country: text(10),
  ask: text(200),
  concerns: v.array(text(200)),
  article: v.optional(
    v.object({ url: text(4096), title: text(2000), outlet: text(500), passage: text(5000) }),
  ),
  followUp: v.optional(
    v.object({
      dueAt: v.nullable(time),
      snoozedUntil: v.optional(time),
      stopped: v.optional(v.boolean()),
    }),
  ),
  sentAt: v.optional(time),
  date: v.optional(time),
  rev: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

/** A logged reply. */
export const ReplySchema = v.object({
  id,
  letterId: id,
  receivedOn: day,
  kind: v.picklist(['substantive', 'acknowledgement', 'refusal']),
  notes: v.optional(text(20_000)),
  text: v.optional(text(200_000)),
});

/** A recipient the user added. */
export const CustomRecipientSchema = v.object({ ...recipient.entries, id, createdAt: time });

/** The settings record: known keys only (an import cannot plant a setting the UI has not). */
export const SettingsSchema = v.strictObject({
  country: text(10),
  region: text(200),
  sender: v.strictObject({ name: text(500), city: text(500), role: text(200) }),
  preferredChannel: v.nullable(channel),
  uiLang: text(20),
  mode: v.picklist(['auto', 'click', 'off']),
  disabledSites: v.array(text(300)),
  pausedUntil: v.nullable(time),
  panelOpen: v.boolean(),
  followUpDays: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(365))),
  notifications: v.boolean(),
  updateUrl: v.nullable(text(4096)),
});

/** A bookkeeping row. */
export const MetaSchema = v.object({ key: text(200), value: v.unknown() });
