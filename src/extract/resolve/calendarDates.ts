/**
 * Dates written with a month name, Gregorian or Hijri, and the year they get when none is written.
 */
import { addOffset, toIsoString, type PartialDate } from '../../model/dates';
import { daysBetween, isoWeekday } from '../calendar';
import { describeDate, describeWithoutYear, signed } from '../describe';
import { hijriMonthRange, hijriToGregorian, hijriYearRange, toHijri } from '../hijri';
import type { Deixis, Mention } from '../mention';
import { HIJRI_MONTH_NAMES } from '../months';
import type { Arithmetic, Completion, CompletionRule } from '../types';
import { ENGLISH_WEEKDAYS } from '../weekdays';
import { describeShift } from './counted';
import {
  MAX_DAYS_AHEAD,
  lastTold,
  makeDate,
  relative,
  single,
  type ResolveContext,
  type Resolved,
} from './context';

/** Days from the dateline to the start of a month or day. */
const daysAhead = (ctx: ResolveContext, d: PartialDate) => daysBetween(ctx.dateline, d);

/**
 * The year of a month or day written without one (see eval/README.md): «المقبل» the next
 * occurrence, «الماضي» the last, otherwise the dateline's year unless that is more than half a
 * year ahead (then the year before) or already past in a clause about the future (then the year after).
 */
function chooseYear(
  at: (year: number) => PartialDate | undefined,
  deixis: Deixis | undefined,
  ctx: ResolveContext,
): { date: PartialDate; rule: CompletionRule } | undefined {
  const year = ctx.dateline.year;
  const candidate = at(year);
  if (!candidate) return undefined;
  const sameMonth = candidate.precision === 'month' && candidate.month === ctx.dateline.month;
  const ahead = sameMonth ? 0 : daysAhead(ctx, candidate);
  const pick = (y: number, rule: CompletionRule) => {
    const date = at(y);
    return date && { date, rule };
  };
  if (deixis === 'next')
    return ahead > 0
      ? { date: candidate, rule: 'next-occurrence' }
      : pick(year + 1, 'next-occurrence');
  if (deixis === 'past')
    return ahead < 0
      ? { date: candidate, rule: 'last-occurrence' }
      : pick(year - 1, 'last-occurrence');
  if (deixis === 'current') return { date: candidate, rule: 'dateline-year' };
  if (ahead > MAX_DAYS_AHEAD) return pick(year - 1, 'year-before-far-ahead');
  if (ctx.future && ahead < 0) return pick(year + 1, 'year-after-future-clause');
  return { date: candidate, rule: 'dateline-year' };
}

/** Short forms of the year rules, for explanations that already name the date. */
export const COMPLETION_NOTES: Readonly<Record<CompletionRule, string>> = {
  'dateline-year': "the year is the dateline's",
  'year-before-far-ahead':
    "the year before the dateline's, which would put it over half a year ahead",
  'year-after-future-clause': "the year after the dateline's, as the clause speaks of the future",
  'next-occurrence': 'the next such date after the dateline',
  'last-occurrence': 'the last such date before the dateline',
  'latest-begun-decade': 'the latest such period begun by the dateline',
  'previous-expression': 'taken from the date before it',
  'year-before-span-end': "the year before the span's end, as the span crosses New Year",
};

function explainCompletion(
  what: string,
  date: PartialDate,
  rule: CompletionRule,
  ctx: ResolveContext,
): string {
  const dateline = toIsoString(ctx.dateline);
  switch (rule) {
    case 'dateline-year':
      return `${what}; the year is the dateline's: ${describeDate(date)}.`;
    case 'year-before-far-ahead':
      return `${what}; in the dateline's year it would fall more than half a year after the dateline (${dateline}), so the year before: ${describeDate(date)}.`;
    case 'year-after-future-clause':
      return `${what}; the clause speaks of the future and ${what} ${ctx.dateline.year} is past, so the year after: ${describeDate(date)}.`;
    case 'next-occurrence':
      return `The next ${what} after the dateline (${dateline}): ${describeDate(date)}.`;
    case 'last-occurrence':
      return `The last ${what} before the dateline (${dateline}): ${describeDate(date)}.`;
    case 'latest-begun-decade':
      return `${what}; the latest such period begun by the dateline: ${describeDate(date)}.`;
    case 'previous-expression':
      return `${what}; the month of the date before it: ${describeDate(date)}.`;
    case 'year-before-span-end':
      return `${what}; the year before the span's end: ${describeDate(date)}.`;
  }
}

