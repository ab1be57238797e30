// scripts/bench/ui.ts `ledgerNote`: the ledger row's note keeps each load's value, in the order
// the loads ran, and the page's IndexedDB open time, so a slow run can be told apart from a few
// slow loads and a load that waited on the database from one that waited on its files.
import { describe, expect, it } from 'vitest';
import { coldNote, ledgerNote } from '../../../scripts/bench/ui';

describe('ledgerNote', () => {
  it('lists every load in the order it ran, with the open times and the idle waits', () => {
    const note = ledgerNote({
      values: [180.4, 356.2, 171.6],
      opens: [12, 140, 9],
      waits: [3, 18, 2],
      seeded: 10_000,
      failures: 0,
      held: true,
    });
    expect(note).toContain('median of 3 loads with 10,000 letters stored');
    expect(note).toContain('loads in order: 180, 356, 172 ms');
    expect(note).toContain('first IndexedDB open → success: median 12 ms, max 140 ms');
    expect(note).toContain('waited median 3 ms, max 18 ms');
    expect(note).toContain('database idle and open (a connection held');
    expect(note).not.toContain('showed no row');
    expect(note).not.toContain('closed once');
  });

  it('says how long each ledger took to finish its own reads before it was closed', () => {
    const note = ledgerNote({
      values: [180, 190, 200],
      opens: [12, 14, 9],
      waits: [3, 2, 2],
      settles: [900, null, 1400],
      seeded: 10_000,
      failures: 0,
      held: true,
    });
    expect(note).toContain(
      'each ledger closed once its own reads had answered (median 1150 ms, max 1400 ms after its first frame; 1 closed unsettled after 15 s)',
    );
  });

  it('says when waits timed out, loads showed nothing or no open was seen', () => {
    const note = ledgerNote({
      values: [200],
      opens: [],
      waits: [-1, 4],
      seeded: 10,
      failures: 2,
      held: false,
    });
    expect(note).toContain('no connection held');
    expect(note).toContain('1 wait(s) timed out');
    expect(note).toContain('waited median 4 ms');
    expect(note).toContain('2 load(s) showed no row');
    expect(note).toContain('open → success: none');
  });
});

describe('coldNote', () => {
  it('says the row is report-only, lists the loads and tells waits that failed apart', () => {
    const note = coldNote('popup.html', {
      values: [410.2, 388.9],
      opens: [120, 95],
      waits: [2050, -1, -2],
    });
    expect(note).toMatch(/^report only: median of 2 loads, popup\.html, /);
    expect(note).toContain('service worker stopped');
    expect(note).toContain('waited median 2050 ms, max 2050 ms');
    expect(note).toContain('1 time(s) they stayed open 15 s, that load not counted');
    expect(note).toContain('1 time(s) not visible, waited 2.5 s');
    expect(note).toContain('loads in order: 410, 389 ms');
    expect(note).toContain('open → success: median 108 ms, max 120 ms');
  });
});
