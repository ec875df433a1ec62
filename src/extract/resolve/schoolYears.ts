/**
 * School years: «العام الدراسي المقبل» from the dateline. A school year is taken to begin in
 * September (Egypt, the Levant, the Maghreb and Iraq start then; the Gulf in late August, which
 * only matters for a dateline in the last days of August).
 */
import { toIsoString } from '../../model/dates';
import { describeDate } from '../describe';
import type { ResolveContext, Resolved } from './context';

/** The month a school year begins in, and the one it usually ends in (exams run into July in places). */
export const SCHOOL_YEAR_START_MONTH = 9;
const SCHOOL_YEAR_END_MONTH = 6;

/** Which school year, said from the dateline's day. */
function which(amount: number, day: string): string {
  if (amount === 0) return `the one under way on ${day}`;
  if (amount === 1) return `the first to begin after ${day}`;
  if (amount === -1) return `the one before the one under way on ${day}`;
  return `${Math.abs(amount)} ${amount > 0 ? 'after' : 'before'} the one under way on ${day}`;
}

export function resolveSchoolYear(amount: number, ctx: ResolveContext): Resolved {
  const { dateline } = ctx;
  const current = dateline.month >= SCHOOL_YEAR_START_MONTH ? dateline.year : dateline.year - 1;
  const first = current + amount;
  return {
    type: 'range',
    value: `${first}/${first + 1}`,
    precision: 'year',
    resolution: 'relative',
    arithmetic: {
      kind: 'relative',
      anchor: toIsoString(dateline),
      offset: { years: first - dateline.year },
      schoolYear: { amount },
    },
    explanation: `School years begin in September: ${which(amount, describeDate(dateline))} is ${first}/${first + 1} (about September ${first} to June ${first + 1}).`,
    // On a timeline, the months a school year usually spans, flagged as assumed.
    period: {
      start: { precision: 'month', year: first, month: SCHOOL_YEAR_START_MONTH },
      end: { precision: 'month', year: first + 1, month: SCHOOL_YEAR_END_MONTH },
      approximate: true,
    },
  };
}
