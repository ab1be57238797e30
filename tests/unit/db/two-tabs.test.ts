// Two composer tabs on one draft, as the browser runs them: each extension page has its own
// copy of lib/db and so its own database connection. Here each "tab" is a fresh import of
// lib/db (vi.resetModules), over the same IndexedDB (fake-indexeddb), writing concurrently.
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';

type Tab = typeof import('../../../lib/db');
const tabs: Tab[] = [];

/** A new "tab": lib/db loaded afresh, with its own `db` connection. */
async function openTab(): Promise<Tab> {
  vi.resetModules();
  const t = await import('../../../lib/db');
  await t.db.open();
  tabs.push(t);
  return t;
}

const recipient = {
  id: 'uk-mp-1',
  name: 'Bob MP',
  role: 'MP',
  group: 'uk-commons',
  country: 'GB',
};

afterEach(async () => {
  const name = tabs[0]?.db.name;
  for (const t of tabs.splice(0)) t.db.close();
  if (name) await Dexie.delete(name);
});

describe('two composer tabs, one draft, two connections', () => {
  it('are two connections to one database', async () => {
    const a = await openTab();
    const b = await openTab();
    expect(a.db).not.toBe(b.db);
    expect(a.db.backendDB()).not.toBe(b.db.backendDB());
    const id = await a.saveDraft({ recipient, subject: 'seen by both' });
    expect((await b.getLetter(id))?.subject).toBe('seen by both');
  });

  it('keep every field each tab wrote, interleaved, and count every write', async () => {
    const a = await openTab();
    const b = await openTab();
    const id = await a.saveDraft({ recipient, subject: 's0', body: 'b0', country: 'GB' });
    // Both tabs loaded the draft (revision 1) before either wrote: stale copies.
    expect((await a.getDraft(id))?.rev).toBe(1);
    expect((await b.getDraft(id))?.rev).toBe(1);
    const N = 25;
    const writes: Promise<string>[] = [];
    for (let i = 1; i <= N; i++) {
      // Tab A types the subject, tab B the body, at the same time; A also ticks concerns.
      writes.push(a.saveDraft({ id, subject: `subject ${i}` }));
      writes.push(b.saveDraft({ id, body: `body ${i}` }));
      if (i % 5 === 0) writes.push(a.saveDraft({ id, concerns: [`c${i}`] }));
    }
    await Promise.all(writes);
    // Reload: a third connection reads what is stored.
    a.db.close();
    b.db.close();
    const reloaded = await openTab();
    const l = (await reloaded.getDraft(id))!;
    expect(l.subject).toBe(`subject ${N}`);
    expect(l.body).toBe(`body ${N}`);
    expect(l.concerns).toEqual([`c${N}`]);
    // Fields neither tab touched are intact.
    expect(l.recipient).toEqual(recipient);
    expect(l.country).toBe('GB');
    // One revision per write, none lost, none counted twice.
    expect(l.rev).toBe(1 + writes.length);
    expect(l.history.map((h) => h.state)).toEqual(['draft']);
    expect(await reloaded.db.letters.count()).toBe(1);
  });

  it('refuses an edit from the other tab once one tab confirmed the letter as sent', async () => {
    const a = await openTab();
    const b = await openTab();
    const id = await a.saveDraft({ recipient, subject: 'final', body: 'final text' });
    await b.getDraft(id); // tab B still shows the draft
    await a.confirmSent(id);
    await expect(b.saveDraft({ id, body: 'late edit from B' })).rejects.toMatchObject({
      reason: 'conflict',
    });
    const l = (await a.getLetter(id))!;
    expect(l.state).toBe('sent');
    expect(l.body).toBe('final text');
  });
});
