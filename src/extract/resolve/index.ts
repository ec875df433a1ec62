/**
 * Places a mention in time against the dateline: its TimeML value, precision, how it was
 * reached (as data and in words) and the calendar period it covers. Pure; all date arithmetic
 * goes through src/model/dates.ts and ../calendar.ts.
 */
import { toIsoString } from '../../model/dates';
import { describeDate, englishOrdinal } from '../describe';
import type { Mention } from '../mention';
import { durationValue, englishUnit } from '../units';
import { resolveGregorian, resolveHijri } from './calendarDates';
import type { ResolveContext, Resolved } from './context';
import { aboutRight, resolveCounted, resolveShift, resolveWeekdayMention } from './counted';
import { resolveFollowing, resolveSameDayOfYear, resolveThisDayInYear } from './following';
import { resolveCentury, resolveDecade, resolveDecadeShift, resolveRange, resolveSameYearPart, resolveYearPart } from './periods';
import { resolveSchoolYear } from './schoolYears';
import { resolveSeason } from './seasons';
import { resolveDailyPart, resolveMonthlyDay, resolvePartOfDay, resolveSet } from './times';

export { offsetTo } from './context';
export type { Period, ResolveContext, Resolved, Told } from './context';

export function resolve(m: Mention, ctx: ResolveContext): Resolved | undefined {
  switch (m.kind) {
    case 'gregorian':
      return resolveGregorian(m, ctx);
    case 'hijri':
      return resolveHijri(m, ctx);
    case 'shift':
      return resolveShift(m.unit, m.amount, ctx, m.weekday);
    case 'weekday':
      return resolveWeekdayMention(m.weekday, m.deixis, ctx);
    case 'following':
      return resolveFollowing(m.unit, m.amount, ctx);
    case 'sameDayOfYear':
      return resolveSameDayOfYear(m.years, ctx);
    case 'season':
      return resolveSeason(m, ctx);
    case 'thisDayInYear':
      return resolveThisDayInYear(m.year, ctx);
    case 'counted': {
      const counted = resolveCounted(m.amount, m.unit, ctx);
      return m.about ? aboutRight(counted) : counted;
    }
    case 'schoolYear':
      return resolveSchoolYear(m.amount, ctx);
    case 'yearPart':
      return resolveYearPart(m, (inner) => resolve(inner, ctx));
    case 'sameYearPart':
      return resolveSameYearPart(m, ctx, (inner) => resolve(inner, ctx));
    case 'decade':
      return resolveDecade(m.decade, m.century, ctx);
    case 'decadeShift':
      return resolveDecadeShift(m.amount, ctx);
    case 'century':
      return resolveCentury(m.century, ctx);
    case 'range':
      return resolveRange(m.from, m.to, (inner) => resolve(inner, ctx));
    case 'duration':
      return {
        type: 'duration',
        value: durationValue(m.amount, m.unit),
        precision: m.unit,
        resolution: 'explicit',
        arithmetic: { kind: 'length', amount: m.amount ?? null, unit: m.unit },
        explanation: `A length of ${englishUnit(m.unit, m.amount)}.`,
      };
    case 'anniversary':
      return {
        type: 'duration',
        value: `P${m.years}Y`,
        precision: 'year',
        resolution: 'anniversary',
        arithmetic: { kind: 'anniversary', years: m.years },
        explanation: `The ${englishOrdinal(m.years)} anniversary: ${m.years} years after an origin the text does not date.`,
      };
    case 'set':
      if (m.partOfDay !== undefined) return resolveDailyPart(m.partOfDay);
      return m.dayOfMonth === undefined ? resolveSet(m.amount, m.unit, m.weekday) : resolveMonthlyDay(m.dayOfMonth);
    case 'partOfDay':
      return resolvePartOfDay(m.part, m.day, (inner) => resolve(inner, ctx));
    case 'clock': {
      const time = `${String(m.hour).padStart(2, '0')}:${String(m.minute).padStart(2, '0')}`;
      const day = m.day && resolve(m.day, ctx);
      const on = day?.period?.end === undefined ? day?.period?.start : undefined;
      if (day && on?.precision === 'day') {
        // The day says how it was found; the time only narrows it.
        return {
          ...day,
          type: 'time',
          value: `${toIsoString(on)}T${time}`,
          precision: 'minute',
          explanation: `${time} on ${describeDate(on)}. ${day.explanation}`,
        };
      }
      return {
        type: 'time',
        value: `T${time}`,
        precision: 'minute',
        resolution: 'explicit',
        arithmetic: { kind: 'stated' },
        explanation: `${time} on a day the expression does not name.`,
      };
    }
  }
}
