import { describe, expect, it, vi } from 'vitest';
import { memoized } from './memoized';

describe('memoized', () => {
  it('computes each answer once', () => {
    const compute = vi.fn((n: number) => n * 2);
    const double = memoized(compute);
    expect([double(2), double(3), double(2)]).toEqual([4, 6, 4]);
    expect(compute).toHaveBeenCalledTimes(2);
  });
});
