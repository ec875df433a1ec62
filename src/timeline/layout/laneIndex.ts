/**
 * Per-lane sorted arrays of event times, so that what is visible in a window of
 * time, and how many events lie before and after it, is found by binary search
 * instead of a scan: the cost of a frame depends on what is on screen, not on
 * how many events the bundle holds.
 */
import { bisectLeft, bisectRight } from 'd3-array';
import type { ArticleEvent } from '../../model/article';
import type { Category } from '../../model/schema';

export interface LaneIndex {
  readonly category: Category;
  /** Events of the lane, ordered by start. */
  readonly events: readonly ArticleEvent[];
  readonly starts: Float64Array;
  /** Ends of the same events, sorted on their own (for counting what ended earlier). */
  readonly sortedEnds: Float64Array;
  /** The longest event of the lane, bounding how far back a visible one can start. */
  readonly maxDuration: number;
}

/** Events must come in time order (as Article.events do): each lane keeps their order. */
export function buildLaneIndexes(
  events: readonly ArticleEvent[],
  categories: readonly Category[],
): LaneIndex[] {
  const byLane = new Map<Category, ArticleEvent[]>(categories.map((c) => [c, []]));
  for (const event of events) byLane.get(event.category)?.push(event);
  return categories.map((category) => {
    const laneEvents = byLane.get(category) ?? [];
    // Plain loops: typed arrays from iterables with a mapping function are several times slower.
    const n = laneEvents.length;
    const starts = new Float64Array(n);
    const sortedEnds = new Float64Array(n);
    let maxDuration = 0;
    for (let i = 0; i < n; i++) {
      const e = laneEvents[i] as ArticleEvent;
      starts[i] = e.startMs;
      sortedEnds[i] = e.endMs;
      maxDuration = Math.max(maxDuration, e.endMs - e.startMs);
    }
    sortedEnds.sort();
    return { category, events: laneEvents, starts, sortedEnds, maxDuration };
  });
}

export interface VisibleSlice {
  /** Index range [from, to) in `events` of those starting before the window's end and possibly visible. */
  readonly from: number;
  readonly to: number;
  /** Events wholly before the window (ended at or before t0). */
  readonly before: number;
  /** Events wholly after the window (starting at or after t1). */
  readonly after: number;
}

/**
 * The window [t0, t1): events overlapping it are those in [from, to) with end > t0.
 * before + visible + after always equals the lane's count.
 */
export function visibleSlice(lane: LaneIndex, t0: number, t1: number): VisibleSlice {
  const to = bisectLeft(lane.starts, t1);
  const from = bisectLeft(lane.starts, t0 - lane.maxDuration);
  const before = bisectRight(lane.sortedEnds, t0);
  return { from, to, before, after: lane.events.length - to };
}

/** Calls `visit` for every event of the lane that overlaps [t0, t1), in start order. */
export function forEachVisible(
  lane: LaneIndex,
  t0: number,
  t1: number,
  visit: (event: ArticleEvent, index: number) => void,
): void {
  const { from, to } = visibleSlice(lane, t0, t1);
  for (let i = from; i < to; i++) {
    const event = lane.events[i];
    if (event && event.endMs > t0) visit(event, i);
  }
}

/** How many events of the lane start in [a, b). */
export function countStarting(lane: LaneIndex, a: number, b: number): number {
  return bisectLeft(lane.starts, b) - bisectLeft(lane.starts, a);
}
