import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  confirmSent,
  db,
  deleteLetter,
  getDraft,
  getLetter,
  latestDraft,
  logReply,
  queryLetters,
  letterPage,
  countLetters,
  recentLetters,
  recordHandoff,
  restoreLetter,
  saveDraft,
  StorageError,
  updateSettings,
  type LetterQuery,
} from '../../../lib/db';

const alice = {
  id: 'us-sen-1',
  name: 'Alice Senator',
  role: 'Senator',
  group: 'us-senate',
  country: 'US',
  region: 'CA',
};

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});

describe('letter life cycle', () => {
  it('goes draft → handed off → sent → replied with history and follow-up', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-01T10:00:00Z'));
    const id = await saveDraft({
      recipient: alice,
      subject: 'Please do not ratify',
      body: 'Dear Senator',
      country: 'US',
    });
    expect((await getDraft(id))?.state).toBe('draft');
    expect((await latestDraft())?.id).toBe(id);
    await recordHandoff(id, 'mailto');
    vi.setSystemTime(new Date('2026-11-01T10:05:00Z'));
    await confirmSent(id);
    let l = (await getLetter(id))!;
    expect(l.state).toBe('sent');
    expect(l.sentAt).toBe('2026-11-01T10:05:00.000Z');
    expect(l.followUp?.dueAt).toBe('2026-11-15T10:05:00.000Z');
    expect(l.history.map((h) => h.state)).toEqual(['draft', 'handed_off', 'sent']);
    expect(l.history[1]!.channel).toBe('mailto');
    expect(await getDraft(id)).toBeUndefined();
    await logReply(id, {
      receivedOn: '2026-11-20',
      kind: 'substantive',
      notes: 'They will consider it',
    });
    l = (await getLetter(id))!;
    expect(l.state).toBe('replied');
    expect(l.followUp?.stopped).toBe(true);
    expect(l.rev).toBe(4);
    vi.useRealTimers();
  });

  it('schedules no follow-up when follow-ups are off', async () => {
    await updateSettings({ followUpDays: null });
    const id = await saveDraft({ recipient: alice });
    await confirmSent(id);
    expect((await getLetter(id))!.followUp).toEqual({ dueAt: null });
  });

  it('refuses to edit a letter already confirmed as sent', async () => {
    const id = await saveDraft({ recipient: alice, body: 'v1' });
    await confirmSent(id);
    const err = await saveDraft({ id, body: 'v2' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StorageError);
    expect((err as StorageError).reason).toBe('conflict');
    expect((await getLetter(id))!.body).toBe('v1');
  });

  it('delete then restore gives the identical letter and replies back', async () => {
    const id = await saveDraft({ recipient: alice, body: 'hello' });
    await confirmSent(id);
    await logReply(id, { receivedOn: '2026-11-20', kind: 'refusal', text: 'No.' });
    const before = { letter: await getLetter(id), replies: await db.replies.toArray() };
    const deleted = await deleteLetter(id);
    expect(await getLetter(id)).toBeUndefined();
    expect(await db.replies.count()).toBe(0);
    await restoreLetter(deleted!);
    expect({ letter: await getLetter(id), replies: await db.replies.toArray() }).toEqual(before);
  });
});

describe('concurrent edits of one draft (two tabs)', () => {
  it('keeps both tabs’ changes to different fields and never loses the record', async () => {
    const id = await saveDraft({ recipient: alice, subject: 's0', body: 'b0' });
    await Promise.all([
      saveDraft({ id, subject: 'from tab A' }),
      saveDraft({ id, body: 'from tab B' }),
    ]);
    const l = (await getLetter(id))!;
    expect(l.subject).toBe('from tab A');
    expect(l.body).toBe('from tab B');
    expect(l.rev).toBe(3);
  });

  it('last write wins on the same field, with every write counted', async () => {
    const id = await saveDraft({ recipient: alice, body: '' });
    const bodies = Array.from({ length: 20 }, (_, i) => `tab ${i % 2 ? 'A' : 'B'} version ${i}`);
    await Promise.all(bodies.map((body) => saveDraft({ id, body })));
    const l = (await getLetter(id))!;
    expect(bodies).toContain(l.body);
    expect(l.rev).toBe(21);
    expect(l.recipient).toEqual(alice);
    expect(await db.letters.count()).toBe(1);
  });
});

