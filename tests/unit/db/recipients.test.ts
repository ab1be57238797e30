import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  addCustomRecipient,
  customRecipients,
  db,
  removeCustomRecipient,
  restoreCustomRecipient,
  updateCustomRecipient,
} from '../../../lib/db';

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});

describe('custom recipients', () => {
  it('edits in place: id, country and place in the list stay, cleared fields go', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-01T10:00:00Z'));
    const a = await addCustomRecipient({
      name: 'Ana',
      role: 'Mayor',
      country: 'PT',
      email: 'ana@example.pt',
      phone: '+351 21 000 0000',
    });
    vi.setSystemTime(new Date('2026-11-02T10:00:00Z'));
    const b = await addCustomRecipient({ name: 'Bruno', role: '', country: 'PT' });
    vi.setSystemTime(new Date('2026-11-03T10:00:00Z'));
    expect(
      await updateCustomRecipient(a, {
        name: 'Ana Silva',
        role: 'Mayor',
        contactForm: 'https://example.pt/contact',
      }),
    ).toBe(true);
    vi.useRealTimers();
    const list = await customRecipients();
    expect(list.map((r) => r.id)).toEqual([b, a]);
    expect(list[1]).toEqual({
      id: a,
      name: 'Ana Silva',
      role: 'Mayor',
      group: 'custom',
      country: 'PT',
      contactForm: 'https://example.pt/contact',
      createdAt: '2026-11-01T10:00:00.000Z',
    });
  });

  it('says so when the recipient to edit is gone, and creates nothing', async () => {
    expect(await updateCustomRecipient('custom:nobody', { name: 'X', role: '' })).toBe(false);
    expect(await customRecipients()).toEqual([]);
  });

  it('removes with undo: the removed record goes back as it was', async () => {
    const id = await addCustomRecipient({ name: 'Chen', role: '', country: 'CN' });
    const before = await customRecipients();
    const removed = await removeCustomRecipient(id);
    expect(await customRecipients()).toEqual([]);
    expect(removed).toEqual(before[0]);
    await restoreCustomRecipient(removed!);
    expect(await customRecipients()).toEqual(before);
    expect(await removeCustomRecipient('custom:nobody')).toBeUndefined();
  });
});
