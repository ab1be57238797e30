import { describe, expect, it } from 'vitest';
import { emptyDraft, mergeDrafts, type ComposerDraft } from '../../../lib/letters/drafts';

const at = (s: number) => new Date(Date.UTC(2026, 10, 28, 0, 0, s)).toISOString();

function draft(patch: Partial<ComposerDraft>): ComposerDraft {
  return { ...emptyDraft(), country: 'GB', lang: 'en', updatedAt: at(0), ...patch };
}

describe('two composers on one draft (mergeDrafts)', () => {
  const base = draft({ sender: { name: '', city: 'Leeds', role: '' } });

  it('keeps the fields each side changed: my name and their reasons', () => {
    const mine = draft({ updatedAt: at(2), sender: { name: 'Ada', city: 'Leeds', role: '' } });
    const theirs = draft({
      updatedAt: at(1),
      sender: { name: '', city: 'Leeds', role: '' },
      personal: { why: 'I report on security.', whatIDo: '', local: '' },
    });
    const m = mergeDrafts(base, mine, theirs);
    expect(m.sender.name).toBe('Ada');
    expect(m.personal.why).toBe('I report on security.');
    expect(m.sender.city).toBe('Leeds');
    expect(m.updatedAt).toBe(at(2));
  });

  it('takes their change of a field I did not touch, and mine where both changed it', () => {
    const mine = draft({ updatedAt: at(3), region: 'Leeds Central', concerns: ['art14'] });
    const theirs = draft({ updatedAt: at(4), region: 'York', lang: 'fr' });
    const m = mergeDrafts(base, mine, theirs);
    expect(m.region).toBe('Leeds Central');
    expect(m.lang).toBe('fr');
    expect(m.concerns).toEqual(['art14']);
    expect(m.updatedAt).toBe(at(4));
  });

  it('merges per-recipient edits and letter ids key by key; sent marks accumulate', () => {
    const b = draft({ letterIds: { a: 'L1' }, edits: { a: { subject: 'S', body: 'B' } } });
    const mine = draft({
      letterIds: { a: 'L1', b: 'L2' },
      edits: { a: { subject: 'S', body: 'B' }, b: { subject: 'T', body: 'mine' } },
      sent: ['b'],
    });
    const theirs = draft({
      letterIds: { a: 'L1', c: 'L3' },
      edits: { a: { subject: 'S2', body: 'theirs' } },
      sent: ['a'],
    });
    const m = mergeDrafts(b, mine, theirs);
    expect(m.letterIds).toEqual({ a: 'L1', b: 'L2', c: 'L3' });
    expect(m.edits).toEqual({
      a: { subject: 'S2', body: 'theirs' },
      b: { subject: 'T', body: 'mine' },
    });
    expect(new Set(m.sent)).toEqual(new Set(['a', 'b']));
  });

  it('an edit removed on one side stays removed unless the other side changed it', () => {
    const b = draft({ edits: { a: { subject: 'S', body: 'B' } } });
    const mine = draft({ edits: {} });
    const theirs = draft({ edits: { a: { subject: 'S', body: 'B' } }, lang: 'de' });
    expect(mergeDrafts(b, mine, theirs).edits).toEqual({});
    expect(mergeDrafts(b, mine, theirs).lang).toBe('de');
  });

  it('recipients travel with their country: a move to Germany never keeps British ids', () => {
    const b = draft({ selected: ['gb-pm'] });
    // I picked Germany (its suggestions not loaded yet); the other composer meanwhile chose
    // another British recipient.
    const mine = draft({ updatedAt: at(5), country: 'DE', region: '', selected: [] });
    const theirs = draft({ updatedAt: at(6), selected: ['gb-pm', 'gb-mp-1'] });
    const m = mergeDrafts(b, mine, theirs);
    expect([m.country, m.selected]).toEqual(['DE', []]);
    // And the other way round: their move wins over my pick made for the old country.
    const m2 = mergeDrafts(b, theirs, mine);
    expect([m2.country, m2.selected]).toEqual(['DE', []]);
    // Nobody moved: the selection merges as any other field.
    expect(mergeDrafts(b, b, theirs).selected).toEqual(['gb-pm', 'gb-mp-1']);
  });

  it('is the identity when nobody else wrote', () => {
    const mine = draft({ updatedAt: at(9), personal: { why: 'x', whatIDo: 'y', local: 'z' } });
    expect(mergeDrafts(base, mine, base)).toEqual(mine);
  });
});
