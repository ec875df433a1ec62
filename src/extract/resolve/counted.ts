/**
 * Days, weeks, months and years counted from the dateline: «أمس», «العام المقبل», «يوم الجمعة», «قبل عامين».
 */
import { addOffset, toIsoString, type DayDate, type PartialDate } from '../../model/dates';
import { addDays, daysBetween, isoWeekday, isoWeekValue, weekStart } from '../calendar';
import { capitalize, describeDate, signed } from '../describe';
import type { Deixis, ShiftUnit } from '../mention';
import type { TextSpan } from '../types';
import { englishUnit, inCalendarUnits, type Unit } from '../units';
import { ENGLISH_WEEKDAYS, weekdayOffset, type WeekdayDirection } from '../weekdays';
import { single, type ResolveContext, type Resolved } from './context';

const SHIFT_WORDS: Readonly<Record<ShiftUnit, Readonly<Record<string, string>>>> = {
  day: {
    '-2': 'the day before yesterday',
    '-1': 'yesterday',
    '0': 'today',
    '1': 'tomorrow',
    '2': 'the day after tomorrow',
  },
  week: {
    '-2': 'the week before last',
    '-1': 'last week',
    '0': 'this week',
    '1': 'next week',
    '2': 'the week after next',
  },
  month: {
    '-2': 'the month before last',
    '-1': 'last month',
    '0': 'this month',
    '1': 'next month',
    '2': 'the month after next',
  },
  year: {
    '-2': 'the year before last',
    '-1': 'last year',
    '0': 'this year',
    '1': 'next year',
    '2': 'the year after next',
  },
};

export function describeShift(unit: ShiftUnit, amount: number): string {
  return (
    SHIFT_WORDS[unit][String(amount)] ??
    `${englishUnit(unit, Math.abs(amount))} ${amount < 0 ? 'before' : 'after'} the dateline`
  );
}

/**
 * The ISO week (Monday to Sunday) `weeks` weeks from the one that holds `from`, counted from
 * `from` (the dateline, or a date told before). `extra` adds to the arithmetic; `explain` words it.
 */
export function weekFrom(
  from: DayDate,
  weeks: number,
  explain: (monday: DayDate, sunday: DayDate) => string,
  extra: { readonly previousExpression?: TextSpan } = {},
): Resolved {
  const monday = addDays(weekStart(from), 7 * weeks);
  const sunday = addDays(monday, 6);
  return {
    type: 'date',
    value: isoWeekValue(monday),
    precision: 'week',
    resolution: 'relative',
    arithmetic: {
      kind: 'relative',
      anchor: toIsoString(from),
      offset: { days: daysBetween(from, monday) },
      weeks,
      ...extra,
    },
    explanation: explain(monday, sunday),
    period: { start: monday, end: sunday },
  };
}

export function resolveShift(
  unit: ShiftUnit,
  amount: number,
  ctx: ResolveContext,
  weekday?: number,
): Resolved | undefined {
  const dateline = toIsoString(ctx.dateline);
  const what = describeShift(unit, amount);
  const capital = what.charAt(0).toUpperCase() + what.slice(1);
  if (unit === 'day') {
    const d = addDays(ctx.dateline, amount);
    const named = weekday === undefined ? '' : (ENGLISH_WEEKDAYS[weekday - 1] ?? '');
    const check =
      weekday === undefined
        ? ''
        : isoWeekday(d) === weekday
          ? `, a ${named} as written`
          : `; the text says ${named}, which does not match`;
    const how =
      amount === 0
        ? 'the dateline'
        : `the dateline ${signed(amount)} day${Math.abs(amount) === 1 ? '' : 's'}`;
    return single(
      d,
      'relative',
      { kind: 'relative', anchor: dateline, offset: { days: amount } },
      `${capital}: ${how} (${dateline}) is ${describeDate(d)}${check}.`,
    );
  }
  if (unit === 'week') {
    return weekFrom(
      ctx.dateline,
      amount,
      (monday, sunday) =>
        `${capital}: the ISO week (Monday to Sunday) ${weekRelation(amount)} the dateline's (${dateline}), ${describeDate(monday)} to ${describeDate(sunday)}.`,
    );
  }
  if (unit === 'month') {
    const d = addOffset(
      { precision: 'month', year: ctx.dateline.year, month: ctx.dateline.month },
      { months: amount },
    );
    const how = amount === 0 ? "the dateline's month" : `the dateline's month ${signed(amount)}`;
    return (
      d &&
      single(
        d,
        'relative',
        { kind: 'relative', anchor: dateline, offset: { months: amount } },
        `${capital}: ${how} is ${describeDate(d)}.`,
      )
    );
  }
  const d: PartialDate = { precision: 'year', year: ctx.dateline.year + amount };
  const how =
    amount === 0
      ? `the dateline's year, ${d.year}`
      : `the dateline's year ${ctx.dateline.year} ${signed(amount)} = ${d.year}`;
  return single(
    d,
    'relative',
    { kind: 'relative', anchor: dateline, offset: { years: amount } },
    `${capital}: ${how}.`,
  );
}

