/**
 * Spans of days and months: «من 4 إلى 6 أغسطس», «من 12 وحتى 30 يناير»,
 * «من 12 كانون الثاني/يناير حتى 10 شباط/فبراير», «بين 4 و6 أغسطس», «4-6 أغسطس».
 * The left side may leave out what the right side says (month, year); the right one may say
 * only its day and «منه» ("of it"): «من 1 يناير حتى 31 منه», or its days of a month named by
 * deixis: «من 12 إلى 18 من الشهر المقبل». The left end may carry its own «المقبل»:
 * «من 21 دجنبر المقبل إلى 18 يناير 2026».
 */
import type { Deixis, Mention } from '../mention';
import { alt, START } from '../regex';
import {
  DATE_PARTS,
  DAY_NUMBER,
  DEIXIS,
  parseDeixis,
  readDateParts,
  type DateFields,
} from './parts';
import { dayOfThisMonth, OF_THIS_MONTH } from './gregorian';
import { pattern, type Groups, type Pattern } from './pattern';

const TO = alt(['الي', 'حتي', 'وحتي', 'ولغايه', 'لغايه', 'و']);

function side(fields: DateFields, deixis: Deixis | undefined): Mention {
  return {
    kind: 'gregorian',
    ...(fields.day !== undefined && { day: fields.day }),
    ...(fields.month !== undefined && { month: fields.month }),
    ...(fields.year !== undefined && { year: fields.year }),
    ...(deixis !== undefined && { deixis }),
  };
}

function readRange(groups: Groups): Mention | undefined {
  // Arabic joins the ends of a span with «من … إلى/حتى» or «بين … و»; «4-6 أغسطس» has neither.
  if (groups.open !== undefined && (groups.open === 'بين') !== (groups.to === 'و'))
    return undefined;
  const right = readDateParts(groups.right ?? '');
  if (right?.month === undefined) return undefined;
  const leftText = groups.left ?? '';
  const left: DateFields | undefined = /^\d+$/.test(leftText)
    ? { day: Number(leftText) }
    : readDateParts(leftText);
  // A bare day on the left needs a day on the right: «من 4 إلى أغسطس» is not a span.
  if (!left || (left.month === undefined && right.day === undefined)) return undefined;
  const month = left.month ?? right.month;
  // The left side borrows the year too, one less when the span crosses New Year («من 25 ديسمبر إلى 5 يناير 2021»).
  const year =
    left.year ??
    (right.year === undefined ? undefined : month > right.month ? right.year - 1 : right.year);
  // «من 21 دجنبر المقبل إلى 18 يناير»: the left end's «المقبل» holds for a right end without its own.
  const deixis = parseDeixis(groups.deixis);
  const leftDeixis = parseDeixis(groups.leftDeixis);
  return {
    kind: 'range',
    from: side({ ...left, month, ...(year !== undefined && { year }) }, leftDeixis ?? deixis),
    to: side(right, deixis ?? leftDeixis),
  };
}

/** «من 12 إلى 18 من الشهر المقبل»: two days of the month named after the second. */
function readDaysOfThisMonth(groups: Groups): Mention | undefined {
  const [first, last] = [Number(groups.left), Number(groups.day)];
  const from = dayOfThisMonth(first, groups);
  const to = dayOfThisMonth(last, groups);
  return from && to && last > first ? { kind: 'range', from, to } : undefined;
}

/** «من 1 يناير حتى 31 منه»: the right end is a day of the left end's month. */
function readRangeInMonth(groups: Groups): Mention | undefined {
  const left = readDateParts(groups.left ?? '');
  const day = Number(groups.day);
  if (left?.month === undefined || left.day === undefined || !(day > left.day)) return undefined;
  const deixis = parseDeixis(groups.deixis);
  return { kind: 'range', from: side(left, deixis), to: side({ ...left, day }, deixis) };
}

export const RANGE_PATTERNS: readonly Pattern[] = [
  pattern(
    'from-date-to-day-of-it',
    `${START}من\\s+(?:يوم\\s+)?(?<left>${DATE_PARTS})(?:\\s+(?<deixis>${DEIXIS}))?\\s*(?:${TO})\\s*(?<day>${DAY_NUMBER})\\s+منه(?![\\p{L}])`,
    readRangeInMonth,
  ),
  pattern(
    'from-date-to-date',
    `${START}(?<open>من|بين)\\s+(?:يوم\\s+)?(?<left>${DATE_PARTS}|${DAY_NUMBER})(?:\\s+(?<leftDeixis>${DEIXIS}))?\\s*(?<to>${TO})\\s*(?:يوم\\s+)?(?<right>${DATE_PARTS})(?:\\s+(?<deixis>${DEIXIS}))?`,
    readRange,
  ),
  pattern(
    'from-day-to-day-of-this-month',
    `${START}من\\s+(?<left>${DAY_NUMBER})\\s*(?:${TO})\\s*(?<day>${DAY_NUMBER})\\s+${OF_THIS_MONTH}`,
    readDaysOfThisMonth,
  ),
  pattern(
    'day-dash-day',
    `${START}(?<left>${DAY_NUMBER})\\s*[-–]\\s*(?<right>${DATE_PARTS})(?:\\s+(?<deixis>${DEIXIS}))?`,
    readRange,
  ),
];
