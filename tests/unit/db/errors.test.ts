import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Dexie } from 'dexie';
import {
  confirmSent,
  db,
  getLetter,
  logReply,
  plainReason,
  saveDraft,
  StorageError,
  toStorageError,
} from '../../../lib/db';

const r = { id: 'x', name: 'X', role: 'MP', group: 'uk-commons', country: 'GB' };

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});

describe('failed writes leave the previous state intact', () => {
  it('a failure after the reply is written rolls the reply back', async () => {
    const id = await saveDraft({ recipient: r, body: 'hi' });
    await confirmSent(id);
    const before = await getLetter(id);
    // Fail the second write of logReply's transaction (the letter update), after the reply put.
    vi.spyOn(db.letters, 'update').mockRejectedValueOnce(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    const err = await logReply(id, { receivedOn: '2026-11-27', kind: 'substantive' }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(StorageError);
    expect((err as StorageError).reason).toBe('quota');
    expect(await db.replies.count()).toBe(0);
    expect(await getLetter(id)).toEqual(before);
  });

  it('a quota failure while saving a draft keeps the previous text', async () => {
    const id = await saveDraft({ recipient: r, body: 'first version' });
    vi.spyOn(db.letters, 'update').mockRejectedValueOnce(
      Object.assign(new Error('AbortError'), {
        name: 'AbortError',
        inner: new DOMException('full', 'QuotaExceededError'),
      }),
    );
    await expect(saveDraft({ id, body: 'second version' })).rejects.toMatchObject({
      reason: 'quota',
    });
    expect((await getLetter(id))!.body).toBe('first version');
    expect((await getLetter(id))!.rev).toBe(1);
  });
});

describe('error mapping', () => {
  it('maps IndexedDB being unavailable to a plain reason', () => {
    const e = toStorageError(new Dexie.MissingAPIError('indexedDB API missing'));
    expect(e.reason).toBe('unavailable');
    expect(e.message).toBe(plainReason('unavailable'));
    expect(toStorageError(new Dexie.OpenFailedError('blocked')).reason).toBe('unavailable');
    expect(toStorageError(new TypeError('boom')).reason).toBe('unknown');
    expect(toStorageError(e)).toBe(e);
  });

  it('reports a missing letter as not_found', async () => {
    await expect(confirmSent('nope')).rejects.toMatchObject({ reason: 'not_found' });
  });
});
