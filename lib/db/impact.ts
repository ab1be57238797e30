/** Impact figures, computed on the device from the ledger. Pure core + one db read. */
import { db } from './db';
import { guard } from './errors';
import type { LetterRecord, ReplyKind, ReplyRecord } from './types';

/** Letters sent and answered in one slice (a recipient group, a country, a period). */
export interface ImpactRow {
  key: string;
  sent: number;
  replied: number;
  /** replied / sent, 0…1 (0 when nothing was sent). */
  rate: number;
}

/** Everything the impact view shows. */
export interface Impact {
  lettersSent: number;
  peopleReached: number;
  /** Sent letters with at least one logged reply. */
  lettersReplied: number;
  replyRate: number;
  repliesByKind: Record<ReplyKind, number>;
  byGroup: ImpactRow[];
  byCountry: ImpactRow[];
  /** Per period, oldest first, without gaps between the first and the last period. */
  timeline: ImpactRow[];
  /** Weeks in a row (up to this week, or last week if nothing was sent yet this week) with ≥1 letter sent. */
  streakWeeks: number;
}

/** Monday (UTC) of the week containing `t`, as YYYY-MM-DD. */
export function weekOf(t: string | number): string {
  const d = new Date(t);
  const day = (d.getUTCDay() + 6) % 7;
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - day))
    .toISOString()
    .slice(0, 10);
}

function monthOf(t: string): string {
  return t.slice(0, 7);
}

function nextPeriod(p: string, by: 'week' | 'month'): string {
  if (by === 'week')
    return new Date(Date.parse(`${p}T00:00:00Z`) + 7 * 86_400_000).toISOString().slice(0, 10);
  const [y, m] = p.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

function rows(map: Map<string, { sent: number; replied: number }>): ImpactRow[] {
  return [...map].map(([key, x]) => ({ key, ...x, rate: x.sent ? x.replied / x.sent : 0 }));
}

/** Compute impact figures from letters and replies. `by` picks the timeline period. */
export function computeImpact(
  letters: LetterRecord[],
  replies: ReplyRecord[],
  now: string = new Date().toISOString(),
  by: 'week' | 'month' = 'month',
): Impact {
  const sent = letters.filter((l) => l.sentAt && (l.state === 'sent' || l.state === 'replied'));
  const repliedIds = new Set(replies.map((r) => r.letterId));
  const isReplied = (l: LetterRecord) => l.state === 'replied' || repliedIds.has(l.id);
  const people = new Set(
    sent.map((l) => l.recipient.id || `${l.recipient.name}|${l.recipient.role}`),
  );
  const group = new Map<string, { sent: number; replied: number }>();
  const country = new Map<string, { sent: number; replied: number }>();
  const period = new Map<string, { sent: number; replied: number }>();
  const bump = (m: Map<string, { sent: number; replied: number }>, k: string, r: boolean) => {
    const x = m.get(k) ?? { sent: 0, replied: 0 };
    x.sent++;
    if (r) x.replied++;
    m.set(k, x);
  };
  for (const l of sent) {
    const r = isReplied(l);
    bump(group, l.recipient.group || 'other', r);
    bump(country, l.recipient.country || l.country || '?', r);
    bump(period, by === 'week' ? weekOf(l.sentAt!) : monthOf(l.sentAt!), r);
  }
  const keys = [...period.keys()].sort();
  const timeline: ImpactRow[] = [];
  if (keys.length) {
    for (let p = keys[0]!; p <= keys.at(-1)!; p = nextPeriod(p, by)) {
      const x = period.get(p) ?? { sent: 0, replied: 0 };
      timeline.push({ key: p, ...x, rate: x.sent ? x.replied / x.sent : 0 });
    }
  }
  const weeks = new Set(sent.map((l) => weekOf(l.sentAt!)));
  let w = weekOf(now);
  if (!weeks.has(w)) w = weekOf(Date.parse(`${w}T00:00:00Z`) - 86_400_000);
  let streak = 0;
  while (weeks.has(w)) {
    streak++;
    w = weekOf(Date.parse(`${w}T00:00:00Z`) - 86_400_000);
  }
  const repliesByKind: Record<ReplyKind, number> = {
    substantive: 0,
    acknowledgement: 0,
    refusal: 0,
  };
  for (const r of replies) repliesByKind[r.kind]++;
  const lettersReplied = sent.filter(isReplied).length;
  const bySent = (a: ImpactRow, b: ImpactRow) => b.sent - a.sent || a.key.localeCompare(b.key);
  return {
    lettersSent: sent.length,
    peopleReached: people.size,
    lettersReplied,
    replyRate: sent.length ? lettersReplied / sent.length : 0,
    repliesByKind,
    byGroup: rows(group).sort(bySent),
    byCountry: rows(country).sort(bySent),
    timeline,
    streakWeeks: streak,
  };
}

/** Impact figures from the database. */
export async function impact(by: 'week' | 'month' = 'month', now?: string): Promise<Impact> {
  return guard(async () => {
    const [letters, replies] = await db.transaction('r', db.letters, db.replies, () =>
      Promise.all([db.letters.where('sentAt').above('').toArray(), db.replies.toArray()]),
    );
    return computeImpact(letters, replies, now, by);
  });
}
