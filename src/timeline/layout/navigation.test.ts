import { describe, expect, it } from 'vitest';
import { moveIndex, navigationIntent, nextEventIndex, panIntent } from './navigation';

describe('keyboard intents', () => {
  it('reads the right arrow as later in English', () => {
    expect(navigationIntent('ArrowRight', 'ltr', 'horizontal')).toBe('next');
  });

  it('reads the left arrow as later in Arabic, where time runs right to left', () => {
    expect(navigationIntent('ArrowLeft', 'rtl', 'horizontal')).toBe('next');
    expect(navigationIntent('ArrowRight', 'rtl', 'horizontal')).toBe('previous');
  });

  it('reads the down arrow as later on the upright timeline, in both directions', () => {
    expect(navigationIntent('ArrowDown', 'rtl', 'vertical')).toBe('next');
    expect(navigationIntent('ArrowDown', 'ltr', 'vertical')).toBe('next');
  });

  it('pans towards earlier time with the arrow that points to it', () => {
    expect(panIntent('ArrowRight', 'rtl', 'horizontal')).toBeLessThan(0);
    expect(panIntent('ArrowLeft', 'ltr', 'horizontal')).toBeLessThan(0);
  });

  it('stops at both ends of the list', () => {
    expect(moveIndex(0, 'previous', 5)).toBe(0);
    expect(moveIndex(4, 'next', 5)).toBe(4);
    expect(moveIndex(2, 'first', 5)).toBe(0);
    expect(moveIndex(2, 'last', 5)).toBe(4);
  });
});

describe('nextEventIndex', () => {
  const starts = [0, 10, 20, 30, 40];

  it('steps from an event to its neighbour in time', () => {
    expect(nextEventIndex({ kind: 'event', order: 1 }, 'next', starts)).toBe(2);
    expect(nextEventIndex({ kind: 'event', order: 1 }, 'previous', starts)).toBe(0);
  });

  it('leaves a cluster after its last member or before its first', () => {
    const cluster = { kind: 'cluster', orders: [1, 2], t0: 10, t1: 21 } as const;
    expect(nextEventIndex(cluster, 'next', starts)).toBe(3);
    expect(nextEventIndex(cluster, 'previous', starts)).toBe(0);
  });

  it('leaves a density bin by time, since its members are not listed', () => {
    const bin = { kind: 'cluster', orders: [], t0: 15, t1: 35 } as const;
    expect(nextEventIndex(bin, 'next', starts)).toBe(4);
    expect(nextEventIndex(bin, 'previous', starts)).toBe(1);
  });

  it('starts at the first or last event when nothing has focus', () => {
    expect(nextEventIndex(undefined, 'next', starts)).toBe(0);
    expect(nextEventIndex(undefined, 'last', starts)).toBe(4);
  });
});
