/**
 * Rewriting an event's dates at another precision, so the ISO strings always match the
 * precision the author picked (the loader refuses "2021-09-07" on a year event).
 */
import { daysInMonth, parseIsoDate, toIsoString, truncate, type Precision } from '../model/dates';

export type Edge = 'start' | 'end';

/**
 * `iso` written at `precision`. Coarser drops fields ("2021-09-07" → "2021"); finer picks the
 * first month or day for a start and the last for an end, so a span still covers the same
 * time ("2015"–"2020" becomes "2015-01"–"2020-12"). Text that is not a date is left as it is,
 * for the loader to report.
 */
export function atPrecision(iso: string, precision: Precision, edge: Edge): string {
  const date = parseIsoDate(iso.trim());
  if ('error' in date) return iso;
  if (precision === date.precision || precision === 'year') return toIsoString(truncate(date, precision));
  const month = date.precision === 'year' ? (edge === 'start' ? 1 : 12) : date.month;
  if (precision === 'month') return toIsoString({ precision, year: date.year, month });
  const day = date.precision === 'day' ? date.day : edge === 'start' ? 1 : daysInMonth(date.year, month);
  return toIsoString({ precision, year: date.year, month, day });
}

interface Dates {
  readonly start: string;
  readonly end?: string | undefined;
}

/**
 * The event's start and optional end at `precision`. Made finer again, a date takes back the
 * day or month of `found` (the dates as found in the text) when it is still that date: 5 June
 * 2017 set to a year and back to a day is 5 June 2017 again, not 1 January.
 */
export function datesAtPrecision(dates: Dates, precision: Precision, found?: Dates): { start: string; end?: string } {
  const at = (iso: string, edge: Edge, known: string | undefined) =>
    atPrecision(known !== undefined && known.startsWith(iso.trim()) ? known : iso, precision, edge);
  const start = at(dates.start, 'start', found?.start);
  return dates.end === undefined ? { start } : { start, end: at(dates.end, 'end', found?.end) };
}
