/**
 * Places the labelled markers of one lane into rows so that no two boxes overlap.
 * Positions are in "reading space" (u grows in the reading direction: rightwards in
 * English, leftwards in Arabic), so the same packing serves both directions.
 * An item that fits in no row merges with the nearest block in time, which then
 * becomes a cluster: counts are kept, nothing is dropped.
 */

/** One event to place: its marker spans [u0, u1] (u1 = u0 for a point). */
export interface PackItem {
  readonly id: string;
  readonly u0: number;
  readonly u1: number;
  readonly labelWidth: number;
}

export interface PackedEvent {
  readonly kind: 'event';
  readonly id: string;
  readonly row: number;
  readonly u0: number;
  readonly u1: number;
  /** Where the label starts: after a point, inside a bar, or moved back so it ends on the axis. */
  readonly labelStart: number;
  /** The label lies on its bar (a see-through ground lets the bar show), not beside it. */
  readonly onBar: boolean;
  /** The width the label was given: it may not grow past it (a bold selected label would). */
  readonly labelWidth: number;
  /** The button's box, marker and label together. */
  readonly boxStart: number;
  readonly boxEnd: number;
}

export interface PackedCluster {
  readonly kind: 'cluster';
  readonly ids: readonly string[];
  readonly row: number;
  readonly u0: number;
  readonly u1: number;
  readonly boxStart: number;
  readonly boxEnd: number;
}

export type PackedBlock = PackedEvent | PackedCluster;

export interface PackOptions {
  readonly rows: number;
  /** Space on each side of a point marker (half its hit area). */
  readonly markerRadius: number;
  /** Space between a marker and its label. */
  readonly labelGap: number;
  /** Least space between two boxes in a row. */
  readonly spacing: number;
  /** Width of a cluster's count label, given how many events it holds. */
  readonly clusterLabelWidth: (count: number) => number;
  /** Length of the axis: a label that would run past it goes before its marker instead. */
  readonly length?: number | undefined;
}

/** The box of a marker spanning [u0, u1] with a label of the given width after its start. */
export function boxOf(
  u0: number,
  u1: number,
  labelWidth: number,
  options: PackOptions,
): [number, number] {
  const start = u0 - options.markerRadius;
  return [
    start,
    Math.max(u1 + options.markerRadius, u0 + options.markerRadius + options.labelGap + labelWidth),
  ];
}

/**
 * Where an item's label goes and the box it makes. A label lies on a bar that can hold at
 * least half of it; beside a point or a shorter bar (on a short band, the band's edges would
 * run through the words). One that would run past the end of the axis goes before its marker
 * (a label slid back from its bar's start would cover the start it is read from).
 */
function placeLabel(
  item: PackItem,
  options: PackOptions,
): { labelStart: number; onBar: boolean; box: [number, number] } {
  const { labelGap: gap } = options;
  const point = item.u1 === item.u0;
  const width = item.labelWidth;
  const end = options.length;
  // Only the part of the bar on the axis can hold the label.
  let onBar = !point && 2 * (Math.min(item.u1, end ?? Infinity) - item.u0) >= width;
  // A point's hit area reaches a marker radius either side; a bar's is the bar itself.
  const reach = point ? options.markerRadius : 0;
  let labelStart = onBar ? item.u0 + gap : item.u1 + reach + gap;
  if (end !== undefined && labelStart + width > end) {
    const before = item.u0 - reach - gap - width;
    if (before >= 0) {
      labelStart = before;
      onBar = false;
    }
  }
  // The box ends with the axis: a bar running on past it is drawn on (the plot clips it), but
  // the button, and the focus ring around it, stay inside.
  const box: [number, number] = [
    Math.min(item.u0 - reach, labelStart),
    Math.max(point ? item.u1 + reach : Math.min(item.u1, end ?? Infinity), labelStart + width),
  ];
  return { labelStart, onBar, box };
}

/** Packs items sorted by u0. Returns blocks in placement order. */
export function packLane(items: readonly PackItem[], options: PackOptions): PackedBlock[] {
  const rows = Math.max(1, options.rows);
  const rowEnd = new Array<number>(rows).fill(-Infinity);
  const rowLast = new Array<number>(rows).fill(-1);
  /** Where each row ended before its last block: how far that block may slide back. */
  const rowEndBefore = new Array<number>(rows).fill(-Infinity);
  const blocks: PackedBlock[] = [];

  for (const item of items) {
    const { labelStart, onBar, box } = placeLabel(item, options);
    const [boxStart, boxEnd] = box;
    let row = -1;
    for (let r = 0; r < rows; r++) {
      if ((rowEnd[r] ?? 0) + options.spacing <= boxStart) {
        row = r;
        break;
      }
    }
    if (row >= 0) {
      blocks.push({
        kind: 'event',
        id: item.id,
        row,
        u0: item.u0,
        u1: item.u1,
        labelStart,
        onBar,
        labelWidth: item.labelWidth,
        boxStart,
        boxEnd,
      });
      // A label moved back can end before the row's last box; the row ends at the furthest.
      rowEndBefore[row] = rowEnd[row] ?? -Infinity;
      rowEnd[row] = Math.max(rowEnd[row] ?? -Infinity, boxEnd);
      rowLast[row] = blocks.length - 1;
      continue;
    }
    // No room: join the nearest block in time (the row whose last marker is closest), so a
    // cluster stays a tight stretch of time instead of reaching back to a distant event.
    let target = 0;
    for (let r = 1; r < rows; r++) {
      const here = blocks[rowLast[r] ?? -1]?.u0 ?? -Infinity;
      const best = blocks[rowLast[target] ?? -1]?.u0 ?? -Infinity;
      if (here > best || (here === best && (rowEnd[r] ?? 0) < (rowEnd[target] ?? 0))) target = r;
    }
    // The host keeps its place; a cluster's count label always follows its first marker.
    const index = rowLast[target] ?? -1;
    const host = blocks[index];
    if (!host) continue; // Unreachable: every row has a block once all rows are full.
    // Extend the host's list in place: a dense stretch can merge thousands of items.
    const ids = host.kind === 'event' ? [host.id, item.id] : (host.ids as string[]);
    if (host.kind === 'cluster') ids.push(item.id);
    const u1 = Math.max(host.u1, item.u1);
    const labelWidth = options.clusterLabelWidth(ids.length);
    // A bar running on past the axis (a decade seen a month at a time) ends the box at the
    // axis, as an event's does: else the count, centred in the box, is thousands of pixels off.
    const runsPast = options.length !== undefined && u1 > options.length;
    let [start, end] = boxOf(host.u0, runsPast ? (options.length ?? u1) : u1, labelWidth, options);
    // Not before the host's own box (a bar's starts at the bar): the row is free from there.
    start = Math.max(start, host.boxStart);
    // At the far end of the axis the count slides back so it stays readable.
    if (options.length !== undefined && end > options.length) {
      const room = start - Math.max(0, (rowEndBefore[target] ?? -Infinity) + options.spacing);
      const shift = Math.max(0, Math.min(end - options.length, room));
      start -= shift;
      end -= shift;
      if (runsPast) end = Math.max(options.length, start + labelWidth);
    }
    blocks[index] = {
      kind: 'cluster',
      ids,
      row: target,
      u0: host.u0,
      u1,
      boxStart: start,
      boxEnd: end,
    };
    rowEnd[target] = end;
  }
  return blocks;
}
