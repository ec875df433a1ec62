/**
 * Hijri dates: «21 شوال 1436هـ», «30 محرم 1443 هـ», «ذي الحجة 1442 هـ», «1443 هـ»,
 * «شهر رمضان», «العام الهجري المقبل». Conversion to Gregorian happens in resolve.ts (see ../hijri.ts).
 */
import type { Mention } from '../mention';
import { HIJRI_MONTH, isAmbiguousMonthName, parseHijriMonth } from '../months';
import { START } from '../regex';
import { DAY, DEIXIS, DEIXIS_STEP, HIJRI_MARK, parseDay, parseDeixis } from './parts';
import { pattern, type Groups, type Pattern } from './pattern';

const HIJRI_YEAR = `(?:(?:عام|سنه)\\s+)?(?<year>\\d{3,4})(?!\\p{N})(?<mark>${HIJRI_MARK})?`;

function readHijri(groups: Groups): Mention | undefined {
  const month = groups.month === undefined ? undefined : parseHijriMonth(groups.month);
  if (groups.month !== undefined && month === undefined) return undefined;
  const year = groups.year === undefined ? undefined : Number(groups.year);
  // A year after a Hijri month is Hijri only in Hijri range; «رمضان 2021» is a different reading we do not make.
  if (year !== undefined && (year < 1 || year > 1700)) return undefined;
  if (
    month !== undefined &&
    year === undefined &&
    isAmbiguousMonthName(groups.month ?? '') &&
    groups.day === undefined
  ) {
    return undefined;
  }
  const day = groups.day === undefined ? undefined : parseDay(groups.day);
  if (groups.day !== undefined && (day === undefined || day > 30)) return undefined;
  return {
    kind: 'hijri',
    ...(year !== undefined && { year }),
    ...(month !== undefined && { month }),
    ...(day !== undefined && { day }),
  };
}

export const HIJRI_PATTERNS: readonly Pattern[] = [
  pattern(
    'hijri-day',
    `${START}(?<day>${DAY})\\s+(?:من\\s+)?(?<month>${HIJRI_MONTH})(?:\\s+${HIJRI_YEAR})?`,
    (groups) =>
      // «صفر» and «رجب» after a number need a year: «15 صفر» could be a score.
      isAmbiguousMonthName(groups.month ?? '') && groups.year === undefined
        ? undefined
        : readHijri(groups),
  ),
  pattern(
    'hijri-month-year',
    `${START}(?:شهر\\s+)?(?<month>${HIJRI_MONTH})\\s+${HIJRI_YEAR}`,
    readHijri,
  ),
  pattern(
    'hijri-year',
    `${START}(?:(?:عام|العام|سنه)\\s+)?(?<year>\\d{4})(?!\\p{N})(?<mark>${HIJRI_MARK})`,
    readHijri,
  ),
  pattern(
    'hijri-year-deixis',
    `${START}(?:العام|عام|السنه)\\s+(?:الهجري|الهجريه)\\s+(?<deixis>${DEIXIS})`,
    (groups): Mention | undefined => {
      const deixis = parseDeixis(groups.deixis);
      return deixis && { kind: 'hijri', yearShift: DEIXIS_STEP[deixis] };
    },
  ),
  // «رمضان المقبل», «شهر رمضان الجاري», «ذي الحجة الماضي»: a month without its year, by its place.
  pattern(
    'hijri-month-deixis',
    `${START}(?:شهر\\s+)?(?<month>${HIJRI_MONTH})(?:\\s+(?:المبارك|الكريم|الفضيل))?\\s+(?<deixis>${DEIXIS})`,
    (groups): Mention | undefined => {
      const month = parseHijriMonth(groups.month ?? '');
      const deixis = parseDeixis(groups.deixis);
      return month === undefined || deixis === undefined ? undefined : { kind: 'hijri', month, deixis };
    },
  ),
  // «1447/05/20هـ», «20/5/1447 هـ»: a Hijri date in figures, year first or last, with its mark.
  pattern(
    'hijri-figures',
    `${START}(?:(?<yearFirst>1[34]\\d{2})/(?<monthFirst>\\d{1,2})/(?<dayLast>\\d{1,2})|(?<dayFirst>\\d{1,2})/(?<monthLast>\\d{1,2})/(?<yearLast>1[34]\\d{2}))(?!\\p{N})${HIJRI_MARK}`,
    (groups): Mention | undefined => {
      const year = Number(groups.yearFirst ?? groups.yearLast);
      const month = Number(groups.monthFirst ?? groups.monthLast);
      const day = Number(groups.dayLast ?? groups.dayFirst);
      return month >= 1 && month <= 12 && day >= 1 && day <= 30 ? { kind: 'hijri', year, month, day } : undefined;
    },
  ),
  pattern(
    'hijri-month-with-head',
    `${START}شهر\\s+(?<month>${HIJRI_MONTH})(?:\\s+(?:المبارك|الكريم|الفضيل))?`,
    readHijri,
  ),
];
