/**
 * Which clusters hold a highlighted event (the events of the sentence the reader chose).
 * A cluster from packing lists its members; a density bin only counts, so its events are
 * found by lane and time, as binCounts counted them: those that start in the bin, and in
 * the first bin of the window also those that began before it and still run.
 */
import { bisectLeft } from 'd3-array';
import type { ArticleEvent } from '../../model/article';
import type { ClusterBlock } from './layoutTimeline';
import type { LaneIndex } from './laneIndex';

export interface HighlightIndex {
  readonly ids: ReadonlySet<string>;
  /** Per lane: the highlighted events' starts, sorted, and the events in the same order. */
  readonly lanes: readonly {
    readonly starts: Float64Array;
    readonly events: readonly ArticleEvent[];
  }[];
}

export function highlightIndex(
  ids: ReadonlySet<string>,
  lanes: readonly LaneIndex[],
  eventById: ReadonlyMap<string, ArticleEvent>,
): HighlightIndex {
  const byLane = lanes.map(() => [] as ArticleEvent[]);
  const laneOf = new Map(lanes.map((lane, i) => [lane.category, i]));
  for (const id of ids) {
    const event = eventById.get(id);
    const lane = event && laneOf.get(event.category);
    if (event && lane !== undefined) byLane[lane]?.push(event);
  }
  return {
    ids,
    lanes: byLane.map((events) => {
      events.sort((a, b) => a.startMs - b.startMs);
      return { starts: Float64Array.from(events, (e) => e.startMs), events };
    }),
  };
}

/** Whether a cluster holds a highlighted event; `t0` is the start of the visible window. */
export function clusterHighlighted(
  block: ClusterBlock,
  index: HighlightIndex,
  t0: number,
): boolean {
  if (index.ids.size === 0) return false;
  if (block.ids) return block.ids.some((id) => index.ids.has(id));
  // A bin of the narrow timeline's column (lane -1) holds events of every lane.
  const lanes = block.lane >= 0 ? [index.lanes[block.lane]] : index.lanes;
  return lanes.some((lane) => lane !== undefined && laneBinHolds(lane, block, t0));
}

function laneBinHolds(
  lane: HighlightIndex['lanes'][number],
  block: ClusterBlock,
  t0: number,
): boolean {
  if (bisectLeft(lane.starts, block.t0) < bisectLeft(lane.starts, block.t1)) return true;
  // The window's first bin also holds what began before the window and runs into it.
  if (block.t0 > t0) return false;
  const before = bisectLeft(lane.starts, t0);
  for (let i = 0; i < before; i++) if ((lane.events[i]?.endMs ?? 0) > t0) return true;
  return false;
}
