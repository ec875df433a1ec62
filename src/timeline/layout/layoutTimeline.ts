/**
 * The whole timeline's geometry for one view: which events are drawn one by one,
 * which are summarized as clusters, and where everything goes. Pure: the same
 * inputs give the same layout, so it is tested without a DOM and recomputed on
 * every zoom frame at a cost that depends on what is visible.
 *
 * Positions along time are in reading space: u = 0 at the reading start (left in
 * English, right in Arabic). The view renders u with logical CSS (inset-inline-start),
 * which mirrors it by construction.
 */
import type { ArticleEvent } from '../../model/article';
import type { Category } from '../../model/schema';
import { countStarting, forEachVisible, visibleSlice, type LaneIndex } from './laneIndex';
import { maxRowsFor, METRICS } from './metrics';
import { packLane, type PackItem, type PackOptions } from './pack';

export type Orientation = 'horizontal' | 'vertical';
export type MarkKind = 'point' | 'range' | 'band';

/** How an event is drawn: a day is a point, a day range a bar, a year or month a soft band over its whole period. */
export function markKind(event: ArticleEvent): MarkKind {
  if (event.precision !== 'day') return 'band';
  return event.end ? 'range' : 'point';
}

/** The instant a marker is anchored at: the middle of a single day, else the period's start. */
export function anchorTime(event: ArticleEvent): number {
  return markKind(event) === 'point' ? (event.startMs + event.endMs) / 2 : event.startMs;
}

export interface EventBlock {
  readonly kind: 'event';
  readonly key: string;
  readonly event: ArticleEvent;
  readonly lane: number;
  readonly row: number;
  readonly mark: MarkKind;
  /** Marker extent in reading space (u1 = u0 for a point). */
  readonly u0: number;
  readonly u1: number;
  /** Where the label starts (reading space), and the width it was given. */
  readonly labelStart: number;
  readonly labelWidth: number;
  /** The label lies on its bar rather than beside its marker. */
  readonly onBar: boolean;
  readonly boxStart: number;
  readonly boxEnd: number;
}

export interface ClusterBlock {
  readonly kind: 'cluster';
  readonly key: string;
  /** Lane index, or -1 for a cluster of the narrow timeline's shared column. */
  readonly lane: number;
  readonly row: number;
  readonly count: number;
  /** The events' time extent, to zoom into. */
  readonly t0: number;
  readonly t1: number;
  /** Member ids when few enough to list (clusters from packing); absent for density bins. */
  readonly ids?: readonly string[];
  /** A bin of the narrow timeline's column: its count in each lane (for the lane tracks). */
  readonly laneCounts?: readonly number[];
  readonly u0: number;
  readonly u1: number;
  readonly boxStart: number;
  readonly boxEnd: number;
}

export type Block = EventBlock | ClusterBlock;

export interface LaneGeometry {
  readonly category: Category;
  readonly rows: number;
  /** Offset and size across the time axis. */
  readonly offset: number;
  readonly size: number;
}

export interface TimelineLayout {
  readonly blocks: readonly Block[];
  readonly lanes: readonly LaneGeometry[];
  /** Events wholly before and after the window, over all lanes. */
  readonly before: number;
  readonly after: number;
}

export interface LayoutInput {
  readonly lanes: readonly LaneIndex[];
  readonly orientation: Orientation;
  /** The visible window of time. */
  readonly t0: number;
  readonly t1: number;
  /** Length of the time axis in pixels. */
  readonly length: number;
  /** Label width of an event's title, already capped. */
  readonly labelWidth: (event: ArticleEvent) => number;
  readonly clusterLabelWidth: (count: number) => number;
  /** Width of a density bin's label: its count alone, so that bins can stay narrow. */
  readonly binLabelWidth: (count: number) => number;
  /** Rows per lane (see rowsNeeded); defaults to as many as events, up to maxRowsFor(lanes). */
  readonly laneRows?: readonly number[] | undefined;
}

/** Rows each lane gets: enough for its events, at most maxRowsFor(lanes), fixed for a bundle so zooming never changes lane heights. */
export function laneGeometry(
  lanes: readonly LaneIndex[],
  orientation: Orientation,
  laneRows?: readonly number[],
): LaneGeometry[] {
  let offset = 0;
  return lanes.map((lane, i) => {
    const wanted = laneRows?.[i] ?? lane.events.length;
    const rows = orientation === 'vertical' ? 1 : Math.max(1, Math.min(maxRowsFor(lanes.length), wanted));
    const size =
      orientation === 'vertical'
        ? METRICS.trackWidth
        : rows * METRICS.rowHeight + 2 * METRICS.lanePadding;
    const geometry = { category: lane.category, rows, offset, size };
    offset += size;
    return geometry;
  });
}

