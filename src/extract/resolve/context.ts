/**
 * What every resolver shares: the context, the result type, and helpers for single dates.
 */
import {
  daysInMonth,
  isAtLeastAsPrecise,
  toIsoString,
  type DayDate,
  type Offset,
  type PartialDate,
  type Precision,
} from '../../model/dates';
import { daysBetween } from '../calendar';
import type { Arithmetic, Resolution, TemporalExpression, TextSpan } from '../types';

export interface ResolveContext {
  readonly dateline: DayDate;
  /** The clause speaks of the future (see future.ts). */
  readonly future: boolean;
  /** The dates told before this expression in the text, in order, with where their words are («اليوم التالي»). */
  readonly told?: readonly Told[];
}

/** A date the text has told: the last day, month or year of what an expression names, and its words. */
export interface Told {
  readonly date: PartialDate;
  readonly span: TextSpan;
  /** What the expression named, when it was a quarter or a half («الربع المماثل» takes its place in the year). */
  readonly part?: 'quarter' | 'half';
}

/**
 * The date told last that is at least as precise as `precision`: "the following day" after
 * «صباح الاثنين … في أيلول 2022» counts from the Monday, since a month has no next day.
 */
export function lastTold(ctx: ResolveContext, precision: Precision): Told | undefined {
  return ctx.told?.findLast((told) => isAtLeastAsPrecise(told.date.precision, precision));
}

/** A period of the calendar, both ends at one precision (end absent for a single day/month/year). */
export interface Period {
  readonly start: PartialDate;
  readonly end?: PartialDate;
  /** Its months are the usual ones, not written (a school year: about September to June). */
  readonly approximate?: boolean;
}

/** A resolver's reading: the expression's fields without its place in the text, its period still as dates. */
export type Resolved = Pick<
  TemporalExpression,
  'type' | 'value' | 'precision' | 'resolution' | 'arithmetic' | 'explanation'
> & { readonly period?: Period };

/** A date written without its year is taken to lie no further than this after the dateline. */
export const MAX_DAYS_AHEAD = 183;

/** A calendar date from fields, or undefined when there is no such day (31 April). */
export function makeDate(year: number, month?: number, day?: number): PartialDate | undefined {
  if (month === undefined) return { precision: 'year', year };
  if (month < 1 || month > 12) return undefined;
  if (day === undefined) return { precision: 'month', year, month };
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { precision: 'day', year, month, day };
}

/** The offset that moves the dateline to a date, at the date's precision (what a bundle's relative grounding needs). */
export function offsetTo(dateline: DayDate, d: PartialDate): Offset {
  if (d.precision === 'year') return { years: d.year - dateline.year };
  if (d.precision === 'month')
    return { months: d.year * 12 + d.month - (dateline.year * 12 + dateline.month) };
  return { days: daysBetween(dateline, d) };
}

/** The arithmetic of a date counted from the dateline: the dateline and the offset that reaches `d`. */
export function relative(ctx: ResolveContext, d: PartialDate): Arithmetic {
  return { kind: 'relative', anchor: toIsoString(ctx.dateline), offset: offsetTo(ctx.dateline, d) };
}

/** A resolved single date (a day, month or year) and the period it covers. */
export function single(
  d: PartialDate,
  resolution: Resolution,
  arithmetic: Arithmetic,
  explanation: string,
): Resolved {
  return {
    type: 'date',
    value: toIsoString(d),
    precision: d.precision,
    resolution,
    arithmetic,
    explanation,
    period: { start: d },
  };
}
