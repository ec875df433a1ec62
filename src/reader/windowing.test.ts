import { describe, expect, it } from 'vitest';
import { measuredOrEstimate, shouldWindow, WINDOW_ABOVE, withPinned } from './windowing';

describe('shouldWindow', () => {
  it('draws short articles whole and windows long ones', () => {
    expect(shouldWindow(16)).toBe(false);
    expect(shouldWindow(WINDOW_ABOVE)).toBe(false);
    expect(shouldWindow(WINDOW_ABOVE + 1)).toBe(true);
  });
});

describe('withPinned', () => {
  it('adds pinned indexes outside the range, sorted and once', () => {
    expect(withPinned([3, 4, 5], [150, 4, undefined, 0, 150], 200)).toEqual([0, 3, 4, 5, 150]);
  });
  it('keeps the range as it is when nothing is pinned outside it', () => {
    expect(withPinned([3, 4], [undefined, 3], 10)).toEqual([3, 4]);
  });
  it('ignores indexes that are not sentences', () => {
    expect(withPinned([0], [-1, 10], 10)).toEqual([0]);
  });
});

describe('measuredOrEstimate', () => {
  it('keeps the estimate for an element without layout', () => {
    expect(measuredOrEstimate(0, 96)).toBe(96);
    expect(measuredOrEstimate(120, 96)).toBe(120);
  });
});
