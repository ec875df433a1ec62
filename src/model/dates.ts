/**
 * Dates with a precision. A bundle's "2022" means the whole year 2022, never
 * 1 January 2022, so a date is kept as the fields it actually has and turned
 * into instants (UTC milliseconds) only to draw it: a period [start, end).
 */

export type Precision = 'day' | 'month' | 'year';

/** A calendar date known to the given precision (proleptic Gregorian, UTC). */
export type PartialDate =
  | { readonly precision: 'year'; readonly year: number }
  | { readonly precision: 'month'; readonly year: number; readonly month: number }
  | {
      readonly precision: 'day';
      readonly year: number;
      readonly month: number;
      readonly day: number;
    };

/** A day-precision date, e.g. a dateline. */
export type DayDate = Extract<PartialDate, { precision: 'day' }>;

/** How far to move a date: whole years, months and days. */
export interface Offset {
  readonly years?: number | undefined;
  readonly months?: number | undefined;
  readonly days?: number | undefined;
}

const PRECISION_RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };

/** True when `a` is at least as fine as `b` (day is finer than month, month than year). */
export function isAtLeastAsPrecise(a: Precision, b: Precision): boolean {
  return PRECISION_RANK[a] >= PRECISION_RANK[b];
}

/** The coarser of two precisions. */
export function coarserPrecision(a: Precision, b: Precision): Precision {
  return PRECISION_RANK[a] <= PRECISION_RANK[b] ? a : b;
}

const ISO_FORM = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] ?? 31);
}

/** The precision an ISO string is written at ("2021" year, "2021-09" month, "2021-09-07" day), or undefined when it is not one of those forms. */
export function precisionOf(text: string): Precision | undefined {
  const m = ISO_FORM.exec(text);
  if (!m) return undefined;
  return m[3] !== undefined ? 'day' : m[2] !== undefined ? 'month' : 'year';
}

/** Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD"; returns a reason in words when it is not a real date. */
export function parseIsoDate(text: string): PartialDate | { error: string } {
  const m = ISO_FORM.exec(text);
  if (!m) {
    return { error: `"${text}" is not a date written as YYYY, YYYY-MM or YYYY-MM-DD` };
  }
  const year = Number(m[1]);
  if (m[2] === undefined) return { precision: 'year', year };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return { error: `"${text}" has no month ${m[2]}` };
  if (m[3] === undefined) return { precision: 'month', year, month };
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) {
    return { error: `"${text}" is not a day of that month` };
  }
  return { precision: 'day', year, month, day };
}

/** Like parseIsoDate, for input already known to be valid (throws otherwise). */
export function mustParseIsoDate(text: string): PartialDate {
  const d = parseIsoDate(text);
  if ('error' in d) throw new Error(d.error);
  return d;
}

export function toIsoString(d: PartialDate): string {
  const y = String(d.year).padStart(4, '0');
  if (d.precision === 'year') return y;
  const m = String(d.month).padStart(2, '0');
  if (d.precision === 'month') return `${y}-${m}`;
  return `${y}-${m}-${String(d.day).padStart(2, '0')}`;
}

function utc(year: number, monthIndex: number, day: number): number {
  // Date.UTC is the fast path (no object), but it maps years 0–99 to 1900–1999, so
  // early years go through setUTCFullYear. Either way month and day overflow (month 12,
  // day 32) rolls into the right year.
  if (year >= 100) return Date.UTC(year, monthIndex, day);
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime();
}

/** The first instant of the period a date names. */
export function periodStart(d: PartialDate): number {
  if (d.precision === 'year') return utc(d.year, 0, 1);
  if (d.precision === 'month') return utc(d.year, d.month - 1, 1);
  return utc(d.year, d.month - 1, d.day);
}

/** The first instant after the period a date names (exclusive end). */
export function periodEnd(d: PartialDate): number {
  if (d.precision === 'year') return utc(d.year + 1, 0, 1);
  if (d.precision === 'month') return utc(d.year, d.month, 1);
  return utc(d.year, d.month - 1, d.day + 1);
}

/** Reduces a date to a coarser precision ("2021-09-07" at year precision is "2021"). */
export function truncate(d: PartialDate, precision: Precision): PartialDate {
  if (isAtLeastAsPrecise(precision, d.precision)) return d;
  if (precision === 'year') return { precision: 'year', year: d.year };
  // Only a day can be truncated to a month here.
  return { precision: 'month', year: d.year, month: (d as DayDate).month };
}

export function sameDate(a: PartialDate, b: PartialDate): boolean {
  return toIsoString(a) === toIsoString(b);
}

/** Orders dates by the start of their periods, then the shorter period first. */
export function compareDates(a: PartialDate, b: PartialDate): number {
  return periodStart(a) - periodStart(b) || periodEnd(a) - periodEnd(b);
}

/**
 * Moves a date by an offset, keeping its precision. Years and months are added
 * on the calendar (29 February + 1 year is 28 February); days need day precision.
 * Returns undefined when the offset is finer than the date (days on a year).
 */
export function addOffset(d: PartialDate, offset: Offset): PartialDate | undefined {
  const years = offset.years ?? 0;
  const months = offset.months ?? 0;
  const days = offset.days ?? 0;
  if (d.precision === 'year') {
    if (months !== 0 || days !== 0) return undefined;
    return { precision: 'year', year: d.year + years };
  }
  const monthCount = d.year * 12 + (d.month - 1) + years * 12 + months;
  const year = Math.floor(monthCount / 12);
  const month = monthCount - year * 12 + 1;
  if (d.precision === 'month') {
    if (days !== 0) return undefined;
    return { precision: 'month', year, month };
  }
  const day = Math.min(d.day, daysInMonth(year, month));
  const shifted = new Date(utc(year, month - 1, day) + days * 86_400_000);
  return {
    precision: 'day',
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
  };
}

/**
 * Where counting `offset` from `anchor` lands at `precision` (what the loader checks a relative
 * grounding against), or undefined when the anchor is too coarse to say.
 */
export function countFrom(anchor: PartialDate, offset: Offset, precision: Precision): string | undefined {
  const moved = addOffset(anchor, offset);
  if (!moved || !isAtLeastAsPrecise(anchor.precision, precision)) return undefined;
  return toIsoString(truncate(moved, precision));
}

/** Whole years from `origin` to `later` as an anniversary counts them, compared at the coarser precision. */
export function yearsBetween(origin: PartialDate, later: PartialDate): number {
  return later.year - origin.year;
}

/** True when `later` falls on the anniversary of `origin` after `years` years (compared at the coarser of the two precisions). */
export function isAnniversary(origin: PartialDate, later: PartialDate, years: number): boolean {
  const shifted = addOffset(origin, { years });
  if (!shifted) return false;
  const precision = coarserPrecision(origin.precision, later.precision);
  return sameDate(truncate(shifted, precision), truncate(later, precision));
}
