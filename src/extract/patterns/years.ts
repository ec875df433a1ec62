/**
 * Years and spans of years: «عام 2013», «العام 2013», «2015م», «منذ 2009» (the year only;
 * «منذ» is a signal), «(2015 ـ 2020)», «بين عامي 2011 و2013», «من عام 2015 إلى 2020».
 */
import type { Mention } from '../mention';
import { alt, END, START } from '../regex';
import { AFTER_SIGNAL, DATE_SIGNAL, GREGORIAN_MARK, HIJRI_MARK, YEAR } from './parts';
import { pattern, type Groups, type Pattern } from './pattern';

/** «عام 2013», and the fiscal year, which in the Gulf is the calendar year: «العام المالي 2025». */
const HEAD = `(?:(?:العام|عام)\\s+المالي|(?:السنه|سنه)\\s+الماليه|${alt(['عام', 'العام', 'سنه', 'السنه', 'عامي', 'العامين'])})${END}`;
const NOT_HIJRI = `(?!${HIJRI_MARK})`;
/** A number that is an amount rather than a year: «في 2013 حالة» is rare, «2000 دولار» is not. */
const NOT_AN_AMOUNT = `(?!\\s*[%٪])(?!\\s+${alt(['مليون', 'مليار', 'الف', 'دولار', 'يورو', 'جنيه', 'ريال', 'درهم', 'دينار', 'شخص', 'طن', 'كيلو', 'متر'])})`;
const TO = alt(['الي', 'حتي', 'وحتي', 'ولغايه', 'لغايه']);

const readYear = (groups: Groups): Mention => ({ kind: 'gregorian', year: Number(groups.year) });

export function readYearRange(groups: Groups): Mention | undefined {
  const from = Number(groups.from);
  const to = Number(groups.to);
  // «2015 ـ 2019» is a span; «1990 - 1985» or «1900-2100» is not a span of years news would write.
  if (!(to > from && to - from <= 100)) return undefined;
  return {
    kind: 'range',
    from: { kind: 'gregorian', year: from },
    to: { kind: 'gregorian', year: to },
  };
}

export const YEAR_PATTERNS: readonly Pattern[] = [
  pattern(
    'year-with-head',
    `${START}${HEAD}\\s*(?<year>${YEAR})(?:${GREGORIAN_MARK})?${NOT_HIJRI}`,
    readYear,
  ),
  pattern('year-with-mark', `${START}(?<year>${YEAR})${GREGORIAN_MARK}`, readYear),
  pattern(
    'year-after-signal',
    `${AFTER_SIGNAL}(?<year>${YEAR})${NOT_HIJRI}${NOT_AN_AMOUNT}(?!\\s*[-–—ـ/]\\s*\\d)`,
    readYear,
  ),
  // «في 2018 و2022», «عامي 2018 و2022»: the second of two years (the first is found on its own).
  pattern(
    'year-and-year',
    `(?<=(?:^|[^\\p{L}\\p{N}])[وف]?(?:${DATE_SIGNAL}\\s+|${HEAD}\\s*)${YEAR}(?:${GREGORIAN_MARK})?\\s+و\\s*)(?<year>${YEAR})${NOT_HIJRI}${NOT_AN_AMOUNT}(?!\\s*[-–—ـ/]\\s*\\d)`,
    readYear,
  ),
  pattern(
    'year-dash-year',
    `${START}(?<from>${YEAR})\\s*[-–—ـ/]+\\s*(?<to>${YEAR})`,
    readYearRange,
  ),
  pattern(
    'between-years',
    `${START}بين\\s+(?:${HEAD}\\s*)?(?<from>${YEAR})(?:${GREGORIAN_MARK})?\\s+و\\s*(?:(?:عام|العام)\\s*)?(?<to>${YEAR})(?:${GREGORIAN_MARK})?`,
    readYearRange,
  ),
  pattern(
    'from-year-to-year',
    `${START}من\\s+(?:(?:عام|العام)\\s*)?(?<from>${YEAR})\\s+${TO}\\s+(?:(?:عام|العام)\\s*)?(?<to>${YEAR})(?:${GREGORIAN_MARK})?`,
    readYearRange,
  ),
];
