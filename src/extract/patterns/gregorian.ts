/**
 * Gregorian dates written with a month name: «7 سبتمبر», «الأول من يوليو المقبل»,
 * «14 أيلول 2012», «مارس ٢٠٢٢», «أكتوبر الماضي», «شهر أغسطس», «في فبراير/شباط»,
 * a day of the current month «15 من الشهر الجاري», and «15 مارس من العام نفسه».
 */
import type { Deixis, Mention } from '../mention';
import { GREGORIAN_MONTH, isAmbiguousMonthName, parseGregorianMonth } from '../months';
import { alt, END, START } from '../regex';
import { AFTER_SIGNAL, DAY, DEIXIS, DEIXIS_STEP, GREGORIAN_MARK, parseDay, parseDeixis, YEAR } from './parts';
import { pattern, type Groups, type Pattern } from './pattern';

const YEAR_AFTER_MONTH = `\\s*،?\\s*(?:(?:عام|العام|سنه)\\s+)?(?<year>${YEAR})(?:${GREGORIAN_MARK})?`;
const OF_DEICTIC_YEAR = `\\s+من\\s+(?:العام|السنه)\\s+(?<yearDeixis>${DEIXIS})`;
/** «… من العام نفسه»: the year of the date written before it. */
const OF_SAME_YEAR = `\\s+من\\s+(?<sameYear>(?:العام|السنه)\\s+(?:نفسه|ذاته|نفسها|ذاتها)|نفس\\s+(?:العام|السنه))${END}`;

/** The year of «… من العام الماضي» as a shift from the dateline's year. */
function yearShift(groups: Groups): number | undefined {
  const deixis = parseDeixis(groups.yearDeixis);
  return deixis === undefined ? undefined : DEIXIS_STEP[deixis];
}

function readMonthDate(groups: Groups): Mention | undefined {
  const month = parseGregorianMonth(groups.month ?? '');
  if (month === undefined) return undefined;
  const day = groups.day === undefined ? undefined : parseDay(groups.day);
  if (groups.day !== undefined && day === undefined) return undefined;
  const deixis = parseDeixis(groups.deixis);
  const shift = yearShift(groups);
  return {
    kind: 'gregorian',
    month,
    ...(day !== undefined && { day }),
    ...(groups.year !== undefined && { year: Number(groups.year) }),
    ...(deixis !== undefined && { deixis }),
    ...(shift !== undefined && { yearShift: shift }),
    ...(groups.sameYear !== undefined && { yearFromPrevious: true as const }),
  };
}

/** A month name that could be another word needs a day, a year or a pairing to count. */
function unambiguous(groups: Groups): boolean {
  const name = groups.month ?? '';
  return !isAmbiguousMonthName(name) || /[/(-]/.test(name);
}

/** After a day: «(من) الشهر الجاري/المقبل/الماضي», «هذا الشهر», «الشهر ذاته/نفسه», «نفس الشهر». */
export const OF_THIS_MONTH = `(?:من\\s+)?(?:(?<same>الشهر\\s+(?:ذاته|نفسه)|نفس\\s+الشهر)|(?:هذا\\s+)?الشهر(?:\\s+(?<deixis>${DEIXIS}))?)${END}`;

/** A day of the month an OF_THIS_MONTH match names: the dateline's, moved by its deixis, or the one told before. */
export function dayOfThisMonth(day: number | undefined, groups: Groups): Mention | undefined {
  if (day === undefined) return undefined;
  if (groups.same !== undefined) return { kind: 'gregorian', day, monthFromPrevious: true };
  const deixis = parseDeixis(groups.deixis);
  const monthShift = deixis === undefined ? 0 : DEIXIS_STEP[deixis];
  return { kind: 'gregorian', day, monthShift };
}

/** «الماضيين», «المقبلين»: the dual of a deixis, after two months («تموز وآب الماضيين»). */
const DUAL_DEIXIS: Readonly<Record<string, Deixis>> = {
  الماضيين: 'past',
  المنصرمين: 'past',
  الفائتين: 'past',
  المقبلين: 'next',
  القادمين: 'next',
};

export const GREGORIAN_PATTERNS: readonly Pattern[] = [
  // «خلال شباط وآذار», «في تموز وآب الماضيين»: the second of two months joined by «و» is a month too,
  // with the dual deixis if one follows (combine.ts gives it to the first as well).
  pattern(
    'second-of-two-months',
    `(?<=(?:^|[^\\p{L}\\p{N}])${GREGORIAN_MONTH}\\s+و)(?<month>${GREGORIAN_MONTH})(?:\\s+(?<dual>${alt(Object.keys(DUAL_DEIXIS))})${END})?`,
    (groups): Mention | undefined => {
      // After a month and «و», even a name that could be another word («آب») is the month.
      const month = readMonthDate(groups);
      const deixis = DUAL_DEIXIS[groups.dual ?? ''];
      return month?.kind === 'gregorian' && deixis ? { ...month, deixis } : month;
    },
  ),
  pattern(
    'day-month',
    `${START}(?<day>${DAY})\\s+(?:من\\s+)?(?<month>${GREGORIAN_MONTH})(?:${YEAR_AFTER_MONTH}|${OF_DEICTIC_YEAR}|${OF_SAME_YEAR}|\\s+(?<deixis>${DEIXIS}))?`,
    readMonthDate,
  ),
  pattern(
    'month-year',
    `${START}(?:شهر\\s+)?(?<month>${GREGORIAN_MONTH})\\s*(?:من\\s+)?(?:(?:عام|العام|سنه)\\s+)?(?<year>${YEAR})(?:${GREGORIAN_MARK})?`,
    readMonthDate,
  ),
  pattern(
    'month-deixis',
    `${START}(?:شهر\\s+)?(?<month>${GREGORIAN_MONTH})(?:\\s+(?<deixis>${DEIXIS})|${OF_DEICTIC_YEAR}|${OF_SAME_YEAR})`,
    readMonthDate,
  ),
  pattern('month-with-head', `${START}شهر\\s+(?<month>${GREGORIAN_MONTH})`, readMonthDate),
  pattern('month-after-signal', `${AFTER_SIGNAL}(?<month>${GREGORIAN_MONTH})`, (groups) =>
    unambiguous(groups) ? readMonthDate(groups) : undefined,
  ),
  pattern('paired-month', `${START}(?<month>${GREGORIAN_MONTH})`, (groups) =>
    /[/(-]/.test(groups.month ?? '') ? readMonthDate(groups) : undefined,
  ),
  pattern('day-of-this-month', `${START}(?<day>${DAY})\\s+${OF_THIS_MONTH}`, (groups) =>
    dayOfThisMonth(parseDay(groups.day), groups),
  ),
];