export function resolveGregorian(
  m: Extract<Mention, { kind: 'gregorian' }>,
  ctx: ResolveContext,
): Resolved | undefined {
  const weekdayNote =
    m.weekday === undefined
      ? ''
      : ` (${ENGLISH_WEEKDAYS[m.weekday - 1] ?? ''} is written with it${weekdayMatches(m, ctx) ? '' : ' but does not match'})`;
  if (m.monthFromPrevious && m.day !== undefined) {
    const before = lastTold(ctx, 'month')?.date;
    if (before === undefined || before.precision === 'year') return undefined;
    const d = makeDate(before.year, before.month, m.day);
    const completed: Completion = { field: 'month', rule: 'previous-expression' };
    const month = describeDate({ precision: 'month', year: before.year, month: before.month });
    return (
      d &&
      single(
        d,
        'explicit',
        { kind: 'stated', completed },
        `Day ${m.day} of the month of the date before it (${month}): ${describeDate(d)}.`,
      )
    );
  }
  if (m.monthShift !== undefined && m.day !== undefined) {
    const month = addOffset(
      { precision: 'month', year: ctx.dateline.year, month: ctx.dateline.month },
      { months: m.monthShift },
    );
    const d =
      month && month.precision === 'month' ? makeDate(month.year, month.month, m.day) : undefined;
    return (
      d &&
      single(
        d,
        'relative',
        relative(ctx, d),
        `Day ${m.day} of the month ${describeShift('month', m.monthShift)}: ${describeDate(d)}.`,
      )
    );
  }
  if (m.yearShift !== undefined) {
    const d = makeDate(ctx.dateline.year + m.yearShift, m.month, m.day);
    return (
      d &&
      single(
        d,
        'relative',
        relative(ctx, d),
        `${describeWithoutYear(m.month ?? 1, m.day)} of ${describeShift('year', m.yearShift)} (${ctx.dateline.year} ${signed(m.yearShift)}): ${describeDate(d)}.`,
      )
    );
  }
  const before = lastTold(ctx, 'year')?.date;
  if (m.yearFromPrevious && m.month !== undefined && before) {
    const d = makeDate(before.year, m.month, m.day);
    const completed: Completion = { field: 'year', rule: 'previous-expression' };
    return (
      d &&
      single(
        d,
        'explicit',
        { kind: 'stated', completed },
        `${describeWithoutYear(m.month, m.day)} of the year of the date before it (${before.year}): ${describeDate(d)}.`,
      )
    );
  }
  // With no date before it, «من العام نفسه» falls back to the year as for a date written without one.
  if (m.year !== undefined) {
    const d = makeDate(m.year, m.month, m.day);
    return (
      d &&
      single(d, 'explicit', { kind: 'stated' }, `${describeDate(d)}, as written${weekdayNote}.`)
    );
  }
  if (m.month === undefined) return undefined;
  const month = m.month;
  const chosen = chooseYear((y) => makeDate(y, month, m.day), m.deixis, ctx);
  if (!chosen) return undefined;
  const completed: Completion = { field: 'year', rule: chosen.rule };
  return single(
    chosen.date,
    'explicit',
    { kind: 'stated', completed },
    explainCompletion(describeWithoutYear(month, m.day), chosen.date, chosen.rule, ctx).replace(
      /\.$/,
      `${weekdayNote}.`,
    ),
  );
}

function weekdayMatches(m: Extract<Mention, { kind: 'gregorian' }>, ctx: ResolveContext): boolean {
  const { weekday, ...date } = m;
  const start = resolveGregorian(date, ctx)?.period?.start;
  return start?.precision === 'day' && weekday !== undefined && isoWeekday(start) === weekday;
}

