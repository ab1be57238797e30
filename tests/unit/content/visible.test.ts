// The colour test of lib/content/visible.ts: black is not transparent (the first version took
// "rgb(0, 0, 0)" for a zero alpha and hid every black-on-white article).
import { describe, expect, it } from 'vitest';
import { leftmostScroll, transparent } from '../../../lib/content/visible';

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

// Text left of the page's origin is hidden only where no scroll reaches it: a Japanese page in
// vertical-rl (or an RTL page) overflows to the left, and its later passages sit at negative x.
describe('leftmost scroll position', () => {
  it('is 0 for left-to-right pages and the overflow width for leftward ones', () => {
    expect(leftmostScroll('horizontal-tb', 'ltr', 1280, 5000)).toBe(0);
    expect(leftmostScroll('vertical-lr', 'ltr', 1280, 5000)).toBe(0);
    expect(leftmostScroll('horizontal-tb', 'rtl', 1280, 5000)).toBe(-3720);
    expect(leftmostScroll('vertical-rl', 'ltr', 1280, 5000)).toBe(-3720);
    expect(leftmostScroll('sideways-rl', 'ltr', 1280, 1280)).toBe(0);
  });
});
