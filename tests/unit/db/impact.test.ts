import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  computeImpact,
  confirmSent,
  db,
  impact,
  logReply,
  saveDraft,
  weekOf,
} from '../../../lib/db';

const rec = (id: string, group: string, country: string) => ({
  id,
  name: id,
  role: 'r',
  group,
  country,
});

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});

async function sendAt(when: string, recipient: ReturnType<typeof rec>): Promise<string> {
  vi.setSystemTime(new Date(when));
  const id = await saveDraft({ recipient, country: recipient.country });
  await confirmSent(id);
  return id;
}

describe('impact figures', () => {
  it('counts letters, people, replies and rates by group and country', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const alice = rec('alice', 'us-senate', 'US');
    const bob = rec('bob', 'us-senate', 'US');
    const mp = rec('mp', 'uk-commons', 'GB');
    const a1 = await sendAt('2026-09-02T10:00:00Z', alice);
    await sendAt('2026-10-05T10:00:00Z', alice);
    await sendAt('2026-11-16T10:00:00Z', bob);
    const m = await sendAt('2026-11-24T10:00:00Z', mp);
    await saveDraft({ recipient: mp }); // drafts do not count
    await logReply(a1, { receivedOn: '2026-09-20', kind: 'substantive' });
    await logReply(m, { receivedOn: '2026-11-26', kind: 'acknowledgement' });
    vi.useRealTimers();

    const i = await impact('month', '2026-11-27T12:00:00Z');
    expect(i.lettersSent).toBe(4);
    expect(i.peopleReached).toBe(3);
    expect(i.lettersReplied).toBe(2);
    expect(i.replyRate).toBe(0.5);
    expect(i.repliesByKind).toEqual({ substantive: 1, acknowledgement: 1, refusal: 0 });
    expect(i.byGroup).toEqual([
      { key: 'us-senate', sent: 3, replied: 1, rate: 1 / 3 },
      { key: 'uk-commons', sent: 1, replied: 1, rate: 1 },
    ]);
    expect(i.byCountry.map((r) => [r.key, r.sent])).toEqual([
      ['US', 3],
      ['GB', 1],
    ]);
    expect(i.timeline.map((r) => [r.key, r.sent, r.replied])).toEqual([
      ['2026-09', 1, 1],
      ['2026-10', 1, 0],
      ['2026-11', 2, 1],
    ]);
    // Weeks of 16 and 23 November (this week, 23–29 Nov, has a letter): 2 in a row.
    expect(i.streakWeeks).toBe(2);
  });

  it('fills timeline gaps with zero weeks and keeps a streak alive until the week ends', () => {
    const l = (id: string, sentAt: string) => ({
      id,
      createdAt: sentAt,
      updatedAt: sentAt,
      sentAt,
      state: 'sent' as const,
      history: [],
      recipient: rec(id, 'g', 'DE'),
      subject: '',
      body: '',
      lang: 'en',
      country: 'DE',
      ask: '',
      concerns: [],
      rev: 1,
    });
    const letters = [
      l('a', '2026-11-02T09:00:00Z'),
      l('b', '2026-11-16T09:00:00Z'),
      l('c', '2026-11-18T09:00:00Z'),
    ];
    const i = computeImpact(letters, [], '2026-11-27T00:00:00Z', 'week');
    expect(i.timeline.map((r) => [r.key, r.sent])).toEqual([
      ['2026-11-02', 1],
      ['2026-11-09', 0],
      ['2026-11-16', 2],
    ]);
    // Nothing sent yet this week (from 23 Nov): last week still counts.
    expect(i.streakWeeks).toBe(1);
    expect(computeImpact(letters, [], '2026-12-01T00:00:00Z').streakWeeks).toBe(0);
    expect(computeImpact([], [], '2026-12-01T00:00:00Z')).toMatchObject({
      lettersSent: 0,
      replyRate: 0,
      timeline: [],
      streakWeeks: 0,
    });
  });

  it('weeks start on Monday (UTC)', () => {
    expect(weekOf('2026-11-29T23:00:00Z')).toBe('2026-11-23');
    expect(weekOf('2026-11-30T00:00:00Z')).toBe('2026-11-30');
  });
});
