/**
 * The letters as CSV for people who open it in a spreadsheet: UTF-8 with a byte-order mark
 * (Excel reads UTF-8 only with one), every cell quoted (papaparse), readable concern, ask,
 * state and channel labels in the export's language beside nothing internal, the replies'
 * text, and each date both in UTC and in the reader's local time.
 *
 * Cells are neutralised per OWASP's CSV-injection guidance: a cell a spreadsheet could read as
 * a formula gets a leading apostrophe. Spreadsheets skip leading blanks and control characters
 * and fold full-width signs to ASCII before they decide, so the test covers = + - @, tab, CR,
 * LF, NUL, any leading space or invisible format character, and the full-width and small
 * forms ＝ ＋ － ＠ ﹦ ﹢ ﹣ and the minus sign −. NUL never reaches a cell at all.
 */
import Papa from 'papaparse';
import { db } from './db';
import { guard } from './errors';
import { letterDate } from './query';
import type { LetterRecord, ReplyRecord } from './types';

/** Cells a spreadsheet could treat as a formula (plus the escape apostrophe itself). */
const FORMULA_START = /^[=+\-@\t\r\n\0'＝＋－＠﹦﹢﹣\u2212\s\p{Cf}]/u;

// eslint-disable-next-line no-control-regex
const NUL = /\u0000/g;

/** Prefix a cell that a spreadsheet could run as a formula with an apostrophe; drop NULs. */
export function neutraliseCell(s: string): string {
  const c = s.replace(NUL, '');
  return FORMULA_START.test(c) && c !== "'" ? `'${c}` : c;
}

/** Undo `neutraliseCell` (for round-trips). */
export function restoreCell(s: string): string {
  return s.length >= 2 && s[0] === "'" && FORMULA_START.test(s.slice(1)) ? s.slice(1) : s;
}

/** RFC 4180 CSV by papaparse: every cell quoted, quotes doubled, CRLF after every row. */
export function toCsv(rows: string[][]): string {
  return `${Papa.unparse(
    rows.map((r) => r.map(neutraliseCell)),
    { quotes: true, newline: '\r\n' },
  )}\r\n`;
}

/** Parse CSV (with or without a BOM) and undo the formula neutralisation. */
export function parseCsv(csv: string): string[][] {
  const text = csv.replace(/^\uFEFF/, '');
  const { data } = Papa.parse<string[]>(text, { newline: '\r\n', skipEmptyLines: false });
  // The final CRLF ends the last row; papaparse reports the empty text after it as a row.
  if (/\r\n$/.test(text) && data.length) data.pop();
  return data.map((r) => r.map(restoreCell));
}

/** Columns of the letters CSV. */
export const CSV_COLUMNS = [
  'id',
  'date_utc',
  'date_local',
  'state',
  'channel',
  'recipient',
  'role',
  'group',
  'recipient_country',
  'email',
  'country',
  'lang',
  'ask',
  'concerns',
  'subject',
  'body',
  'article_url',
  'replies',
  'reply_text',
] as const;

/** Readable labels in the export's language (the ledger passes its `t()`). */
export interface CsvLabels {
  state(s: string): string;
  channel(c: string): string;
  ask(a: string): string;
  concern(c: string): string;
  replyKind(k: string): string;
}

const asIs: CsvLabels = {
  state: (s) => s,
  channel: (c) => c,
  ask: (a) => a,
  concern: (c) => c,
  replyKind: (k) => k,
};

/** "2026-11-27 14:05 UTC"-style UTC time and the same instant in `timeZone`, for spreadsheets. */
function dates(iso: string, locale: string, timeZone?: string): [string, string] {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return [iso, iso];
  const utc = `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  let local = utc;
  try {
    local = new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZoneName: 'short',
      ...(timeZone ? { timeZone } : {}),
    }).format(d);
  } catch {
    /* an unknown locale or zone keeps UTC */
  }
  return [utc, local];
}

function replyText(rs: ReplyRecord[], labels: CsvLabels): string {
  return rs
    .map((r) =>
      [`${r.receivedOn.slice(0, 10)} · ${labels.replyKind(r.kind)}`, r.text, r.notes]
        .filter((x) => x?.trim())
        .join('\n'),
    )
    .join('\n\n');
}

/** One letter as a CSV row (pure; exported for tests). */
export function csvRow(
  l: LetterRecord,
  replies: ReplyRecord[],
  labels: CsvLabels,
  locale: string,
  timeZone?: string,
): string[] {
  const [utc, local] = dates(letterDate(l), locale, timeZone);
  return [
    l.id,
    utc,
    local,
    labels.state(l.state),
    l.channel ? labels.channel(l.channel) : '',
    l.recipient.name,
    l.recipient.role,
    l.recipient.group,
    l.recipient.country,
    l.recipient.email ?? '',
    l.country,
    l.lang,
    labels.ask(l.ask),
    l.concerns.map((c) => labels.concern(c)).join('; '),
    l.subject,
    l.body,
    l.article?.url ?? '',
    String(replies.length),
    replyText(replies, labels),
  ];
}

/**
 * All letters as CSV for spreadsheets, newest first, with a UTF-8 byte-order mark. `labels`
 * turn codes into words in the export's language; `locale`/`timeZone` format the local dates.
 */
export async function exportCsv(
  opts: { labels?: CsvLabels; locale?: string; timeZone?: string } = {},
): Promise<string> {
  const labels = opts.labels ?? asIs;
  const locale = opts.locale ?? 'en';
  return guard(async () => {
    const [letters, replies] = await Promise.all([db.letters.toArray(), db.replies.toArray()]);
    const byLetter = new Map<string, ReplyRecord[]>();
    for (const r of replies) byLetter.set(r.letterId, [...(byLetter.get(r.letterId) ?? []), r]);
    for (const rs of byLetter.values()) rs.sort((a, b) => a.receivedOn.localeCompare(b.receivedOn));
    letters.sort((a, b) => letterDate(b).localeCompare(letterDate(a)));
    const rows = letters.map((l) =>
      csvRow(l, byLetter.get(l.id) ?? [], labels, locale, opts.timeZone),
    );
    return `\uFEFF${toCsv([[...CSV_COLUMNS], ...rows])}`;
  });
}
