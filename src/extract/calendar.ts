/**
 * Day-level helpers the extractor needs on top of src/model/dates.ts (which owns all
 * precision-aware arithmetic): day offsets, ISO weeks, and the distance between two days.
 */
import {
  addOffset,
  parseIsoDate,
  periodStart,
  type DayDate,
  type PartialDate,
} from '../model/dates';

const DAY_MS = 86_400_000;

/** A day moved by whole days. */
export function addDays(d: DayDate, days: number): DayDate {
  const moved = addOffset(d, { days });
  if (moved?.precision !== 'day') throw new Error('addDays: a day plus days is always a day');
  return moved;
}

/** Whole days from `a` to `b` (negative when `b` is earlier), by the start of each period. */
export function daysBetween(a: PartialDate, b: PartialDate): number {
  return Math.round((periodStart(b) - periodStart(a)) / DAY_MS);
}

/** The ISO weekday of a day: Monday 1 … Sunday 7. */
export function isoWeekday(d: DayDate): number {
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not move years 0–99 into the 1900s.
  date.setUTCFullYear(d.year, d.month - 1, d.day);
  const weekday = date.getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/** The ISO week a day falls in, as TimeML writes it: "2021-W36". */
export function isoWeekValue(d: DayDate): string {
  const thursday = addDays(d, 4 - isoWeekday(d));
  const firstThursdayOfYear = firstIsoThursday(thursday.year);
  const week = daysBetween(firstThursdayOfYear, thursday) / 7 + 1;
  return `${String(thursday.year).padStart(4, '0')}-W${String(week).padStart(2, '0')}`;
}

/** The Monday that starts the ISO week of a day. */
export function weekStart(d: DayDate): DayDate {
  return addDays(d, 1 - isoWeekday(d));
}

function firstIsoThursday(year: number): DayDate {
  const january4: DayDate = { precision: 'day', year, month: 1, day: 4 };
  return addDays(january4, 4 - isoWeekday(january4));
}

/** Parses a dateline "YYYY-MM-DD"; returns a reason in words when it is not a real day. */
export function parseDateline(text: string): DayDate | { error: string } {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text))
    return { error: `"${text}" is not a day written as YYYY-MM-DD` };
  const parsed = parseIsoDate(text);
  return 'error' in parsed || parsed.precision !== 'day'
    ? { error: 'error' in parsed ? parsed.error : text }
    : parsed;
}
