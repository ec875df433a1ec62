/**
 * Event indexes in time order: by start, then by the end of the start's period (a year
 * before a month of it, as compareDates orders), then by end, then by id. For 100,000
 * events a sort with a comparator is the slowest step of indexing a bundle; here the
 * first key goes through a native numeric sort instead, and the comparator only settles
 * events that start on the same day.
 */
const DAY_MS = 86_400_000;
/** Room for the index in the low bits of a sort key; more events than this take the slow path. */
const INDEX_BITS = 2 ** 21;
/** Days are shifted to be positive: ±2^24 days is ±45,000 years. */
const DAY_SHIFT = 2 ** 24;

export interface EventTimes {
  readonly startMs: Float64Array;
  readonly startEndMs: Float64Array;
  readonly endMs: Float64Array;
  readonly ids: readonly string[];
}

export function timeOrder(times: EventTimes): number[] {
  const { startMs, startEndMs, endMs, ids } = times;
  const n = startMs.length;
  const compare = (a: number, b: number) =>
    (startMs[a] ?? 0) - (startMs[b] ?? 0) ||
    (startEndMs[a] ?? 0) - (startEndMs[b] ?? 0) ||
    (endMs[a] ?? 0) - (endMs[b] ?? 0) ||
    compareIds(ids[a] ?? '', ids[b] ?? '');

  // Day number and index in one float, exact below 2^53: (day + shift) · 2^21 + index.
  const keys = new Float64Array(n);
  let wholeDays = n < INDEX_BITS;
  for (let i = 0; i < n && wholeDays; i++) {
    const day = (startMs[i] ?? 0) / DAY_MS;
    if (!Number.isInteger(day) || Math.abs(day) >= DAY_SHIFT) wholeDays = false;
    else keys[i] = (day + DAY_SHIFT) * INDEX_BITS + i;
  }
  if (!wholeDays) return Array.from({ length: n }, (_, i) => i).sort(compare);

  keys.sort();
  const order = Array.from(keys, (key) => key % INDEX_BITS);
  // Runs that start on the same day are put in full order by the comparator: in place by
  // insertion (most runs are a handful of events), longer ones by a sort of their own.
  for (let from = 0; from < n; ) {
    const day = Math.floor((keys[from] ?? 0) / INDEX_BITS);
    let to = from + 1;
    while (to < n && Math.floor((keys[to] ?? 0) / INDEX_BITS) === day) to++;
    if (to - from > 16) {
      const run = order.slice(from, to).sort(compare);
      for (let k = 0; k < run.length; k++) order[from + k] = run[k] ?? 0;
    } else {
      for (let k = from + 1; k < to; k++) {
        const item = order[k] ?? 0;
        let j = k - 1;
        for (; j >= from && compare(order[j] ?? 0, item) > 0; j--) order[j + 1] = order[j] ?? 0;
        order[j + 1] = item;
      }
    }
    from = to;
  }
  return order;
}

export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
