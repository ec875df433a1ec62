import { describe, expect, it } from 'vitest';
import { compareIds, timeOrder, type EventTimes } from './timeOrder';

const DAY = 86_400_000;

/** The order by definition: one comparator over all four keys. */
function byComparator({ startMs, startEndMs, endMs, ids }: EventTimes): number[] {
  return Array.from({ length: ids.length }, (_, i) => i).sort(
    (a, b) =>
      (startMs[a] ?? 0) - (startMs[b] ?? 0) ||
      (startEndMs[a] ?? 0) - (startEndMs[b] ?? 0) ||
      (endMs[a] ?? 0) - (endMs[b] ?? 0) ||
      compareIds(ids[a] ?? '', ids[b] ?? ''),
  );
}

/** Seeded events: few distinct days so that many start together, years, months and days mixed. */
function times(n: number, seed: number, startOf: (day: number) => number = (day) => day * DAY): EventTimes {
  let state = seed;
  const random = () => ((state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const startMs = new Float64Array(n);
  const startEndMs = new Float64Array(n);
  const endMs = new Float64Array(n);
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const day = Math.floor(random() * 400) - 200; // before and after 1970
    const span = [1, 30, 365][Math.floor(random() * 3)] ?? 1;
    startMs[i] = startOf(day);
    startEndMs[i] = startOf(day) + span * DAY;
    endMs[i] = startOf(day) + span * DAY + Math.floor(random() * 3) * DAY;
    ids.push(`e${Math.floor(random() * n)}`);
  }
  return { startMs, startEndMs, endMs, ids };
}

describe('timeOrder', () => {
  it('orders as the full comparator does, ties on every key included', () => {
    for (const seed of [1, 2, 3]) {
      const input = times(5_000, seed);
      expect(timeOrder(input)).toEqual(byComparator(input));
    }
  });

  it('orders starts that are not whole days as well (the comparator alone then)', () => {
    const input = times(2_000, 7, (day) => day * DAY + 3_600_000);
    expect(timeOrder(input)).toEqual(byComparator(input));
  });

  it('keeps an empty and a one-event list as they are', () => {
    expect(timeOrder(times(0, 1))).toEqual([]);
    expect(timeOrder(times(1, 1))).toEqual([0]);
  });
});
