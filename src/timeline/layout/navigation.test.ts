import { describe, expect, it } from 'vitest';
import { moveIndex, navigationIntent, panIntent } from './navigation';

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
