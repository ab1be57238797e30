/**
 * The composer's working state and its autosave. The popup closes the moment it loses focus,
 * so every change is written synchronously to localStorage (extension origin, survives the
 * popup closing mid-write) and, debounced, to IndexedDB (lib/db `meta` table), where it also
 * survives a cleared localStorage. On open, the newer of the two wins.
 *
 * Letters become ledger records (lib/db `LetterRecord`, one per recipient) when they are
 * handed to a channel.
 */
import * as v from 'valibot';
import {
  db,
  confirmSent,
  recordHandoff,
  saveDraft,
  type Channel,
  type RecipientSnapshot,
} from '../db';
import type { Letter } from './compose';

/** Key of the composer draft in localStorage and in the db `meta` table. */
export const DRAFT_KEY = 'composer.draft';

const Str = (max: number) => v.optional(v.pipe(v.string(), v.maxLength(max)), '');

const DraftSchema = v.object({
  v: v.literal(1),
  updatedAt: v.pipe(v.string(), v.maxLength(40)),
  country: Str(8),
  region: Str(40),
  sender: v.optional(v.object({ name: Str(200), city: Str(200), role: Str(200) }), {
    name: '',
    city: '',
    role: '',
  }),
  selected: v.optional(v.array(v.pipe(v.string(), v.maxLength(200))), []),
  lang: Str(10),
  concerns: v.optional(v.array(v.pipe(v.string(), v.maxLength(60))), []),
  personal: v.optional(v.object({ why: Str(20_000), whatIDo: Str(20_000), local: Str(20_000) }), {
    why: '',
    whatIDo: '',
    local: '',
  }),
  article: v.optional(
    v.object({
      url: Str(4096),
      title: Str(1000),
      outlet: Str(300),
      passage: Str(2000),
      include: v.boolean(),
      /** Quote the passage the reader selected (shown word for word beside its checkbox). */
      quote: v.optional(v.boolean(), true),
    }),
  ),
  /** Ledger letter id per recipient id, once a letter was handed off. */
  letterIds: v.optional(v.record(v.string(), v.string()), {}),
  /** Recipients whose letter the user confirmed as sent. */
  sent: v.optional(v.array(v.string()), []),
  /**
   * Letters the user edited by hand, per recipient id. Caps are generous on purpose: an
   * over-long letter must reach validation (which explains the limit), not fail to restore.
   */
  edits: v.optional(
    v.record(v.string(), v.object({ subject: Str(10_000), body: Str(200_000) })),
    {},
  ),
  /**
   * The reader's answer to the safety notice for `country` (a state rated Not Free,
   * lib/campaign/risk.ts): send without the name, with it, or not at all. It holds only while
   * the draft's country is that country.
   */
  safety: v.optional(
    v.object({ country: Str(8), choice: v.picklist(['anonymous', 'named', 'declined']) }),
  ),
});

/** The reader's answer to the safety notice. */
export type SafetyChoice = 'anonymous' | 'named' | 'declined';

/** Everything the composer remembers between openings. */
export type ComposerDraft = v.InferOutput<typeof DraftSchema>;

/** A fresh, empty draft. */
export function emptyDraft(): ComposerDraft {
  return {
    v: 1,
    updatedAt: new Date(0).toISOString(),
    country: '',
    region: '',
    sender: { name: '', city: '', role: '' },
    selected: [],
    lang: '',
    concerns: [],
    personal: { why: '', whatIDo: '', local: '' },
    letterIds: {},
    sent: [],
    edits: {},
  };
}