function weekRelation(amount: number): string {
  if (amount === 0) return 'of';
  const size = Math.abs(amount) === 1 ? '' : `${Math.abs(amount)} weeks `;
  return `${size}${amount < 0 ? 'before' : 'after'}`;
}

export function resolveWeekdayMention(
  weekday: number,
  deixis: Deixis | undefined,
  ctx: ResolveContext,
): Resolved {
  const direction: WeekdayDirection =
    deixis === 'past'
      ? 'before'
      : deixis === 'next'
        ? 'after'
        : ctx.future && deixis === undefined
          ? 'on-or-after'
          : 'on-or-before';
  const days = weekdayOffset(ctx.dateline, weekday, direction);
  const d = addDays(ctx.dateline, days);
  const name = ENGLISH_WEEKDAYS[weekday - 1] ?? '';
  const dateline = `${ENGLISH_WEEKDAYS[isoWeekday(ctx.dateline) - 1] ?? ''} ${toIsoString(ctx.dateline)}`;
  const how =
    days === 0
      ? `the dateline's own weekday, so the dateline itself`
      : direction === 'before'
        ? `the last ${name} before the dateline (${dateline})`
        : direction === 'after'
          ? `the first ${name} after the dateline (${dateline})`
          : direction === 'on-or-after'
            ? `in a clause about the future, the first ${name} after the dateline (${dateline})`
            : `the most recent ${name} before the dateline (${dateline})`;
  return single(
    d,
    'relative',
    {
      kind: 'relative',
      anchor: toIsoString(ctx.dateline),
      offset: { days },
      weekday: { day: weekday, direction },
    },
    `${name}: ${how}: ${describeDate(d)}.`,
  );
}

/** Fractions of a unit become whole smaller units («عام ونصف» = 18 months). */
function wholeUnits(amount: number, unit: Unit): { amount: number; unit: Unit } {
  if (Number.isInteger(amount)) return { amount, unit };
  if (unit === 'year') return { amount: Math.round(amount * 12), unit: 'month' };
  if (unit === 'month') return { amount: Math.round(amount * 30), unit: 'day' };
  if (unit === 'week') return { amount: Math.round(amount * 7), unit: 'day' };
  return { amount: Math.round(amount), unit };
}

/** «قبل نحو عامين», «منذ أكثر من ست سنوات»: the point counted is only about right. */
export function aboutRight(counted: Resolved | undefined): Resolved | undefined {
  if (!counted?.period || counted.period.approximate) return counted;
  return {
    ...counted,
    period: { ...counted.period, approximate: true },
    explanation: `${counted.explanation.slice(0, -1)}; about, as the text says.`,
  };
}

export function resolveCounted(
  rawAmount: number,
  rawUnit: Unit,
  ctx: ResolveContext,
): Resolved | undefined {
  const dateline = toIsoString(ctx.dateline);
  const { amount, unit } = wholeUnits(rawAmount, rawUnit);
  const words = `${englishUnit(rawUnit, Math.abs(rawAmount))} ${rawAmount < 0 ? 'before' : 'after'} the dateline (${dateline})`;
  const anchor = dateline;
  if (unit === 'year' || unit === 'decade' || unit === 'century') {
    const years = amount * inCalendarUnits(unit).times;
    const d: PartialDate = { precision: 'year', year: ctx.dateline.year + years };
    const counted = single(
      d,
      'relative',
      { kind: 'relative', anchor, offset: { years } },
      `${capitalize(words)}: ${ctx.dateline.year} ${signed(years)} = ${d.year}.`,
    );
    if (unit === 'year') return counted;
    // «قبل قرن» is a century ago, not a year: its value is at the unit's precision (the 1900s);
    // on a timeline, the year counted, marked as only about right.
    const hundreds = unit === 'century';
    const value = String(Math.floor(d.year / (hundreds ? 100 : 10)));
    return {
      ...counted,
      value,
      precision: unit,
      explanation: `${counted.explanation.slice(0, -1)}, in the ${hundreds ? `${value}00s` : `${value}0s`}; about that year.`,
      period: { start: d, approximate: true },
    };
  }
  if (unit === 'month') {
    const d = addOffset(
      { precision: 'month', year: ctx.dateline.year, month: ctx.dateline.month },
      { months: amount },
    );
    return (
      d &&
      single(
        d,
        'relative',
        { kind: 'relative', anchor, offset: { months: amount } },
        `${capitalize(words)}: ${describeDate(d)}.`,
      )
    );
  }
  if (unit === 'week') {
    const day = addDays(ctx.dateline, 7 * amount);
    return weekFrom(ctx.dateline, amount, () => `${capitalize(words)}: the week of ${describeDate(day)}.`);
  }
  const days = unit === 'day' ? amount : Math.trunc((amount * (unit === 'hour' ? 1 : 1 / 60)) / 24);
  const d = addDays(ctx.dateline, days);
  return single(
    d,
    'relative',
    { kind: 'relative', anchor, offset: { days } },
    `${capitalize(words)}: ${describeDate(d)}.`,
  );
}
