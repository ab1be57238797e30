// Issue 17, ninth round: the ledger's follow-ups read only what they show. Before schema v4 the
// ledger read every due letter whole to show a count and three of them (≈ 2,500 letters in the
// benchmark's 10,000-letter ledger, half a second of the database under load); now a count by
// the `followUpAt` index and the first three letters. Every letter IndexedDB hands the page in a
// `getAll` is counted here (the list's page and the follow-ups both read that way).
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LettersView } from '../../../components/ledger/LettersView';
import { FOLLOW_UPS_COLLAPSED } from '../../../components/ledger/FollowUpList';
import { LEDGER_PAGE_SIZE } from '../../../lib/db/early';
import { db, type LetterRecord } from '../../../lib/db';
import { loadDb } from '../../../lib/db/lazy';
import { setLang } from '../../../lib/i18n';

const DUE = 80;
const T0 = Date.parse('2026-10-01T00:00:00.000Z');

function sent(i: number): LetterRecord {
  const at = new Date(T0 + i * 3_600_000).toISOString();
  return {
    id: `l${String(i).padStart(3, '0')}`,
    createdAt: at,
    updatedAt: at,
    state: 'sent',
    history: [{ state: 'sent', at }],
    recipient: { id: `r${i}`, name: `Rep ${i}`, role: 'MP', group: 'g', country: 'GB' },
    subject: `Letter ${i}`,
    body: 'b',
    lang: 'en',
    country: 'GB',
    ask: 'x',
    concerns: [],
    sentAt: at,
    followUp: { dueAt: new Date(T0 + 14 * 86_400_000 + i * 3_600_000).toISOString() },
    rev: 1,
  };
}

let delivered: { from: string; n: number }[] = [];
const original = IDBIndex.prototype.getAll;
const originalStore = IDBObjectStore.prototype.getAll;

beforeEach(async () => {
  setLang('en');
  // The page's live queries load lib/db first (lazy.ts): loaded before any timing-free wait.
  await loadDb();
  await Promise.all(db.tables.map((t) => t.clear()));
  await db.letters.bulkPut(Array.from({ length: DUE }, (_, i) => sent(i)));
  delivered = [];
  const count = (from: string, req: IDBRequest<unknown[]>) => {
    req.addEventListener('success', () => delivered.push({ from, n: req.result.length }));
    return req;
  };
  IDBIndex.prototype.getAll = function (...a: Parameters<IDBIndex['getAll']>) {
    return count(this.name, original.apply(this, a));
  };
  IDBObjectStore.prototype.getAll = function (...a: Parameters<IDBObjectStore['getAll']>) {
    return count(this.name, originalStore.apply(this, a));
  };
});
afterEach(() => {
  IDBIndex.prototype.getAll = original;
  IDBObjectStore.prototype.getAll = originalStore;
  cleanup();
});

describe('ledger: the due follow-ups', () => {
  it('shows the count and three, having read no more letters than it shows', async () => {
    render(<LettersView route={{ view: 'letters' }} go={() => undefined} composerUrl="c" />);
    await waitFor(() =>
      expect(document.getElementById('tll-fu-h')?.textContent).toMatch(/^80 letters/),
    );
    await waitFor(() =>
      expect(document.querySelectorAll('.tll-followup')).toHaveLength(FOLLOW_UPS_COLLAPSED),
    );
    // Besides the list's first page (the `date` index) and the country menu (one letter a
    // country), the page was handed only the three letters it shows.
    const others = delivered.filter((d) => d.from !== 'date' && d.from !== 'country');
    expect(others.reduce((a, d) => a + d.n, 0)).toBe(FOLLOW_UPS_COLLAPSED);
    expect(delivered.find((d) => d.from === 'date')?.n).toBe(LEDGER_PAGE_SIZE);
    // "Show all" reads them all, and shows them.
    fireEvent.click(screen.getByRole('button', { name: /80/, expanded: false }));
    await waitFor(() => expect(document.querySelectorAll('.tll-followup')).toHaveLength(DUE));
  });

  it('shows the letter a notification pointed at, after the first three', async () => {
    render(
      <LettersView
        route={{ view: 'letters', letter: 'l050', action: 'followup' }}
        go={() => undefined}
        composerUrl="c"
      />,
    );
    await waitFor(() =>
      expect([...document.querySelectorAll('.tll-followup')].map((e) => e.id)).toEqual([
        'tll-fu-l000',
        'tll-fu-l001',
        'tll-fu-l002',
        'tll-fu-l050',
      ]),
    );
    expect(document.querySelector('.tll-followup--highlight')!.id).toBe('tll-fu-l050');
  });
});
