// scripts/bench/ui.ts `ledgerNote`: the ledger row's note keeps each load's value, in the order
// the loads ran, and the page's IndexedDB open time, so a slow run can be told apart from a few
// slow loads and a load that waited on the database from one that waited on its files.
import { describe, expect, it } from 'vitest';
import { ledgerNote } from '../../../scripts/bench/ui';

describe('ledgerNote', () => {
  it('lists every load in the order it ran, with the open times and the idle waits', () => {
    const note = ledgerNote({
      values: [180.4, 356.2, 171.6],
      opens: [12, 140, 9],
      waits: [3, 18, 2],
      seeded: 10_000,
      failures: 0,
    });
    expect(note).toContain('median of 3 loads with 10,000 letters stored');
    expect(note).toContain('loads in order: 180, 356, 172 ms');
    expect(note).toContain('first IndexedDB open → success: median 12 ms, max 140 ms');
    expect(note).toContain('waited median 3 ms, max 18 ms');
    expect(note).not.toContain('showed no row');
  });

  it('says when waits timed out, loads showed nothing or no open was seen', () => {
    const note = ledgerNote({ values: [200], opens: [], waits: [-1, 4], seeded: 10, failures: 2 });
    expect(note).toContain('1 wait(s) timed out');
    expect(note).toContain('waited median 4 ms');
    expect(note).toContain('2 load(s) showed no row');
    expect(note).toContain('open → success: none');
  });
});