function parse(x: unknown): ComposerDraft | null {
  const r = v.safeParse(DraftSchema, x);
  return r.success ? r.output : null;
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The draft in localStorage now, if any and valid (synchronous). */
export function readDraftSync(): ComposerDraft | null {
  try {
    const raw = storage()?.getItem(DRAFT_KEY);
    return raw ? parse(JSON.parse(raw)) : null;
  } catch {
    return null;
  }
}

/** A draft from a `storage` event's `newValue` (another tab wrote it), if valid. */
export function parseDraftJson(raw: string | null): ComposerDraft | null {
  try {
    return raw ? parse(JSON.parse(raw)) : null;
  } catch {
    return null;
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Three-way merge of one value: mine if I changed it since `base`, else theirs. */
function pick<T>(base: T, mine: T, theirs: T): T {
  return same(mine, base) ? theirs : mine;
}

/** Three-way merge of a record, key by key (a key deleted on one side stays deleted). */
function pickRecord<T>(
  base: Record<string, T>,
  mine: Record<string, T>,
  theirs: Record<string, T>,
): Record<string, T> {
  const out: Record<string, T> = {};
  for (const k of new Set([...Object.keys(base), ...Object.keys(mine), ...Object.keys(theirs)])) {
    const v = pick(base[k], mine[k], theirs[k]);
    if (v !== undefined) out[k] = v;
  }
  return out;
}

/**
 * Two composers (a popup and a tab, two tabs) can edit the same draft. Each remembers the
 * draft as it last read or wrote it (`base`); when the stored draft changed under it
 * (`theirs`), the fields this composer changed since `base` are kept (`mine`) and every other
 * field is taken from `theirs`, field by field — never the whole draft from one side, which
 * lost the other tab's typing. Sent marks only ever accumulate.
 */
export function mergeDrafts(
  base: ComposerDraft,
  mine: ComposerDraft,
  theirs: ComposerDraft,
): ComposerDraft {
  // Recipients belong to a place: a side that moved to another country or region brings its
  // own selection with it, never one chosen for the place it left.
  const moved = (d: ComposerDraft) => d.country !== base.country || d.region !== base.region;
  const place = moved(mine) ? mine : moved(theirs) ? theirs : null;
  return {
    v: 1,
    updatedAt: mine.updatedAt > theirs.updatedAt ? mine.updatedAt : theirs.updatedAt,
    country: place ? place.country : base.country,
    region: place ? place.region : base.region,
    sender: {
      name: pick(base.sender.name, mine.sender.name, theirs.sender.name),
      city: pick(base.sender.city, mine.sender.city, theirs.sender.city),
      role: pick(base.sender.role, mine.sender.role, theirs.sender.role),
    },
    selected: place ? place.selected : pick(base.selected, mine.selected, theirs.selected),
    lang: pick(base.lang, mine.lang, theirs.lang),
    concerns: pick(base.concerns, mine.concerns, theirs.concerns),
    personal: {
      why: pick(base.personal.why, mine.personal.why, theirs.personal.why),
      whatIDo: pick(base.personal.whatIDo, mine.personal.whatIDo, theirs.personal.whatIDo),
      local: pick(base.personal.local, mine.personal.local, theirs.personal.local),
    },
    ...withArticle(pick(base.article, mine.article, theirs.article)),
    letterIds: pickRecord(base.letterIds, mine.letterIds, theirs.letterIds),
    sent: [...new Set([...theirs.sent, ...mine.sent])],
    edits: pickRecord(base.edits, mine.edits, theirs.edits),
    ...withSafety(pick(base.safety, mine.safety, theirs.safety)),
  };
}

const withArticle = (article: ComposerDraft['article']) => (article ? { article } : {});
const withSafety = (safety: ComposerDraft['safety']) => (safety ? { safety } : {});

/** Write the draft to localStorage now (synchronous: safe in `pagehide`). */
export function saveDraftSync(d: ComposerDraft): void {
  try {
    storage()?.setItem(DRAFT_KEY, JSON.stringify(d));
  } catch {
    // Quota or disabled storage: the IndexedDB copy still follows.
  }
}

/** Write the draft to IndexedDB. Rejects with lib/db's StorageError on failure. */
export async function saveDraftDb(d: ComposerDraft): Promise<void> {
  await db.meta.put({ key: DRAFT_KEY, value: d });
}

/** The most recent saved draft (localStorage or IndexedDB, whichever is newer), or null. */
export async function loadDraft(): Promise<ComposerDraft | null> {
  let local: ComposerDraft | null = null;
  try {
    const raw = storage()?.getItem(DRAFT_KEY);
    local = raw ? parse(JSON.parse(raw)) : null;
  } catch {
    local = null;
  }
  let stored: ComposerDraft | null = null;
  try {
    stored = parse((await db.meta.get(DRAFT_KEY))?.value);
  } catch {
    stored = null;
  }
  if (local && stored) return local.updatedAt >= stored.updatedAt ? local : stored;
  return local ?? stored;
}

/** Forget the draft (after everything was sent, or "start over"). */
export async function clearDraft(): Promise<void> {
  try {
    storage()?.removeItem(DRAFT_KEY);
  } catch {
    // ignore
  }
  await db.meta.delete(DRAFT_KEY);
}

/**
 * Debounced saver: `save(d)` writes localStorage at once and IndexedDB after `ms` of quiet;
 * `flush()` writes IndexedDB now (call on pagehide / visibilitychange).
 */
export function autosaver(
  ms = 250,
  onError: (e: unknown) => void = () => {},
): { save(d: ComposerDraft): void; flush(): Promise<void>; cancel(): void } {
  let pending: ComposerDraft | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = async () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    const d = pending;
    pending = null;
    if (d) await saveDraftDb(d).catch(onError);
  };
  return {
    save(d) {
      saveDraftSync(d);
      pending = d;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void flush(), ms);
    },
    flush,
    cancel() {
      if (timer) clearTimeout(timer);
      pending = null;
    },
  };
}

/** Details of one letter for the ledger. */
export interface LedgerLetter {
  recipient: RecipientSnapshot;
  letter: Letter;
  country: string;
  ask: string;
  concerns: string[];
  article?: { url: string; title: string; outlet: string; passage: string };
}

/**
 * Record that a letter was given to a channel. Creates (or updates) the ledger letter and
 * returns its id. Not proof of sending: the user confirms with `confirmLetterSent`.
 */
export async function handOff(
  existingId: string | undefined,
  l: LedgerLetter,
  channel: Channel,
): Promise<string> {
  const id = await saveDraft({
    ...(existingId ? { id: existingId } : {}),
    recipient: l.recipient,
    subject: l.letter.subject,
    body: l.letter.body,
    lang: l.letter.lang,
    country: l.country,
    ask: l.ask,
    concerns: l.concerns,
    article: l.article,
    channel,
  });
  await recordHandoff(id, channel);
  return id;
}

/** The user says they sent it, and by which channel (the one they confirm, not the last tried). */
export async function confirmLetterSent(id: string, channel?: Channel): Promise<void> {
  await confirmSent(id, channel);
}
