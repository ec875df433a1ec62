/**
 * Dates counted from the date written before them, not from the dateline: «في اليوم التالي»,
 * «العام السابق», «في الشهر نفسه». News tells a story in order, so "the following day" follows
 * the day just told; with no date before it in the text, it follows the dateline's.
 */
import { addOffset, toIsoString, truncate, type Offset } from '../../model/dates';
import { capitalize, describeDate } from '../describe';
import type { FollowingUnit } from '../mention';
import { englishUnit } from '../units';
import { lastTold, single, type ResolveContext, type Resolved } from './context';
import { describeShift, resolveShift, weekFrom } from './counted';

const OFFSET_FIELD = { day: 'days', month: 'months', year: 'years' } as const;

const WORDS: Readonly<Record<FollowingUnit, Readonly<Record<string, string>>>> = {
  day: { '-1': 'The day before', '0': 'The same day', '1': 'The following day' },
  week: { '-1': 'The week before', '0': 'The same week', '1': 'The following week' },
  month: { '-1': 'The month before', '0': 'The same month', '1': 'The following month' },
  year: { '-1': 'The year before', '0': 'The same year', '1': 'The following year' },
};

export function resolveFollowing(unit: FollowingUnit, amount: number, ctx: ResolveContext): Resolved | undefined {
  const what =
    WORDS[unit][String(amount)] ?? capitalize(`${englishUnit(unit, Math.abs(amount))} ${amount > 0 ? 'after' : 'before'} that`);
  if (!ctx.told?.length) {
    const fromDateline = resolveShift(unit, amount, ctx);
    return (
      fromDateline && {
        ...fromDateline,
        explanation: `${what}, with no date written before it: counted from the dateline as ${describeShift(unit, amount)}. ${fromDateline.explanation}`,
      }
    );
  }
  // The last date told that is precise enough to count in this unit from.
  const previous = lastTold(ctx, unit === 'week' ? 'day' : unit);
  if (!previous) return undefined;
  const { date: before, span } = previous;
  if (unit === 'week') {
    if (before.precision !== 'day') return undefined;
    const relation =
      amount === 0 ? 'of' : `${englishUnit('week', Math.abs(amount))} ${amount > 0 ? 'after' : 'before'} that of`;
    return weekFrom(
      before,
      amount,
      (monday, sunday) =>
        `${what}: the week ${relation} the date written before it (${describeDate(before)}), ${describeDate(monday)} to ${describeDate(sunday)}.`,
      { previousExpression: span },
    );
  }
  const anchor = truncate(before, unit);
  const offset: Offset = { [OFFSET_FIELD[unit]]: amount };
  const d = addOffset(anchor, offset);
  if (!d) return undefined;
  const how =
    amount === 0
      ? `the ${unit} of the date written before it (${describeDate(anchor)})`
      : `${englishUnit(unit, Math.abs(amount))} ${amount > 0 ? 'after' : 'before'} the date written before it (${describeDate(anchor)})`;
  return single(
    d,
    'relative',
    { kind: 'relative', anchor: toIsoString(anchor), offset, previousExpression: span },
    `${what}: ${how}, ${describeDate(d)}.`,
  );
}

/**
 * «في اليوم ذاته من العام الماضي»: the day told before it (else the dateline's), in the year before
 * or after: `years` from that day, at day precision.
 */
export function resolveSameDayOfYear(years: number, ctx: ResolveContext): Resolved | undefined {
  const previous = lastTold(ctx, 'day');
  const anchor = previous ? truncate(previous.date, 'day') : ctx.dateline;
  const offset: Offset = { years };
  const d = addOffset(anchor, offset);
  if (!d) return undefined;
  const from = previous ? `the day written before it (${describeDate(anchor)})` : `the dateline (${describeDate(anchor)})`;
  const shift = `${englishUnit('year', Math.abs(years))} ${years < 0 ? 'before' : 'after'}`;
  return single(
    d,
    'relative',
    {
      kind: 'relative',
      anchor: toIsoString(anchor),
      offset,
      sameDay: 'year-apart',
      ...(previous && { previousExpression: previous.span }),
    },
    `The same day, ${shift}: ${from} ${years < 0 ? '−' : '+'} ${englishUnit('year', Math.abs(years))}, ${describeDate(d)}.`,
  );
}

/** «في مثل هذا اليوم من عام 1948»: the dateline's day and month in the year named (none on 29 February of another year). */
export function resolveThisDayInYear(year: number, ctx: ResolveContext): Resolved | undefined {
  const offset: Offset = { years: year - ctx.dateline.year };
  const d = addOffset(ctx.dateline, offset);
  if (d?.precision !== 'day' || d.day !== ctx.dateline.day) return undefined;
  return single(
    d,
    'relative',
    { kind: 'relative', anchor: toIsoString(ctx.dateline), offset, sameDay: 'written-year' },
    `This very day, the dateline's (${describeDate(ctx.dateline)}), in ${year}: ${describeDate(d)}.`,
  );
}