export function resolveHijri(
  m: Extract<Mention, { kind: 'hijri' }>,
  ctx: ResolveContext,
): Resolved | undefined {
  const name = m.month === undefined ? '' : (HIJRI_MONTH_NAMES[m.month - 1] ?? '');
  if (m.year === undefined && m.yearShift !== undefined) {
    // «العام الهجري المقبل»: counted from the Hijri year under way on the dateline.
    const year = toHijri(ctx.dateline).year + m.yearShift;
    const resolved = resolveHijri({ kind: 'hijri', year }, ctx);
    if (!resolved || resolved.arithmetic.kind !== 'converted') return resolved;
    const rule: CompletionRule =
      m.yearShift > 0 ? 'next-occurrence' : m.yearShift < 0 ? 'last-occurrence' : 'dateline-year';
    return {
      ...resolved,
      arithmetic: { ...resolved.arithmetic, completed: { field: 'year', rule } },
      explanation: `${resolved.explanation} Counted from the Hijri year of the dateline, ${year - m.yearShift} AH.`,
    };
  }
  if (m.year === undefined) {
    if (m.month === undefined) return undefined;
    const month = m.month;
    const hijriYear = toHijri(ctx.dateline).year;
    // Choose the Hijri year as for Gregorian dates, comparing the Gregorian days the candidates fall on.
    const startIn = (hy: number) =>
      m.day === undefined
        ? hijriMonthRange(hy, month)?.start
        : hijriToGregorian({ year: hy, month, day: m.day });
    const ahead = (hy: number) => {
      const start = startIn(hy);
      return start === undefined ? undefined : daysBetween(ctx.dateline, start);
    };
    const now = ahead(hijriYear);
    if (now === undefined) return undefined;
    // A month is past only once it has ended: «خلال شهر رمضان الجاري» on its sixth day is this one.
    const endIn = (hy: number) => (m.day === undefined ? hijriMonthRange(hy, month)?.end : startIn(hy));
    const thisEnd = endIn(hijriYear);
    const ended = thisEnd !== undefined && daysBetween(ctx.dateline, thisEnd) < 0;
    let year: number;
    let rule: CompletionRule;
    if (m.deixis === 'next') {
      year = now > 0 ? hijriYear : hijriYear + 1;
      rule = 'next-occurrence';
    } else if (m.deixis === 'past') {
      year = ended ? hijriYear : hijriYear - 1;
      rule = 'last-occurrence';
    } else if (m.deixis === 'current') {
      year = hijriYear;
      rule = 'dateline-year';
    } else {
      year = now > MAX_DAYS_AHEAD ? hijriYear - 1 : ctx.future && ended ? hijriYear + 1 : hijriYear;
      rule = year < hijriYear ? 'year-before-far-ahead' : year > hijriYear ? 'year-after-future-clause' : 'dateline-year';
    }
    // Resolved again with its year, as if written: the deixis has done its work.
    const written: Extract<Mention, { kind: 'hijri' }> = {
      kind: 'hijri',
      year,
      month,
      ...(m.day !== undefined && { day: m.day }),
    };
    const resolved = resolveHijri(written, ctx);
    if (!resolved || resolved.arithmetic.kind !== 'converted') return resolved;
    return {
      ...resolved,
      arithmetic: { ...resolved.arithmetic, completed: { field: 'year', rule } },
      explanation: `${resolved.explanation} ${
        rule === 'next-occurrence'
          ? `The next one after the dateline: ${year} AH.`
          : rule === 'last-occurrence'
            ? `The last one before the dateline: ${year} AH.`
            : `The Hijri year ${year} is taken from the dateline.`
      }`,
    };
  }
  const hijri = {
    year: m.year,
    ...(m.month !== undefined && { month: m.month }),
    ...(m.day !== undefined && { day: m.day }),
  };
  const arithmetic: Arithmetic = { kind: 'converted', calendar: 'islamic-umalqura', hijri };
  if (m.month !== undefined && m.day !== undefined) {
    const d = hijriToGregorian({ year: m.year, month: m.month, day: m.day });
    return (
      d &&
      single(
        d,
        'calendar',
        arithmetic,
        `${m.day} ${name} ${m.year} AH on the Umm al-Qura calendar is ${describeDate(d)}.`,
      )
    );
  }
  const range = m.month === undefined ? hijriYearRange(m.year) : hijriMonthRange(m.year, m.month);
  if (!range) return undefined;
  const label = m.month === undefined ? `The year ${m.year} AH` : `${name} ${m.year} AH`;
  return {
    type: 'range',
    value: `${toIsoString(range.start)}/${toIsoString(range.end)}`,
    precision: m.month === undefined ? 'year' : 'month',
    resolution: 'calendar',
    arithmetic,
    explanation: `${label} on the Umm al-Qura calendar runs from ${describeDate(range.start)} to ${describeDate(range.end)}.`,
    period: range,
  };
}
