/**
 * The stretch of time the timeline shows, in the address as its first and last day
 * (`from=2019-06-01&to=2021-12-31`, UTC, both shown), so a copied link opens the same view.
 * Under a year wide, the ends name hours (`from=2021-09-05T07&to=2021-09-09T16`): rounded to
 * a midnight, a view of a few days would open up to an eighth of its width away.
 */
import type { TimeWindow } from '../timeline/layout/zoom';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Windows narrower than this are named to the hour; at a year, half a day is about a pixel. */
const HOURS_BELOW = 365 * DAY;

const PARAM = /^(-?\d{4,6}-\d{2}-\d{2})(?:T(\d{2}))?$/;

/**
 * The stretch a `from` or `to` value names: a day (YYYY-MM-DD) or an hour (YYYY-MM-DDTHH),
 * UTC; undefined unless it is one.
 */
export function timeParam(text: string | null | undefined): { start: number; length: number } | undefined {
  const match = text ? PARAM.exec(text) : null;
  if (!match) return undefined;
  const [, day, hour] = match;
  if (hour !== undefined && Number(hour) > 23) return undefined;
  const start = Date.parse(`${day ?? ''}T${hour ?? '00'}:00:00Z`);
  return Number.isNaN(start) ? undefined : { start, length: hour === undefined ? DAY : HOUR };
}

/** A UTC instant as YYYY-MM-DD or YYYY-MM-DDTHH (before year 0, as -YYYYYY-MM-DD). */
function name(ms: number, unit: number): string {
  const iso = new Date(ms).toISOString();
  return iso.slice(0, iso.indexOf('T') + (unit === DAY ? 0 : 3));
}

export function paramsFromWindow(window: TimeWindow): { from: string; to: string } {
  const unit = window.t1 - window.t0 < HOURS_BELOW ? HOUR : DAY;
  const t0 = Math.round(window.t0 / unit) * unit;
  const t1 = Math.max(t0 + unit, Math.round(window.t1 / unit) * unit);
  return { from: name(t0, unit), to: name(t1 - unit, unit) };
}

/** The window named by `from` and `to`, both shown; undefined unless both are well-formed and in order. */
export function windowFromParams(
  from: string | undefined,
  to: string | undefined,
): TimeWindow | undefined {
  const first = timeParam(from);
  const last = timeParam(to);
  if (!first || !last) return undefined;
  const t0 = first.start;
  const t1 = last.start + last.length;
  return t1 > t0 ? { t0, t1 } : undefined;
}

/** Whether a window is the whole timeline, give or take the rounding of the address. */
export function showsAll(window: TimeWindow, all: TimeWindow): boolean {
  return Math.abs(window.t0 - all.t0) <= DAY && Math.abs(window.t1 - all.t1) <= DAY;
}
