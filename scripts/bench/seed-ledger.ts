/**
 * Bundled by the benchmark (esbuild, IIFE) and evaluated in the extension's service worker:
 * writes the seeded letters through the real database class, so the ledger reads exactly the
 * schema it would in use; and waits, before each ledger load, until the database is idle
 * (storage-idle.ts), and holds a connection open for the warm rows. Exposes `globalThis.__tlSeed`.
 */
import { TreatyDb } from '../../lib/db/schema';
import { makeLetters } from './letters';
import { holdOpen, storageAnswers } from './storage-idle';

async function seedLetters(n: number): Promise<number> {
  const db = new TreatyDb();
  const letters = makeLetters(n);
  await db.letters.clear();
  for (let i = 0; i < letters.length; i += 1000)
    await db.letters.bulkPut(letters.slice(i, i + 1000));
  const count = await db.letters.count();
  db.close();
  return count;
}

(
  globalThis as unknown as {
    __tlSeed: {
      seedLetters: typeof seedLetters;
      storageAnswers: typeof storageAnswers;
      holdOpen: typeof holdOpen;
    };
  }
).__tlSeed = { seedLetters, storageAnswers, holdOpen };
