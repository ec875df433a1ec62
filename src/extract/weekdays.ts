/**
 * Weekday names and the arithmetic that places a named weekday against the dateline.
 * Weekdays are ISO numbers: Monday 1 … Sunday 7.
 */
import type { DayDate } from '../model/dates';
import { addDays, isoWeekday } from './calendar';
import { bySpelling } from './lexicon';
import { alt, END } from './regex';

/** Spellings of each weekday, Monday (ISO 1) first. */
const WEEKDAYS = bySpelling([
  ['الاثنين', 'الاتنين', 'اثنين'],
  ['الثلاثاء', 'ثلاثاء'],
  ['الاربعاء', 'اربعاء'],
  ['الخميس', 'خميس'],
  ['الجمعه', 'جمعه'],
  ['السبت', 'سبت'],
  ['الاحد', 'احد'],
]);

export const ENGLISH_WEEKDAYS = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const;

/** A weekday with the article: «الثلاثاء». */
export const WEEKDAY = `${alt(Object.keys(WEEKDAYS).filter((w) => w.startsWith('ال')))}${END}`;

/** A weekday without the article, as after «كل يوم»: «سبت». */
export const BARE_WEEKDAY = `${alt(Object.keys(WEEKDAYS).filter((w) => !w.startsWith('ال')))}${END}`;

/** The ISO weekday a name stands for. */
export function parseWeekday(name: string): number | undefined {
  return WEEKDAYS[name.trim()];
}

/** Which occurrence of a weekday: the latest on or before the anchor, the latest strictly before, the first strictly after, or the first on or after. */
export type WeekdayDirection = 'on-or-before' | 'before' | 'after' | 'on-or-after';

/** Days to add to the anchor to reach the weekday in the given direction (≤ 0 for the past, > 0 for the future). */
export function weekdayOffset(
  anchor: DayDate,
  weekday: number,
  direction: WeekdayDirection,
): number {
  const back = (isoWeekday(anchor) - weekday + 7) % 7;
  if (direction === 'on-or-before') return -back;
  if (direction === 'before') return back === 0 ? -7 : -back;
  const ahead = (weekday - isoWeekday(anchor) + 7) % 7;
  if (direction === 'on-or-after') return ahead;
  return ahead === 0 ? 7 : ahead;
}

/** The day a weekday names relative to an anchor. */
export function resolveWeekday(
  anchor: DayDate,
  weekday: number,
  direction: WeekdayDirection,
): DayDate {
  return addDays(anchor, weekdayOffset(anchor, weekday, direction));
}
