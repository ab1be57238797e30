/**
 * Record types stored in the Treaty Lens database. Times are ISO 8601 strings (UTC), so records
 * survive JSON export/import unchanged.
 */

/** Where a letter is in its life: typed → given to a channel → user says sent → reply logged. */
export type LetterState = 'draft' | 'handed_off' | 'sent' | 'replied';

/** Every way a letter can leave the composer (the one list; lib/letters and the import check use it). */
export const CHANNELS = [
  'mailto',
  'gmail',
  'outlook',
  'clipboard',
  'form',
  'print',
  'phone',
  'web',
] as const;
/** One way a letter can leave the composer. */
export type Channel = (typeof CHANNELS)[number];

/** The recipient as they were when the letter was written (campaign data may change later). */
export interface RecipientSnapshot {
  id: string;
  name: string;
  role: string;
  group: string;
  country: string;
  region?: string;
  email?: string;
  contactForm?: string;
  phone?: string;
}

/** One step of a letter's history. */
export interface HistoryEntry {
  state: LetterState;
  at: string;
  channel?: Channel;
}

/** The article a letter was written from. */
export interface ArticleRef {
  url: string;
  title: string;
  outlet: string;
  passage: string;
}

/** Follow-up bookkeeping for a sent letter. `dueAt: null` means no follow-up (setting was off). */
export interface FollowUp {
  dueAt: string | null;
  snoozedUntil?: string;
  stopped?: boolean;
}

/** A letter, from draft to reply. `rev` increases on every write (optimistic concurrency). */
export interface LetterRecord {
  id: string;
  createdAt: string;
  updatedAt: string;
  state: LetterState;
  history: HistoryEntry[];
  recipient: RecipientSnapshot;
  channel?: Channel;
  subject: string;
  body: string;
  lang: string;
  country: string;
  ask: string;
  concerns: string[];
  article?: ArticleRef;
  followUp?: FollowUp;
  /** When the user confirmed sending (indexed since schema v2; derived from `history`). */
  sentAt?: string;
  /** The date the ledger lists it under: `sentAt ?? updatedAt` (derived and indexed since v3; kept by the database). */
  date?: string;
  /**
   * When the follow-up is next due: `followUpDueAt` (lib/db/dates.ts), absent when there is none.
   * Derived and indexed since v4; kept by the database, never taken from an import file.
   */
  followUpAt?: string;
  rev: number;
}

/** What kind of answer came back. */
export type ReplyKind = 'substantive' | 'acknowledgement' | 'refusal';

/** A reply the user logged against a letter. */
export interface ReplyRecord {
  id: string;
  letterId: string;
  /** Day the reply arrived (YYYY-MM-DD or full ISO time). */
  receivedOn: string;
  kind: ReplyKind;
  notes?: string;
  text?: string;
}

/** A recipient the user added themselves (not from campaign data). */
export interface CustomRecipient extends RecipientSnapshot {
  createdAt: string;
}

/** Detection mode: on every page, or only when the user clicks the toolbar button. */
/** 'off': Treaty Lens reads no page at all until switched back (issue 18, item 10). */
export type DetectionMode = 'auto' | 'click' | 'off';

/** User settings; one record. */
export interface Settings {
  /** ISO 3166 alpha-2 code (or 'EU'); '' until the user (or the browser locale) chooses. */
  country: string;
  /** US state, UK constituency id, …; '' when not needed or not chosen. */
  region: string;
  sender: { name: string; city: string; role: string };
  preferredChannel: Channel | null;
  /** UI language ('' = follow the browser). */
  uiLang: string;
  mode: DetectionMode;
  /** Host names where detection is switched off. */
  disabledSites: string[];
  /** Detection paused until this time (ISO), or null. */
  pausedUntil: string | null;
  /** Whether the in-page panel stays open on matching pages. */
  panelOpen: boolean;
  /** Days after sending before asking "did they reply?"; null = never ask. */
  followUpDays: number | null;
  notifications: boolean;
  /** Campaign-data update feed; null = updates switched off. */
  updateUrl: string | null;
}

/** What `deleteLetter` removed, so that `restoreLetter` can put it back (undo). */
export interface DeletedLetter {
  letter: LetterRecord;
  replies: ReplyRecord[];
}

/** A row of the small key/value table for bookkeeping (e.g. when we last notified). */
export interface MetaRecord {
  key: string;
  value: unknown;
}
