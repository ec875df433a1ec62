/**
 * Periods: quarters and halves of a year, decades, centuries, and ranges between two dates.
 */
import { coarserPrecision, compareDates, truncate, type PartialDate } from '../../model/dates';
import { describeDate, englishOrdinal } from '../describe';
import type { CenturyRef, Mention } from '../mention';
import { ENGLISH_MONTHS } from '../months';
import type { Arithmetic, Completion, Resolution } from '../types';
import { COMPLETION_NOTES } from './calendarDates';
import type { ResolveContext, Resolved } from './context';

/** Resolves a mention inside this one (the year of a quarter, the ends of a range) in the same context. */
export type Inner = (m: Mention) => Resolved | undefined;

export function resolveYearPart(
  m: Extract<Mention, { kind: 'yearPart' }>,
  inner: Inner,
): Resolved | undefined {
  const year = inner(m.year);
  const start = year?.period?.start;
  if (!year || start?.precision !== 'year') return undefined;
  const size = m.unit === 'quarter' ? 3 : 6;
  const first: PartialDate = {
    precision: 'month',
    year: start.year,
    month: (m.index - 1) * size + 1,
  };
  const last: PartialDate = { precision: 'month', year: start.year, month: m.index * size };
  const part = { unit: m.unit, index: m.index };
  const arithmetic: Arithmetic =
    year.arithmetic.kind === 'relative' ? { ...year.arithmetic, part } : year.arithmetic;
  const which = m.index === 12 / size ? 'last' : englishOrdinal(m.index);
  const months = `${ENGLISH_MONTHS[first.month - 1] ?? ''}–${ENGLISH_MONTHS[last.month - 1] ?? ''}`;
  return {
    type: 'date',
    value: `${start.year}-${m.unit === 'quarter' ? 'Q' : 'H'}${m.index}`,
    precision: m.unit,
    resolution: year.resolution,
    arithmetic,
    explanation: `The ${which} ${m.unit} of ${start.year} (${months})${year.resolution === 'relative' ? `; ${year.explanation}` : '.'}`,
    period: { start: first, end: last },
  };
}

/** «الربع المماثل من العام السابق»: the quarter (or half) the last one told was, in the year this one names. */
export function resolveSameYearPart(
  m: Extract<Mention, { kind: 'sameYearPart' }>,
  ctx: ResolveContext,
  inner: Inner,
): Resolved | undefined {
  const told = ctx.told?.findLast((t) => t.part === m.unit);
  if (told?.date.precision !== 'month') return undefined;
  const index = Math.ceil(told.date.month / (m.unit === 'quarter' ? 3 : 6));
  return resolveYearPart({ kind: 'yearPart', unit: m.unit, index, year: m.year }, inner);
}

/** The hundreds of a century reference: «القرن العشرين» → 19 (the 1900s), «القرن الماضي» in 2021 → 19. */
function centuryHundreds(ref: CenturyRef, ctx: ResolveContext): number {
  if ('ordinal' in ref) return ref.ordinal - 1;
  const current = Math.floor(ctx.dateline.year / 100);
  return ref.deixis === 'past' ? current - 1 : current;
}

/** «العقد الحالي» in 2026: the 2020s; «الماضي» the 2010s, «المقبل» the 2030s. */
export function resolveDecadeShift(amount: number, ctx: ResolveContext): Resolved {
  const tens = Math.floor(ctx.dateline.year / 10) + amount;
  const resolved = resolveDecade(tens % 10, { ordinal: Math.floor(tens / 10) + 1 }, ctx);
  const which = amount === 0 ? "the dateline's decade" : `${Math.abs(amount)} decade${Math.abs(amount) === 1 ? '' : 's'} ${amount > 0 ? 'after' : 'before'} the dateline's`;
  return { ...resolved, resolution: 'relative', explanation: `${resolved.explanation.slice(0, -1)}: ${which}.` };
}

export function resolveDecade(
  decade: number,
  century: CenturyRef | undefined,
  ctx: ResolveContext,
): Resolved {
  let hundreds: number;
  let completed: Completion | undefined;
  if (century) {
    hundreds = centuryHundreds(century, ctx);
    if ('deixis' in century)
      completed = {
        field: 'century',
        rule: century.deixis === 'past' ? 'last-occurrence' : 'dateline-year',
      };
  } else {
    const current = Math.floor(ctx.dateline.year / 100);
    hundreds = current * 100 + decade * 10 > ctx.dateline.year ? current - 1 : current;
    completed = { field: 'century', rule: 'latest-begun-decade' };
  }
  const first = hundreds * 100 + decade * 10;
  const what = `The ${first}s`;
  return {
    type: 'date',
    value: `${hundreds}${decade}`,
    precision: 'decade',
    resolution: 'explicit',
    arithmetic: completed ? { kind: 'stated', completed } : { kind: 'stated' },
    explanation:
      century === undefined
        ? `${what}: the latest decade of that name begun by the dateline.`
        : `${what}.`,
    period: {
      start: { precision: 'year', year: first },
      end: { precision: 'year', year: first + 9 },
    },
  };
}

