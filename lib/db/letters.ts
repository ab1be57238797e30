/**
 * Letter life cycle: draft → handed off → sent → replied. Every function is one transaction, so
 * a failure part-way leaves the previous state intact, and every write bumps `rev`.
 */
import { db } from './db';
import { StorageError, guard } from './errors';
import { getSettings } from './settings';
import { addMinutes, newId, nowIso } from './util';
import { ledgerChanged } from './notify';
import type {
  Channel,
  DeletedLetter,
  FollowUp,
  LetterRecord,
  RecipientSnapshot,
  ReplyRecord,
  Settings,
} from './types';

/** Resolve as `p` does, then tell the background (follow-ups may have changed). */
async function notifyAfter<T>(p: Promise<T>): Promise<T> {
  const out = await p;
  ledgerChanged();
  return out;
}

/** Fields of a letter the composer may set while it is a draft. */
export type DraftFields = Pick<
  LetterRecord,
  'recipient' | 'subject' | 'body' | 'lang' | 'country' | 'ask' | 'concerns' | 'article' | 'channel'
>;

/** A draft change: any subset of the fields; `id` to update an existing letter (or create it with that id). */
export type DraftInput = Partial<DraftFields> & { id?: string };

const EMPTY_RECIPIENT: RecipientSnapshot = { id: '', name: '', role: '', group: '', country: '' };
const EDITABLE: readonly (keyof DraftFields)[] = [
  'recipient',
  'subject',
  'body',
  'lang',
  'country',
  'ask',
  'concerns',
  'article',
  'channel',
];

/** Minutes until the first follow-up, or null when follow-ups are off. */
export function followUpDelayMinutes(s: Settings): number | null {
  return s.followUpDays === null ? null : s.followUpDays * 1440;
}

/** Minutes before asking again after "not yet": 7 days. */
export const SNOOZE_MINUTES = 7 * 1440;

/**
 * Save a draft. Concurrency: only the fields present in `input` are written, inside one
 * transaction that re-reads the stored record, so two tabs editing one draft never corrupt it:
 * the last write wins per field and fields the other tab did not touch are kept. A letter that
 * another tab has already confirmed as sent cannot be edited: that throws a StorageError with
 * reason 'conflict'. Returns the letter id.
 */
export async function saveDraft(input: DraftInput): Promise<string> {
  return guard(() =>
    db.transaction('rw', db.letters, async () => {
      const now = nowIso();
      const existing = input.id ? await db.letters.get(input.id) : undefined;
      if (!existing) {
        const rec: LetterRecord = {
          id: input.id ?? newId(),
          createdAt: now,
          updatedAt: now,
          state: 'draft',
          history: [{ state: 'draft', at: now }],
          recipient: EMPTY_RECIPIENT,
          subject: '',
          body: '',
          lang: 'en',
          country: '',
          ask: '',
          concerns: [],
          rev: 1,
        };
        for (const k of EDITABLE) if (input[k] !== undefined) Object.assign(rec, { [k]: input[k] });
        await db.letters.add(rec);
        return rec.id;
      }
      if (existing.state === 'sent' || existing.state === 'replied') {
        throw new StorageError('conflict', 'letter already sent');
      }
      const changes: Partial<LetterRecord> = { updatedAt: now, rev: existing.rev + 1 };
      for (const k of EDITABLE)
        if (input[k] !== undefined) Object.assign(changes, { [k]: input[k] });
      await db.letters.update(existing.id, changes);
      return existing.id;
    }),
  );
}

/** One letter by id (any state). */
export async function getLetter(id: string): Promise<LetterRecord | undefined> {
  return guard(() => db.letters.get(id));
}

/** A draft (or handed-off letter, still editable) by id; undefined for sent letters or unknown ids. */
export async function getDraft(id: string): Promise<LetterRecord | undefined> {
  const l = await getLetter(id);
  return l && (l.state === 'draft' || l.state === 'handed_off') ? l : undefined;
}

/** The most recently edited draft, to restore the composer. */
export async function latestDraft(): Promise<LetterRecord | undefined> {
  return guard(async () => {
    const drafts = await db.letters.where('state').equals('draft').toArray();
    return drafts.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
  });
}

async function mustGet(id: string): Promise<LetterRecord> {
  const l = await db.letters.get(id);
  if (!l) throw new StorageError('not_found', 'no such letter');
  return l;
}

