/**
 * A season as the three months of the northern hemisphere's meteorological seasons (spring
 * March to May, summer June to August, autumn September to November, winter December to
 * February), marked approximate: the press names seasons loosely. A winter is named by the year
 * of its January («شتاء 2021»: December 2020 to February 2021).
 */
import { toIsoString, type PartialDate } from '../../model/dates';
import { describeDate } from '../describe';
import type { Mention, Season } from '../mention';
import type { Arithmetic, Completion } from '../types';
import { COMPLETION_NOTES } from './calendarDates';
import type { ResolveContext, Resolved } from './context';

type MonthDate = Extract<PartialDate, { precision: 'month' }>;

const FIRST_MONTH: Readonly<Record<Season, number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };
const NAMES: Readonly<Record<Season, string>> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };

/** The first and last months of a season in the year that names it. */
export function seasonMonths(season: Season, year: number): { start: MonthDate; end: MonthDate } {
  const first = FIRST_MONTH[season];
  return {
    start: { precision: 'month', year: season === 'WI' ? year - 1 : year, month: first },
    end: { precision: 'month', year, month: ((first + 1) % 12) + 1 },
  };
}

const count = (d: MonthDate) => d.year * 12 + d.month;

/** The year naming the season «المقبل/الماضي/الحالي» means: the next to begin, the last to have ended, the one under way (else the next). */
function yearOfDeixis(m: Extract<Mention, { kind: 'season' }>, ctx: ResolveContext): number | undefined {
  const now = ctx.dateline.year * 12 + ctx.dateline.month;
  const years = [-1, 0, 1, 2].map((k) => ctx.dateline.year + k);
  const months = (y: number) => seasonMonths(m.season, y);
  if (m.deixis === 'next') return years.find((y) => count(months(y).start) > now);
  if (m.deixis === 'past') return years.findLast((y) => count(months(y).end) < now);
  return years.find((y) => count(months(y).end) >= now);
}

const DEIXIS_RULES = { next: 'next-occurrence', past: 'last-occurrence' } as const;

export function resolveSeason(m: Extract<Mention, { kind: 'season' }>, ctx: ResolveContext): Resolved | undefined {
  const shifted = m.yearShift === undefined ? undefined : ctx.dateline.year + m.yearShift;
  const year = m.year ?? shifted ?? yearOfDeixis(m, ctx);
  if (year === undefined) return undefined;
  const { start, end } = seasonMonths(m.season, year);
  const completed: Completion | undefined =
    m.deixis === 'next' || m.deixis === 'past' ? { field: 'year', rule: DEIXIS_RULES[m.deixis] } : undefined;
  const arithmetic: Arithmetic =
    m.yearShift !== undefined
      ? { kind: 'relative', anchor: toIsoString(ctx.dateline), offset: { years: m.yearShift } }
      : { kind: 'stated', ...(completed && { completed }) };
  const how = completed
    ? `; ${COMPLETION_NOTES[completed.rule]}`
    : shifted !== undefined
      ? `, counted from the dateline's year`
      : m.deixis === 'current'
        ? `, the one under way on the dateline or else the next`
        : '';
  return {
    type: 'date',
    value: `${year}-${m.season}`,
    precision: 'season',
    resolution: m.year === undefined ? 'relative' : 'explicit',
    arithmetic,
    explanation: `The ${NAMES[m.season]} of ${year}${how}: about ${describeDate(start)} to ${describeDate(end)}.`,
    period: { start, end, approximate: true },
  };
}