export function resolveCentury(ref: CenturyRef, ctx: ResolveContext): Resolved {
  const hundreds = centuryHundreds(ref, ctx);
  const first = hundreds * 100;
  return {
    type: 'date',
    value: String(hundreds).padStart(2, '0'),
    precision: 'century',
    resolution: 'explicit',
    arithmetic:
      'deixis' in ref
        ? {
            kind: 'stated',
            completed: {
              field: 'century',
              rule: ref.deixis === 'past' ? 'last-occurrence' : 'dateline-year',
            },
          }
        : { kind: 'stated' },
    explanation: `The ${englishOrdinal(hundreds + 1)} century (${first}–${first + 99}).`,
    period: {
      start: { precision: 'year', year: first },
      end: { precision: 'year', year: first + 99 },
    },
  };
}

export function resolveRange(from: Mention, to: Mention, inner: Inner): Resolved | undefined {
  if (from.kind === 'clock' && to.kind === 'clock') return clockRange(inner(from), inner(to));
  const right = inner(to);
  if (!right?.period) return undefined;
  const end = right.period.end ?? right.period.start;
  // A left side without a year takes the right side's, one less across New Year.
  const borrowed = withYearFrom(from, end);
  const leftResolved = inner(borrowed);
  if (!leftResolved?.period) return undefined;
  const rightCompletion =
    right.arithmetic.kind === 'stated' ? right.arithmetic.completed : undefined;
  // A left side that took the right side's year says nothing of its own: the right side's
  // completion is the span's, and across New Year the left's year is one less than it names.
  const crossesNewYear = borrowed.kind === 'gregorian' && borrowed !== from && borrowed.year !== end.year;
  const leftArithmetic: Arithmetic =
    borrowed !== from && leftResolved.arithmetic.kind === 'stated'
      ? crossesNewYear
        ? { kind: 'stated', completed: { field: 'year', rule: 'year-before-span-end' } }
        : { kind: 'stated' }
      : leftResolved.arithmetic;
  const precision = coarserPrecision(leftResolved.period.start.precision, end.precision);
  const start = truncate(leftResolved.period.start, precision);
  const last = truncate(end, precision);
  if (compareDates(start, last) > 0) return undefined;
  const resolution: Resolution = [leftResolved.resolution, right.resolution].includes('relative')
    ? 'relative'
    : [leftResolved.resolution, right.resolution].includes('calendar')
      ? 'calendar'
      : 'explicit';
  const completed = rightCompletion ? `; ${COMPLETION_NOTES[rightCompletion.rule]}` : '';
  return {
    type: 'range',
    value: `${leftResolved.value}/${right.value}`,
    precision: leftResolved.precision,
    resolution,
    arithmetic: { kind: 'range', from: leftArithmetic, to: right.arithmetic },
    explanation: `From ${describeDate(start)} to ${describeDate(last)}${completed}.`,
    period: { start, end: last },
  };
}

/**
 * «من الساعة التاسعة حتى الرابعة عصرا» on no named day: from one time to the other (T09:00/T16:00);
 * with a day each («… مساء الجمعة حتى الساعة العاشرة صباح السبت»), from one day's time to the other's.
 */
function clockRange(left: Resolved | undefined, right: Resolved | undefined): Resolved | undefined {
  if (!left || !right || !left.period !== !right.period || left.value >= right.value) return undefined;
  if (left.period && right.period) {
    const [start, end] = [left.period.start, right.period.start];
    const at = (r: Resolved, day: PartialDate) => `${r.value.slice(r.value.indexOf('T') + 1)} on ${describeDate(day)}`;
    return {
      type: 'range',
      value: `${left.value}/${right.value}`,
      precision: left.precision,
      resolution: left.resolution === 'relative' || right.resolution === 'relative' ? 'relative' : left.resolution,
      arithmetic: { kind: 'range', from: left.arithmetic, to: right.arithmetic },
      explanation: `From ${at(left, start)} to ${at(right, end)}.`,
      period: { start, end },
    };
  }
  const [from, to] = [left.value.slice(1), right.value.slice(1)];
  return {
    type: 'range',
    value: `${left.value}/${right.value}`,
    precision: 'minute',
    resolution: 'explicit',
    arithmetic: { kind: 'stated' },
    explanation: `From ${from} to ${to}, on a day the expression does not name.`,
  };
}

/** The left side of a range with the right side's year when it has none («من 4 إلى 6 أغسطس 2015»). */
function withYearFrom(left: Mention, end: PartialDate): Mention {
  if (left.kind !== 'gregorian' || left.year !== undefined || left.yearShift !== undefined)
    return left;
  if (left.month === undefined || end.precision === 'year') return left;
  const crossesNewYear = left.month > end.month;
  return {
    kind: 'gregorian',
    year: end.year - (crossesNewYear ? 1 : 0),
    month: left.month,
    ...(left.day !== undefined && { day: left.day }),
  };
}
