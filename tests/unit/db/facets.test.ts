import { beforeEach, describe, expect, it } from 'vitest';
import { db, letterFacets, liveQuery, type LetterRecord } from '../../../lib/db';

// The facets as they were read before issue 17's fifth round: the unique keys of the two
// indexes, then one read per recipient id for the name on its first letter (lowest id).
async function facetsOneReadEach() {
  const [ids, countries] = await Promise.all([
    db.letters.orderBy('recipient.id').uniqueKeys(),
    db.letters.orderBy('country').uniqueKeys(),
  ]);
  const named = await Promise.all(
    (ids as string[]).filter(Boolean).map(async (id) => ({
      id,
      name: (await db.letters.where('recipient.id').equals(id).first())?.recipient.name ?? id,
    })),
  );
  return {
    recipients: named.sort((a, b) => a.name.localeCompare(b.name)),
    countries: (countries as string[]).filter(Boolean).sort(),
  };
}

function letter(id: string, rid: string, name: string, country: string): LetterRecord {
  const at = '2026-11-01T10:00:00.000Z';
  return {
    id,
    createdAt: at,
    updatedAt: at,
    date: at,
    state: 'draft',
    history: [],
    recipient: { id: rid, name, role: 'Minister', group: 'g', country },
    subject: '',
    body: '',
    lang: 'en',
    country,
    ask: '',
    concerns: [],
    rev: 1,
  };
}

beforeEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});

describe('letterFacets', () => {
  it('gives the same menus as a read per recipient, with the name on the first letter', async () => {
    // Ids put out of order, so the first letter by id is not the first one written; the same
    // recipient under different names; empty recipient ids and countries; 300 recipients.
    const rows: LetterRecord[] = [];
    for (let i = 0; i < 900; i++) {
      const r = (i * 7) % 300;
      rows.push(
        letter(
          `l-${String((i * 37) % 900).padStart(4, '0')}`,
          i % 50 === 0 ? '' : `r-${r}`,
          `Name ${(r * 13) % 97} v${i % 3}`,
          i % 45 === 0 ? '' : ['DE', 'FR', 'BR', 'JP', 'KE'][i % 5]!,
        ),
      );
    }
    await db.letters.bulkPut(rows);
    const expected = await facetsOneReadEach();
    expect(expected.recipients.length).toBeGreaterThan(200);
    expect(new Set(expected.recipients.map((r) => r.name.slice(-2))).size).toBe(3);
    expect(await letterFacets()).toEqual(expected);
  });

  it('is empty for an empty ledger', async () => {
    expect(await letterFacets()).toEqual({ recipients: [], countries: [] });
  });

  it('follows a renamed first letter and a new recipient live', async () => {
    await db.letters.bulkPut([letter('a', 'r-1', 'Ann', 'DE'), letter('b', 'r-1', 'Bea', 'DE')]);
    const seen: Awaited<ReturnType<typeof letterFacets>>[] = [];
    const sub = liveQuery(() => letterFacets()).subscribe((v) => seen.push(v));
    const until = async (n: number) => {
      for (let i = 0; i < 200 && seen.length < n; i++) await new Promise((r) => setTimeout(r, 5));
    };
    await until(1);
    expect(seen.at(-1)!.recipients).toEqual([{ id: 'r-1', name: 'Ann' }]);
    await db.letters.put(letter('a', 'r-1', 'Anna', 'DE'));
    await until(2);
    expect(seen.at(-1)!.recipients).toEqual([{ id: 'r-1', name: 'Anna' }]);
    await db.letters.put(letter('c', 'r-2', 'Cy', 'FR'));
    await until(3);
    sub.unsubscribe();
    expect(seen.at(-1)).toEqual({
      recipients: [
        { id: 'r-1', name: 'Anna' },
        { id: 'r-2', name: 'Cy' },
      ],
      countries: ['DE', 'FR'],
    });
  });
});
