/**
 * The time axis: d3's UTC ticks over the visible window (the same ones scaleUtc
 * gives, from d3-time directly, which keeps d3-time-format out of the download),
 * labelled at the level the spacing calls for (years, months or days) with Intl
 * in the reader's language. Positions are in reading space like the rest of the layout.
 */
import { utcTicks } from 'd3-time';
import { dateFormat } from '../../i18n/formatDate';

export type TickLevel = 'year' | 'month' | 'day';

export interface Tick {
  readonly value: number;
  readonly u: number;
  readonly label: string;
  /** The label with its larger unit ("Sep 2021" for "Sep"), for the first label shown. */
  readonly fullLabel: string;
  readonly level: TickLevel;
  /**
   * The first tick in a larger unit (the first month of a year, the first day shown in a
   * month: weekly ticks rarely fall on the 1st): drawn stronger and labelled with it.
   */
  readonly major: boolean;
}

const DAY = 86_400_000;

export function tickLevel(step: number): TickLevel {
  if (step >= 360 * DAY) return 'year';
  if (step >= 28 * DAY) return 'month';
  return 'day';
}

/** About one tick per `spacing` pixels, never closer than d3's nice intervals allow. */
export function axisTicks(
  t0: number,
  t1: number,
  length: number,
  language: string,
  spacing = 110,
): Tick[] {
  const values = utcTicks(new Date(t0), new Date(t1), Math.max(2, Math.floor(length / spacing)));
  const toU = (date: Date) => ((date.getTime() - t0) / (t1 - t0)) * length;
  if (values.length === 0) return [];
  const step =
    values.length > 1 ? (values[1] as Date).getTime() - (values[0] as Date).getTime() : t1 - t0;
  const level = tickLevel(step);
  return values.map((date, i) => {
    const value = date.getTime();
    const before = values[i - 1];
    const major =
      level === 'year' || before === undefined
        ? false
        : level === 'month'
          ? date.getUTCFullYear() !== before.getUTCFullYear()
          : date.getUTCMonth() !== before.getUTCMonth();
    return {
      value,
      u: toU(date),
      level,
      major,
      label: tickLabel(value, level, major || i === 0, language),
      fullLabel: tickLabel(value, level, true, language),
    };
  });
}

/** Formats of tick labels: by level, with the larger unit (the year of a month) or without. */
const TICK_FORMATS: Readonly<
  Record<TickLevel, readonly [Intl.DateTimeFormatOptions, Intl.DateTimeFormatOptions]>
> = {
  year: [{ year: 'numeric' }, { year: 'numeric' }],
  month: [{ month: 'short' }, { month: 'short', year: 'numeric' }],
  day: [{ day: 'numeric' }, { day: 'numeric', month: 'short' }],
};

/**
 * Every form a tick label takes in a language (a year, each month with its year, each month's
 * 28th with its month), so the upright axis can be as wide as its widest label.
 */
export function tickLabelForms(language: string): string[] {
  const forms = [tickLabel(Date.UTC(2000, 0, 1), 'year', true, language)];
  for (let month = 0; month < 12; month++) {
    const value = Date.UTC(2000, month, 28);
    forms.push(tickLabel(value, 'month', true, language), tickLabel(value, 'day', true, language));
  }
  return forms;
}

function tickLabel(
  value: number,
  level: TickLevel,
  withLargerUnit: boolean,
  language: string,
): string {
  return dateFormat(language, TICK_FORMATS[level][withLargerUnit ? 1 : 0]).format(value);
}

/**
 * The ticks whose labels fit on the axis: a label centred on a tick near an edge
 * would be cut by the plot, so it is left out (its grid line stays), as is one that would
 * cover `taken`, a stretch of the axis another label holds (the upright axis's article date).
 * `extent` is the label's size along the axis (its width, or its height upright); it is
 * given the tick, whose `fullLabel` is the widest the label can be.
 */
export function ticksWithRoom(
  ticks: readonly Tick[],
  length: number,
  extent: (tick: Tick) => number,
  taken?: readonly [number, number],
): Tick[] {
  const fitting = ticks.filter((tick) => {
    const half = extent(tick) / 2;
    const [from, to] = [tick.u - half, tick.u + half];
    return from >= 0 && to <= length && !(taken && from < taken[1] && to > taken[0]);
  });
  // The first label shown carries the larger unit, so "15" reads as a day of a month.
  return fitting.map((tick, i) => (i === 0 ? { ...tick, label: tick.fullLabel } : tick));
}
