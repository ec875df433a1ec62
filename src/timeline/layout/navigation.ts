/**
 * Keyboard movement along the timeline as intents, so arrow keys mean "later" and
 * "earlier" in one place: right is later in English, left is later in Arabic,
 * down is later on the narrow (vertical) timeline.
 */
export type Intent = 'next' | 'previous' | 'first' | 'last';

export function navigationIntent(
  key: string,
  dir: 'ltr' | 'rtl',
  orientation: 'horizontal' | 'vertical',
): Intent | undefined {
  switch (key) {
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'ArrowDown':
      return 'next';
    case 'ArrowUp':
      return 'previous';
    case 'ArrowRight':
      if (orientation === 'vertical') return 'next';
      return dir === 'rtl' ? 'previous' : 'next';
    case 'ArrowLeft':
      if (orientation === 'vertical') return 'previous';
      return dir === 'rtl' ? 'next' : 'previous';
    default:
      return undefined;
  }
}

/** Which way an arrow key pans the view, as a share of the span (positive: later), or undefined. */
export function panIntent(
  key: string,
  dir: 'ltr' | 'rtl',
  orientation: 'horizontal' | 'vertical',
): number | undefined {
  const intent = navigationIntent(key, dir, orientation);
  if (intent === 'next') return 0.2;
  if (intent === 'previous') return -0.2;
  return undefined;
}

/** The index an intent moves to in a list of `count` items ordered by time. */
export function moveIndex(current: number, intent: Intent, count: number): number {
  if (count === 0) return -1;
  switch (intent) {
    case 'first':
      return 0;
    case 'last':
      return count - 1;
    case 'next':
      return Math.min(count - 1, current + 1);
    case 'previous':
      return Math.max(0, current - 1);
  }
}

/** What keyboard focus is on: an event (by its place in time order) or a cluster. */
export type FocusOrigin =
  | { readonly kind: 'event'; readonly order: number }
  | {
      readonly kind: 'cluster';
      readonly orders: readonly number[];
      readonly t0: number;
      readonly t1: number;
    };

/**
 * The index (in time order) of the event an intent moves to. From a cluster, "next"
 * leaves after its last member and "previous" before its first; a density bin,
 * whose members are not listed, is left by time.
 */
export function nextEventIndex(
  from: FocusOrigin | undefined,
  intent: Intent,
  starts: readonly number[],
): number {
  const count = starts.length;
  if (!from) return intent === 'last' ? count - 1 : 0;
  if (from.kind === 'event') return moveIndex(from.order, intent, count);
  if (intent === 'first' || intent === 'last') return moveIndex(0, intent, count);
  if (from.orders.length > 0) {
    const edge = intent === 'next' ? Math.max(...from.orders) : Math.min(...from.orders);
    return moveIndex(edge, intent, count);
  }
  return intent === 'next'
    ? starts.findIndex((start) => start >= from.t1)
    : starts.findLastIndex((start) => start < from.t0);
}
