/**
 * The stretch of time the timeline shows, in the address as its first and last day
 * (`from=2019-06-01&to=2021-12-31`, UTC, both shown), so a copied link opens the same view.
 * Ends are rounded to the nearest midnight: half a day at most, at the closest zoom
 * (four days) as at the widest.
 */
import type { TimeWindow } from '../timeline/layout/zoom';

const DAY = 86_400_000;

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const dayStart = (text: string) => Date.parse(`${text}T00:00:00Z`);

export function paramsFromWindow(window: TimeWindow): { from: string; to: string } {
  const t0 = Math.round(window.t0 / DAY) * DAY;
  const t1 = Math.max(t0 + DAY, Math.round(window.t1 / DAY) * DAY);
  return { from: isoDay(t0), to: isoDay(t1 - DAY) };
}

/** The window named by `from` and `to`; undefined unless both are days and `to` is not before `from`. */
export function windowFromParams(
  from: string | undefined,
  to: string | undefined,
): TimeWindow | undefined {
  if (from === undefined || to === undefined) return undefined;
  const t0 = dayStart(from);
  const t1 = dayStart(to) + DAY;
  if (!Number.isFinite(t0) || !Number.isFinite(t1) || t1 <= t0) return undefined;
  return { t0, t1 };
}

/** Whether a window is the whole timeline, give or take the rounding of the address. */
export function showsAll(window: TimeWindow, all: TimeWindow): boolean {
  return Math.abs(window.t0 - all.t0) <= DAY && Math.abs(window.t1 - all.t1) <= DAY;
}
