/**
 * Month names. Gregorian months have three families in Arabic news: the Egyptian/Gulf
 * transliterations (سبتمبر), the Levantine/Iraqi Syriac names (أيلول), and the Maghrebi
 * forms (شتنبر, جوان); papers often pair two («آب (أغسطس)», «فبراير/شباط»).
 * Spellings are normalized (see normalize.ts).
 */
import { bySpelling } from './lexicon';
import { alt, END } from './regex';

/** Spellings of each month, January first: Egyptian/Gulf, Levantine/Iraqi, then Maghrebi. */
const GREGORIAN = bySpelling([
  ['يناير', 'كانون الثاني', 'جانفي'],
  ['فبراير', 'شباط', 'فيفري'],
  ['مارس', 'آذار', 'اذار'],
  ['ابريل', 'نيسان', 'افريل'],
  ['مايو', 'ايار', 'ماي'],
  ['يونيو', 'يونيه', 'حزيران', 'جوان'],
  ['يوليو', 'يوليه', 'تموز', 'يوليوز', 'جويليه'],
  ['اغسطس', 'آب', 'غشت', 'اوت'],
  ['سبتمبر', 'ايلول', 'شتنبر'],
  ['اكتوبر', 'تشرين الاول'],
  ['نوفمبر', 'تشرين الثاني', 'نونبر'],
  ['ديسمبر', 'كانون الاول', 'دجنبر'],
]);

/** Spellings of each Hijri month, Muharram first, with the case forms of «ذو/ذي/ذا». */
const HIJRI = bySpelling([
  ['محرم', 'المحرم'],
  ['صفر'],
  ['ربيع الاول', 'ربيع اول'],
  ['ربيع الثاني', 'ربيع الاخر', 'ربيع الآخر', 'ربيع ثاني'],
  ['جمادي الاولي', 'جمادي الاول'],
  ['جمادي الثانيه', 'جمادي الاخره', 'جمادي الآخره', 'جمادي الثاني'],
  ['رجب'],
  ['شعبان'],
  ['رمضان'],
  ['شوال'],
  ['ذو القعده', 'ذي القعده', 'ذا القعده'],
  ['ذو الحجه', 'ذي الحجه', 'ذا الحجه'],
]);

/** English month names for explanations. */
export const ENGLISH_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Transliterated Hijri month names for explanations. */
export const HIJRI_MONTH_NAMES = [
  'Muharram',
  'Safar',
  'Rabi al-Awwal',
  'Rabi al-Thani',
  'Jumada al-Ula',
  'Jumada al-Akhira',
  'Rajab',
  'Shaban',
  'Ramadan',
  'Shawwal',
  'Dhu al-Qada',
  'Dhu al-Hijja',
] as const;

/** One Gregorian month name. */
export const GREGORIAN_MONTH_NAME = `${alt(Object.keys(GREGORIAN))}${END}`;

/** A Gregorian month, alone or paired with another name for it: «آب (أغسطس)», «فبراير/شباط», «أيلول-سبتمبر». */
export const GREGORIAN_MONTH = `${GREGORIAN_MONTH_NAME}(?:\\s*(?:\\/|-|\\()\\s*${GREGORIAN_MONTH_NAME}(?:\\s*\\))?)?`;

/** One Hijri month name. */
export const HIJRI_MONTH = `${alt(Object.keys(HIJRI))}${END}`;

const lookup = (table: Readonly<Record<string, number>>, name: string): number | undefined =>
  table[name.trim().replace(/\s+/g, ' ')];

/**
 * The month a Gregorian month phrase names: 1–12, or undefined when it is not a month
 * or when a pair names two different months («أيلول (أكتوبر)» is an error, not a date).
 */
export function parseGregorianMonth(phrase: string): number | undefined {
  const [first, second, ...rest] = phrase
    .split(/[/()-]/)
    .map((part) => part.trim())
    .filter(Boolean);
  if (first === undefined || rest.length > 0) return undefined;
  const month = lookup(GREGORIAN, first);
  if (second === undefined) return month;
  return lookup(GREGORIAN, second) === month ? month : undefined;
}

/** Whether a month name needs context to be read as a month: «آب» is also «أب» (father) without its madda, «ماي» and «اوت» are rare words too. */
export function isAmbiguousMonthName(name: string): boolean {
  return ['آب', 'اوت', 'ماي', 'صفر', 'رجب'].includes(name.trim());
}

/** The Hijri month a name stands for, 1–12. */
export function parseHijriMonth(name: string): number | undefined {
  return lookup(HIJRI, name);
}
