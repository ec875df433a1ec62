/**
 * Pieces shared by several patterns: deictic adjectives, years, calendar marks,
 * the prepositions that announce a date, and a reader for «day month year» phrases.
 */
import type { Deixis } from '../mention';
import { GREGORIAN_MONTH, parseGregorianMonth } from '../months';
import { ORDINAL, parseOrdinal } from '../numbers';
import { alt, END } from '../regex';

// prettier-ignore
const DEIXIS_WORDS: Readonly<Record<string, Deixis>> = {
  الماضي: 'past', المنصرم: 'past', الفائت: 'past', المنقضي: 'past', السابق: 'past',
  الماضيه: 'past', المنصرمه: 'past', الفائته: 'past', المنقضيه: 'past', السابقه: 'past',
  المقبل: 'next', القادم: 'next', المقبله: 'next', القادمه: 'next',
  الجاري: 'current', الحالي: 'current', الجاريه: 'current', الحاليه: 'current',
};

/** Words that place an expression within its period: «مطلع العام», «أواخر الشهر», «نهاية 2025». */
export const POSITION_MODIFIERS: Readonly<Record<string, 'START' | 'MID' | 'END'>> = {
  مطلع: 'START',
  بدايه: 'START',
  بدايات: 'START',
  اوائل: 'START',
  منتصف: 'MID',
  اواسط: 'MID',
  اواخر: 'END',
  نهايه: 'END',
  // Moroccan usage: «عند متم شتنبر», «في متم السنة الجارية».
  متم: 'END',
};

/** «الماضي/المقبل/الجاري» and their feminine forms. */
export const DEIXIS = `${alt(Object.keys(DEIXIS_WORDS))}${END}`;

export function parseDeixis(word: string | undefined): Deixis | undefined {
  return word === undefined ? undefined : DEIXIS_WORDS[word.trim()];
}

/** How many units a deixis moves from the dateline's: «الماضي» −1, «الجاري» 0, «المقبل» +1. */
export const DEIXIS_STEP: Readonly<Record<Deixis, -1 | 0 | 1>> = { past: -1, current: 0, next: 1 };

/** A Gregorian year in digits, 1000–2199. */
export const YEAR = '(?:1\\d|2[01])\\d{2}(?!\\p{N})';

/** «م» or «ميلادي» after a Gregorian year. */
export const GREGORIAN_MARK = '(?:\\s*م(?![\\p{L}\\p{N}])|\\s+ميلادي(?:ه)?(?![\\p{L}\\p{N}]))';

/** «هـ», «ه», «هجري», «للهجره» after a Hijri year. (The tatweel is a letter to \p{L}, so no END check after it.) */
export const HIJRI_MARK =
  '(?:\\s*هـ+|\\s*ه(?![\\p{L}\\p{N}])|\\s+هجري(?:ه)?(?![\\p{L}\\p{N}])|\\s+للهجره(?![\\p{L}\\p{N}]))';

/** Head words written before a year. */
export const YEAR_HEAD = `${alt(['عام', 'العام', 'سنه', 'السنه', 'عامي'])}${END}`;

/** A day of the month in digits. */
export const DAY_NUMBER = '(?:[12]\\d|3[01]|0?[1-9])(?!\\p{N})';

/** A day of the month: digits, or an ordinal followed by «من» («الأول من يوليو»). */
export const DAY = `(?:${DAY_NUMBER}|${ORDINAL}\\s+من)`;

/** Reads a day written as digits or as «الأول من». */
export function parseDay(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const bare = text.replace(/\s+من$/u, '').trim();
  const n = /^\d+$/.test(bare) ? Number(bare) : parseOrdinal(bare);
  return n !== undefined && n >= 1 && n <= 31 ? n : undefined;
}

/** Words before which a bare year or a bare month name is read as a date: «في 2013», «منذ مارس». */
export const DATE_SIGNAL = alt([
  'في',
  'منذ',
  'حتي',
  'قبل',
  'بعد',
  'خلال',
  'بحلول',
  'مطلع',
  'بدايه',
  'اوائل',
  'منتصف',
  'اواسط',
  'اواخر',
  'نهايه',
  'متم',
  // «في أفق 2030»: by (the horizon of) that year, in Maghrebi usage.
  'افق',
  'الي',
  'من',
  'مع',
  'عن',
  'اعتبارا من',
  'ابتداء من',
  'طيله',
  'طوال',
]);

/** A lookbehind: the match must follow a date signal («في», «منذ»…), itself possibly with clitics («وفي»). */
export const AFTER_SIGNAL = `(?<=(?:^|[^\\p{L}\\p{N}])[وف]?${DATE_SIGNAL}\\s+)`;

/** «day month year» in any combination with at least a month, as the sides of a range are written. */
export const DATE_PARTS = `(?:${DAY}\\s+)?${GREGORIAN_MONTH}(?:\\s*،?\\s*(?:عام\\s+|العام\\s+|سنه\\s+)?${YEAR}(?:${GREGORIAN_MARK})?)?`;

export interface DateFields {
  readonly day?: number;
  readonly month?: number;
  readonly year?: number;
}

const PARTS = new RegExp(
  `^(?:(?<day>${DAY})\\s+)?(?<month>${GREGORIAN_MONTH})(?:\\s*،?\\s*(?:عام\\s+|العام\\s+|سنه\\s+)?(?<year>${YEAR})(?:${GREGORIAN_MARK})?)?$`,
  'u',
);

/** Reads «12 كانون الثاني/يناير 2024», «يونيو», «الأول من يوليو» into fields; undefined when it is not such a phrase. */
export function readDateParts(text: string): DateFields | undefined {
  const m = PARTS.exec(text.trim());
  const groups = m?.groups;
  if (!groups) return undefined;
  const month = parseGregorianMonth(groups.month ?? '');
  if (month === undefined) return undefined;
  const day = groups.day === undefined ? undefined : parseDay(groups.day);
  if (groups.day !== undefined && day === undefined) return undefined;
  return {
    month,
    ...(day !== undefined && { day }),
    ...(groups.year !== undefined && { year: Number(groups.year) }),
  };
}
