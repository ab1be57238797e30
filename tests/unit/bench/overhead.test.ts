import { describe, expect, it } from 'vitest';
import { overheadRatios, spread } from '../../../scripts/bench/overhead';

describe('overhead ratios', () => {
  it('pairs each load with the same round’s load without the extension', () => {
    // Round 1 ran on a busy machine (all three slow); per round the extension costs 0–10 %.
    const r = overheadRatios([300, 105, 110], [300, 100, 102], [300, 100, 100]);
    // The ratio of the medians would be 110 / 100 and 102 / 100.
    expect(r.ratio).toBeCloseTo(1.05, 10);
    expect(r.control).toBeCloseTo(1.0, 10);
  });
  it('rejects lists of different lengths (unpaired rounds)', () => {
    expect(() => overheadRatios([1, 2], [1, 2], [1])).toThrow();
  });
});

describe('spread', () => {
  it('gives the middle half of the per-load values', () => {
    expect(spread([40, 10, 30, 20, 50, 60, 70, 80])).toBe('loads 30–70 ms (middle half)');
  });
});