export function layoutTimeline(input: LayoutInput): TimelineLayout {
  const { t0, t1, length } = input;
  const span = t1 - t0;
  const toU = (ms: number) => ((ms - t0) / span) * length;
  const lanes = laneGeometry(input.lanes, input.orientation, input.laneRows);
  let before = 0;
  let after = 0;
  for (const lane of input.lanes) {
    const slice = visibleSlice(lane, t0, t1);
    before += slice.before;
    after += slice.after;
  }

  if (input.orientation === 'vertical') {
    return { blocks: layoutColumn(input, toU), lanes, before, after };
  }

  const blocks: Block[] = [];
  input.lanes.forEach((lane, laneNumber) => {
    blocks.push(...layoutLane(lane, laneNumber, lanes[laneNumber]?.rows ?? 1, input, toU));
  });
  return { blocks, lanes, before, after };
}

/** What is drawn before the plot has been measured: the lanes, nothing in them. */
export function emptyLayout(lanes: readonly LaneIndex[], orientation: Orientation): TimelineLayout {
  return { blocks: [], lanes: laneGeometry(lanes, orientation), before: 0, after: 0 };
}

/** How many of a lane's events are in the window. */
function visibleCount(lane: LaneIndex, t0: number, t1: number): number {
  const slice = visibleSlice(lane, t0, t1);
  return slice.to - slice.before;
}

/** A lane with more visible events than its rows can show one by one is summarized in density bins. */
const isDense = (visible: number, rows: number, length: number) =>
  visible > Math.max(8, length * METRICS.detailDensity * rows);

/** The row density bins are drawn on: the middle one. */
const binRow = (rows: number) => Math.floor((rows - 1) / 2);

/** One lane of the horizontal timeline: its events packed into rows, or its density bins. */
function layoutLane(
  lane: LaneIndex,
  laneNumber: number,
  rows: number,
  input: LayoutInput,
  toU: (ms: number) => number,
): Block[] {
  const { t0, t1, length } = input;
  const visible = visibleCount(lane, t0, t1);
  if (visible <= 0) return [];
  if (isDense(visible, rows, length)) return densityBins(lane, laneNumber, rows, input, toU);
  const items: PackItem[] = [];
  const events = new Map<string, ArticleEvent>();
  forEachVisible(lane, t0, t1, (event) => {
    const mark = markKind(event);
    const start = toU(anchorTime(event));
    const end = mark === 'point' ? start : Math.max(start + 4, toU(event.endMs));
    // A range that began off-screen keeps its label on screen.
    const u0 = Math.max(start, mark === 'point' ? start : 0);
    items.push({ id: event.id, u0, u1: Math.max(u0, end), labelWidth: input.labelWidth(event) });
    events.set(event.id, event);
  });
  items.sort((a, b) => a.u0 - b.u0);
  const options: PackOptions = {
    rows,
    markerRadius: METRICS.markerRadius,
    labelGap: METRICS.labelGap,
    spacing: METRICS.spacing,
    clusterLabelWidth: input.clusterLabelWidth,
    length,
  };
  const blocks: Block[] = [];
  for (const block of packLane(items, options)) {
    if (block.kind === 'event') {
      const event = events.get(block.id);
      if (!event) continue;
      blocks.push({
        ...block,
        kind: 'event',
        key: event.id,
        event,
        lane: laneNumber,
        mark: markKind(event),
      });
    } else {
      blocks.push(clusterFromIds(block.ids, events, laneNumber, block));
    }
  }
  return blocks;
}

function clusterFromIds(
  ids: readonly string[],
  events: ReadonlyMap<string, ArticleEvent>,
  lane: number,
  block: { row: number; u0: number; u1: number; boxStart: number; boxEnd: number },
): ClusterBlock {
  let c0 = Infinity;
  let c1 = -Infinity;
  for (const id of ids) {
    const event = events.get(id);
    if (!event) continue;
    c0 = Math.min(c0, event.startMs);
    c1 = Math.max(c1, event.endMs);
  }
  return {
    kind: 'cluster',
    key: `cluster:${lane}:${ids[0] ?? ''}`,
    lane,
    row: block.row,
    count: ids.length,
    t0: c0,
    t1: c1,
    ids,
    u0: block.u0,
    u1: block.u1,
    boxStart: block.boxStart,
    boxEnd: block.boxEnd,
  };
}

/**
 * Bins of a fixed, zoom-stable size in time (a power of two of a base unit), so
 * that panning slides bins instead of reshuffling them. Each bin counts the events
 * that start in it; the partial bins at either edge fold into their neighbours (with
 * the events that began before the window), so every count sits in a whole bin and
 * the counts still add up. A bin is at least as wide as its count's label, so no two
 * labels overlap.
 */