describe('queries', () => {
  it('filters by text, state, recipient, country and date, and sorts', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const bob = { ...alice, id: 'uk-mp-1', name: 'Bob MP', group: 'uk-commons', country: 'GB' };
    vi.setSystemTime(new Date('2026-01-10T00:00:00Z'));
    const a = await saveDraft({ recipient: alice, subject: 'Privacy matters', country: 'US' });
    await confirmSent(a);
    vi.setSystemTime(new Date('2026-03-10T00:00:00Z'));
    const b = await saveDraft({ recipient: bob, subject: 'Journalists at risk', country: 'GB' });
    await confirmSent(b);
    vi.setSystemTime(new Date('2026-05-10T00:00:00Z'));
    const c = await saveDraft({ recipient: bob, subject: 'Draft only', country: 'GB' });
    vi.useRealTimers();

    expect((await queryLetters()).items.map((l) => l.id)).toEqual([c, b, a]);
    expect((await queryLetters({ sort: 'oldest' })).items.map((l) => l.id)).toEqual([a, b, c]);
    expect((await queryLetters({ text: 'JOURNALISTS' })).items.map((l) => l.id)).toEqual([b]);
    expect((await queryLetters({ state: 'sent' })).total).toBe(2);
    expect((await queryLetters({ recipient: 'uk-mp-1' })).total).toBe(2);
    expect((await queryLetters({ country: 'US' })).items[0]!.id).toBe(a);
    expect(
      (await queryLetters({ from: '2026-02-01', to: '2026-03-10' })).items.map((l) => l.id),
    ).toEqual([b]);
    expect((await queryLetters({ limit: 1, offset: 1 })).items.map((l) => l.id)).toEqual([b]);
    expect((await recentLetters(2)).map((l) => l.id)).toEqual([c, b]);
  });
});

describe('indexed and scanning query paths agree', () => {
  it('gives the same pages as the reference filter for every date-sorted view', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const ids: string[] = [];
    for (let i = 0; i < 40; i++) {
      // Several letters share a timestamp, to check the tie order too.
      vi.setSystemTime(new Date(Date.UTC(2026, 0, 1 + Math.floor(i / 3), 12)));
      const id = await saveDraft({ recipient: { ...alice, id: `r${i % 4}` }, subject: `s${i}` });
      if (i % 2) await recordHandoff(id, 'gmail');
      if (i % 3 === 0) {
        vi.setSystemTime(new Date(Date.UTC(2026, 2, 40 - i, 12)));
        await confirmSent(id);
      }
      ids.push(id);
    }
    vi.useRealTimers();
    const all = await db.letters.toArray();
    const { filterLetters } = await import('../../../lib/db');
    for (const state of [undefined, 'draft', 'handed_off', 'sent'] as const)
      for (const sort of ['newest', 'oldest'] as const)
        for (const [from, to] of [
          [undefined, undefined],
          ['2026-01-05', '2026-03-20'],
        ] as const) {
          const q = { state, sort, from, to };
          const expected = filterLetters(all, q);
          const page = await queryLetters({ ...q, offset: 2, limit: 5 });
          expect(page.total).toBe(expected.length);
          expect(page.items.map((l) => l.id)).toEqual(expected.slice(2, 7).map((l) => l.id));
          // The ledger's first screen: the same rows without counting, and the count apart.
          const rows = await letterPage({ ...q, offset: 2, limit: 5 });
          expect(rows.total).toBeNull();
          expect(rows.items.map((l) => l.id)).toEqual(expected.slice(2, 7).map((l) => l.id));
          expect(await countLetters({ ...q, offset: 2, limit: 5 })).toBe(expected.length);
        }
    // Scanning paths know the total anyway, and give it with the page.
    const scans: LetterQuery[] = [
      { text: 's1' },
      { recipient: 'r1' },
      { state: ['draft', 'sent'] },
    ];
    for (const q of scans) {
      const expected = filterLetters(all, q);
      const rows = await letterPage({ ...q, offset: 1, limit: 3 });
      expect(rows.total).toBe(expected.length);
      expect(rows.items.map((l) => l.id)).toEqual(expected.slice(1, 4).map((l) => l.id));
      expect(await countLetters(q)).toBe(expected.length);
    }
  });
});