/** The letter was given to a channel (mail app opened, copied, printed…). Not proof of sending. */
export async function recordHandoff(id: string, channel: Channel): Promise<void> {
  return guard(() =>
    db.transaction('rw', db.letters, async () => {
      const l = await mustGet(id);
      const at = nowIso();
      const handedOff = l.state === 'draft' || l.state === 'handed_off';
      await db.letters.update(id, {
        state: handedOff ? 'handed_off' : l.state,
        channel,
        history: [...l.history, { state: 'handed_off', at, channel }],
        updatedAt: at,
        rev: l.rev + 1,
      });
    }),
  );
}

/**
 * The user says "I sent it": state → sent, follow-up scheduled per settings. Idempotent.
 * `channel` is the way the reader says they sent it (they may have tried several); without
 * it, the last channel tried.
 */
export async function confirmSent(id: string, channel?: Channel): Promise<void> {
  const settings = await getSettings();
  return notifyAfter(
    guard(() =>
      db.transaction('rw', db.letters, async () => {
        const l = await mustGet(id);
        if (l.state === 'sent' || l.state === 'replied') return;
        const at = nowIso();
        const delay = followUpDelayMinutes(settings);
        const followUp: FollowUp = { dueAt: delay === null ? null : addMinutes(at, delay) };
        const via = channel ?? l.channel;
        await db.letters.update(id, {
          state: 'sent',
          sentAt: at,
          followUp,
          ...(via ? { channel: via } : {}),
          history: [...l.history, { state: 'sent', at, ...(via ? { channel: via } : {}) }],
          updatedAt: at,
          rev: l.rev + 1,
        });
      }),
    ),
  );
}

/** What the user enters when logging a reply. */
export type ReplyInput = Omit<ReplyRecord, 'id' | 'letterId'> & { id?: string };

/** Log a reply: adds the reply record and moves the letter to 'replied' (follow-ups stop). */
export async function logReply(letterId: string, reply: ReplyInput): Promise<string> {
  return notifyAfter(
    guard(() =>
      db.transaction('rw', db.letters, db.replies, async () => {
        const l = await mustGet(letterId);
        const rec: ReplyRecord = { ...reply, id: reply.id ?? newId(), letterId };
        await db.replies.put(rec);
        const at = nowIso();
        await db.letters.update(letterId, {
          state: 'replied',
          history: [...l.history, { state: 'replied', at }],
          followUp: { ...(l.followUp ?? { dueAt: null }), stopped: true },
          updatedAt: at,
          rev: l.rev + 1,
        });
        return rec.id;
      }),
    ),
  );
}

/** Replies logged for a letter, oldest first. */
export async function repliesFor(letterId: string): Promise<ReplyRecord[]> {
  return guard(async () =>
    (await db.replies.where('letterId').equals(letterId).toArray()).sort((a, b) =>
      a.receivedOn.localeCompare(b.receivedOn),
    ),
  );
}

/** Remove one logged reply; a letter left without replies goes back to 'sent'. */
export async function removeReply(replyId: string): Promise<void> {
  return notifyAfter(
    guard(() =>
      db.transaction('rw', db.letters, db.replies, async () => {
        const r = await db.replies.get(replyId);
        if (!r) return;
        await db.replies.delete(replyId);
        const rest = await db.replies.where('letterId').equals(r.letterId).count();
        const l = await db.letters.get(r.letterId);
        if (l && rest === 0 && l.state === 'replied') {
          await db.letters.update(l.id, {
            state: 'sent',
            history: l.history.filter((h) => h.state !== 'replied'),
            updatedAt: nowIso(),
            rev: l.rev + 1,
          });
        }
      }),
    ),
  );
}

/** Delete a letter and its replies; returns what was removed so it can be restored (undo). */
export async function deleteLetter(id: string): Promise<DeletedLetter | undefined> {
  return notifyAfter(
    guard(() =>
      db.transaction('rw', db.letters, db.replies, async () => {
        const letter = await db.letters.get(id);
        if (!letter) return undefined;
        const replies = await db.replies.where('letterId').equals(id).toArray();
        await db.replies.bulkDelete(replies.map((r) => r.id));
        await db.letters.delete(id);
        return { letter, replies };
      }),
    ),
  );
}

/** Undo a delete: put the letter and its replies back exactly as they were. */
export async function restoreLetter(deleted: DeletedLetter): Promise<void> {
  return notifyAfter(
    guard(() =>
      db.transaction('rw', db.letters, db.replies, async () => {
        await db.letters.put(deleted.letter);
        await db.replies.bulkPut(deleted.replies);
      }),
    ),
  );
}