function densityBins(
  lane: LaneIndex,
  laneNumber: number,
  rows: number,
  input: LayoutInput,
  toU: (ms: number) => number,
): ClusterBlock[] {
  const { t0, t1, length } = input;
  const msPerPx = (t1 - t0) / length;
  let binMs = stableBinSize(msPerPx * METRICS.binWidth);
  let bins = binCounts(lane, t0, t1, binMs);
  for (let widen = 0; widen < 8; widen++) {
    const widest = Math.max(0, ...bins.map((bin) => input.binLabelWidth(bin.count)));
    if (widest + METRICS.spacing <= binMs / msPerPx) break;
    binMs *= 2;
    bins = binCounts(lane, t0, t1, binMs);
  }
  const row = binRow(rows);
  return bins.map((bin) =>
    binBlock(
      bin,
      { key: `bin:${laneNumber}:${bin.at}`, lane: laneNumber, row },
      2 * METRICS.markerRadius,
      input,
      toU,
    ),
  );
}

/**
 * A bin as a cluster block: its extent in the window, its box inset by half the spacing
 * (no two bins touch), and at least `minBox` long so that its label fits.
 */
function binBlock(
  bin: Pick<Bin, 'b0' | 'b1' | 'count'>,
  place: Pick<ClusterBlock, 'key' | 'lane' | 'row' | 'laneCounts'>,
  minBox: number,
  input: LayoutInput,
  toU: (ms: number) => number,
): ClusterBlock {
  const u0 = Math.max(0, toU(bin.b0));
  const u1 = Math.min(input.length, toU(bin.b1));
  const boxStart = u0 + METRICS.spacing / 2;
  return {
    kind: 'cluster',
    ...place,
    count: bin.count,
    t0: bin.b0,
    t1: bin.b1,
    u0,
    u1,
    boxStart,
    boxEnd: Math.max(boxStart + minBox, u1 - METRICS.spacing / 2),
  };
}

/** A bin: its extent in the window, its count, and `at`, where its whole bin starts (a stable key). */
interface Bin {
  b0: number;
  b1: number;
  count: number;
  readonly at: number;
}

/** Counts per whole bin over [t0, t1); see densityBins. */
function binCounts(lane: LaneIndex, t0: number, t1: number, binMs: number): Bin[] {
  const slice = visibleSlice(lane, t0, t1);
  // Events that began before the window and still run into it.
  const carried = slice.to - slice.before - countStarting(lane, t0, t1);
  const first = Math.ceil(t0 / binMs) * binMs;
  const last = Math.floor(t1 / binMs) * binMs;
  if (last <= first) {
    const count = slice.to - slice.before;
    return count > 0 ? [{ b0: t0, b1: t1, count, at: first }] : [];
  }
  const bins: Bin[] = [];
  for (let b0 = first; b0 < last; b0 += binMs) {
    bins.push({ b0, b1: b0 + binMs, count: countStarting(lane, b0, b0 + binMs), at: b0 });
  }
  const head = bins[0];
  const tail = bins.at(-1);
  if (head) {
    head.count += carried + countStarting(lane, t0, first);
    head.b0 = t0;
  }
  if (tail) {
    tail.count += countStarting(lane, last, t1);
    tail.b1 = t1;
  }
  return bins.filter((bin) => bin.count > 0);
}

/** A bin size in ms at least `target`, from a ladder of powers of two of one hour. */
export function stableBinSize(target: number): number {
  const hour = 3_600_000;
  let size = hour;
  while (size < target) size *= 2;
  return size;
}

/**
 * The narrow timeline: one column of labels beside the lane tracks, time running
 * down. Labels are one line high, so only their height competes for space; what
 * does not fit clusters, as in the wide timeline.
 */
function layoutColumn(input: LayoutInput, toU: (ms: number) => number): Block[] {
  const { t0, t1 } = input;
  if (isDenseColumn(input)) return columnBins(input, toU);
  const items: PackItem[] = [];
  const events = new Map<string, ArticleEvent>();
  const laneOf = new Map<string, number>();
  const half = METRICS.verticalLabelHeight / 2;
  const inset = half + METRICS.columnInset;
  input.lanes.forEach((lane, laneNumber) => {
    forEachVisible(lane, t0, t1, (event) => {
      // A label is one line high: kept whole inside the plot at either end, its border and a
      // selection ring clear of the plot's edge (flush with it, a pill read as cut off).
      const u0 = Math.min(Math.max(inset, toU(anchorTime(event))), input.length - inset);
      items.push({ id: event.id, u0, u1: u0, labelWidth: 0 });
      events.set(event.id, event);
      laneOf.set(event.id, laneNumber);
    });
  });
  items.sort((a, b) => a.u0 - b.u0);
  const blocks: Block[] = [];
  for (const block of packLane(items, {
    rows: 1,
    markerRadius: half,
    labelGap: 0,
    spacing: 2,
    clusterLabelWidth: () => 0,
  })) {
    if (block.kind === 'event') {
      const event = events.get(block.id);
      if (!event) continue;
      const mark = markKind(event);
      blocks.push({
        ...block,
        kind: 'event',
        key: event.id,
        event,
        lane: laneOf.get(event.id) ?? 0,
        mark,
        u1: mark === 'point' ? block.u0 : Math.max(block.u0 + 4, toU(event.endMs)),
      });
    } else {
      blocks.push(clusterFromIds(block.ids, events, -1, block));
    }
  }
  return blocks;
}

