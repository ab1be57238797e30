// The colour test of lib/content/visible.ts: black is not transparent (the first version took
// "rgb(0, 0, 0)" for a zero alpha and hid every black-on-white article).
import { describe, expect, it } from 'vitest';
import { transparent } from '../../../lib/content/visible';

describe('transparent text colour', () => {
  it('is a zero alpha, not a zero channel', () => {
    for (const c of [
      'transparent',
      'rgba(0, 0, 0, 0)',
      'rgba(10, 20, 30, 0)',
      'color(srgb 1 0 0 / 0)',
    ])
      expect(transparent(c), c).toBe(true);
    for (const c of [
      'rgb(0, 0, 0)',
      'rgba(0, 0, 0, 0.5)',
      'rgb(255, 255, 255)',
      'color(srgb 0 0 0)',
    ])
      expect(transparent(c), c).toBe(false);
  });
});
