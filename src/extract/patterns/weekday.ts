/**
 * Weekdays: «يوم الثلاثاء», «الجمعة الماضي», «يوم الأحد المقبل». «الاثنين» also means «the two»,
 * so alone it needs «يوم», a deictic word, or a part of the day before it («مساء الاثنين»).
 */
import type { Mention } from '../mention';
import { START } from '../regex';
import { parseWeekday, WEEKDAY } from '../weekdays';
import { DEIXIS, parseDeixis } from './parts';
import { PART_OF_DAY_WORD } from './partOfDay';
import { pattern, type Groups, type Pattern } from './pattern';

const MONDAY = 1;

/** Reads a weekday; `contextGiven` when something before it (a part of the day) already says it is a day. */
const readWeekday =
  (contextGiven: boolean) =>
  (groups: Groups, text: string): Mention | undefined => {
    const weekday = parseWeekday(groups.weekday ?? '');
    if (weekday === undefined) return undefined;
    const deixis = parseDeixis(groups.deixis);
    if (weekday === MONDAY && !contextGiven && deixis === undefined && !text.startsWith('يوم'))
      return undefined;
    return { kind: 'weekday', weekday, ...(deixis !== undefined && { deixis }) };
  };

export const WEEKDAY_PATTERNS: readonly Pattern[] = [
  pattern(
    'weekday',
    `${START}(?:يوم\\s+)?(?<weekday>${WEEKDAY})(?:\\s+(?<deixis>${DEIXIS}))?`,
    readWeekday(false),
  ),
  // «ليل الجمعة/السبت»: a night named by the two days it joins is the first one's.
  pattern(
    'weekday-after-part-of-day',
    `(?<=${PART_OF_DAY_WORD}\\s+)(?<weekday>${WEEKDAY})(?:\\s*/\\s*${WEEKDAY})?(?:\\s+(?<deixis>${DEIXIS}))?`,
    readWeekday(true),
  ),
];