/**
 * A column with more visible events than four per line of labels is summarized in bins:
 * packed, they would make one cluster of nearly all of them, and the lane tracks would draw
 * a mark for each (10,000 of them at the full view of the bench's bundle).
 */
function isDenseColumn(input: LayoutInput): boolean {
  let visible = 0;
  for (const lane of input.lanes) visible += visibleCount(lane, input.t0, input.t1);
  return visible > Math.max(8, (4 * input.length) / METRICS.verticalLabelHeight);
}

/**
 * The column's bins: each lane's zoom-stable bins (as in the wide timeline, one line of
 * label high at least) summed over the lanes, with the count of each lane kept for its track.
 */
function columnBins(input: LayoutInput, toU: (ms: number) => number): ClusterBlock[] {
  const { t0, t1, length } = input;
  const binMs = stableBinSize(
    ((t1 - t0) / length) * (METRICS.verticalLabelHeight + METRICS.spacing),
  );
  const merged = new Map<number, { b0: number; b1: number; count: number; laneCounts: number[] }>();
  input.lanes.forEach((lane, laneNumber) => {
    for (const bin of binCounts(lane, t0, t1, binMs)) {
      let sum = merged.get(bin.at);
      if (!sum)
        merged.set(
          bin.at,
          (sum = { b0: bin.b0, b1: bin.b1, count: 0, laneCounts: input.lanes.map(() => 0) }),
        );
      sum.count += bin.count;
      sum.laneCounts[laneNumber] = bin.count;
    }
  });
  return [...merged.entries()]
    .sort(([a], [b]) => a - b)
    .map(([at, bin]) =>
      binBlock(
        bin,
        { key: `column-bin:${at}`, lane: -1, row: 0, laneCounts: bin.laneCounts },
        METRICS.verticalLabelHeight - 4,
        input,
        toU,
      ),
    );
}

/**
 * Rows each lane needs to show its events unclustered in the fit-all view (at
 * most maxRowsFor(lanes)). Computed once per bundle and size, so lanes keep their height
 * while the reader zooms.
 */
export function rowsNeeded(input: Omit<LayoutInput, 'laneRows' | 'orientation'>): number[] {
  const { t0, t1, length } = input;
  const toU = (ms: number) => ((ms - t0) / (t1 - t0)) * length;
  const rows = maxRowsFor(input.lanes.length);
  return input.lanes.map((lane, laneNumber) => {
    // Density bins sit on the middle row, whatever they count: no need to compute them.
    if (isDense(visibleCount(lane, t0, t1), rows, length)) return binRow(rows) + 1;
    const full = layoutLane(lane, laneNumber, rows, { ...input, orientation: 'horizontal' }, toU);
    return full.reduce((most, block) => Math.max(most, block.row + 1), 1);
  });
}

/**
 * A window in which an event is drawn on its own (not in a cluster): the current span
 * around it, then ever closer zooms, down to the narrowest window the timeline allows, or,
 * for an event longer than that, to the event's own length: past it, zooming in would only
 * hide the event's ends (a school year among the dated days inside it may never stand alone).
 */
export function windowShowing(
  input: Omit<LayoutInput, 't0' | 't1'>,
  event: ArticleEvent,
  span: number,
  minSpan: number,
): { t0: number; t1: number } {
  const center = (event.startMs + event.endMs) / 2;
  const narrowest = Math.max(minSpan, (event.endMs - event.startMs) * 1.1);
  let width = Math.max(span, narrowest);
  for (;;) {
    const candidate = { t0: center - width / 2, t1: center + width / 2 };
    const trial = layoutTimeline({ ...input, ...candidate });
    if (
      width <= narrowest ||
      trial.blocks.some((b) => b.kind === 'event' && b.event.id === event.id)
    ) {
      return candidate;
    }
    width = Math.max(narrowest, width / 2);
  }
}
