/**
 * Days, weeks, months and years named from the dateline: «اليوم», «أمس», «أول أمس», «غدا»,
 * «بعد غد», «اليوم الثلاثاء», «العام المقبل», «العام قبل الماضي», «هذا الشهر», «الأسبوع الماضي»;
 * and from the date written before them: «اليوم التالي», «العام السابق», «الشهر نفسه».
 */
import type { FollowingUnit, Mention, ShiftUnit } from '../mention';
import { alt, END, START, START_NO_PREPOSITION } from '../regex';
import { parseWeekday, WEEKDAY } from '../weekdays';
import { DEIXIS, DEIXIS_STEP, GREGORIAN_MARK, parseDeixis, YEAR } from './parts';
import { pattern, type Groups, type Pattern } from './pattern';

const UNIT_WORDS: Readonly<Record<string, ShiftUnit>> = {
  العام: 'year',
  السنه: 'year',
  الشهر: 'month',
  الاسبوع: 'week',
};

const DAY_WORDS: Readonly<Record<string, number>> = {
  اليوم: 0,
  امس: -1,
  غدا: 1,
  غد: 1,
  'بعد غد': 2,
  'اول امس': -2,
  'اول من امس': -2,
};

/** «اليوم» is not today in «اليوم الوطني», «اليوم التالي», «في اليوم نفسه»; it is in «اليوم الثلاثاء». */
const TODAY = `اليوم(?!\\s+(?:نفسه|ذاته)${END})(?!\\s+(?!${WEEKDAY})ال\\p{L})${END}`;

function day(amount: number, weekday?: string): Mention {
  const w = weekday === undefined ? undefined : parseWeekday(weekday);
  return { kind: 'shift', unit: 'day', amount, ...(w !== undefined && { weekday: w }) };
}

function readUnitDeixis(groups: Groups): Mention | undefined {
  const unit = UNIT_WORDS[groups.unit ?? ''];
  // «العام السابق» is the year before the date just told (see 'unit-following'), not before the dateline.
  if (groups.beyond === undefined && /^السابقه?$/u.test(groups.deixis ?? '')) return undefined;
  const deixis = parseDeixis(groups.deixis);
  if (unit === undefined || deixis === undefined) return undefined;
  const step = DEIXIS_STEP[deixis];
  // «العام قبل الماضي» is two years back, «العام بعد المقبل» two years ahead.
  const amount = groups.beyond === undefined ? step : step * 2;
  if (
    groups.beyond !== undefined &&
    (deixis === 'current' || (groups.beyond === 'قبل') !== (deixis === 'past'))
  ) {
    return undefined;
  }
  return { kind: 'shift', unit, amount };
}

const FOLLOWING_UNITS: Readonly<Record<string, FollowingUnit>> = {
  اليوم: 'day',
  الاسبوع: 'week',
  الشهر: 'month',
  العام: 'year',
  السنه: 'year',
};

/** After the unit, in either gender (for «السنة»): which way from the date before it. */
const FOLLOWING_WORDS: Readonly<Record<string, -1 | 0 | 1>> = {
  التالي: 1,
  التاليه: 1,
  'الذي يليه': 1,
  'الذي تلاه': 1,
  'التي تليها': 1,
  'التي تلتها': 1,
  السابق: -1,
  السابقه: -1,
  نفسه: 0,
  نفسها: 0,
  ذاته: 0,
  ذاتها: 0,
};

function following(unitWord: string | undefined, amount: number | undefined): Mention | undefined {
  const unit = FOLLOWING_UNITS[unitWord ?? ''];
  return unit === undefined || amount === undefined ? undefined : { kind: 'following', unit, amount };
}

export const RELATIVE_PATTERNS: readonly Pattern[] = [
  pattern('today', `${START}${TODAY}`, () => day(0)),
  pattern('yesterday', `${START_NO_PREPOSITION}امس${END}(?!\\s+الاول${END})`, () => day(-1)),
  pattern('bil-ams', `${START}الامس${END}`, () => day(-1)),
  pattern(
    'day-before-yesterday',
    `${START_NO_PREPOSITION}(?:امس\\s+الاول|اول\\s+(?:من\\s+)?امس)${END}`,
    () => day(-2),
  ),
  pattern('tomorrow', `${START_NO_PREPOSITION}(?:غدا|يوم\\s+غد)${END}`, () => day(1)),
  pattern('day-after-tomorrow', `${START}بعد\\s+غد${END}`, () => day(2)),
  pattern(
    'day-word-weekday',
    `${START}(?<word>${alt(Object.keys(DAY_WORDS))})\\s*،?\\s*(?<weekday>${WEEKDAY})`,
    (groups) => {
      const amount = DAY_WORDS[(groups.word ?? '').replace(/\s+/gu, ' ')];
      return amount === undefined ? undefined : day(amount, groups.weekday);
    },
  ),
  pattern(
    'unit-deixis',
    `${START}(?<unit>${alt(Object.keys(UNIT_WORDS))})\\s+(?:(?<beyond>قبل|بعد)\\s+)?(?<deixis>${DEIXIS})`,
    readUnitDeixis,
  ),
  pattern(
    'unit-following',
    `${START}(?<unit>${alt(Object.keys(FOLLOWING_UNITS))})\\s+(?<which>${alt(Object.keys(FOLLOWING_WORDS))})${END}`,
    (groups) => following(groups.unit, FOLLOWING_WORDS[(groups.which ?? '').replace(/\s+/g, ' ')]),
  ),
  // «في اليوم ذاته من العام الماضي»: that day a year before (or after).
  pattern(
    'same-day-of-year',
    `${START}(?:(?:اليوم|يوم)\\s+(?:نفسه|ذاته)|نفس\\s+اليوم)\\s+من\\s+(?:العام|السنه)\\s+(?<deixis>${DEIXIS})`,
    (groups): Mention | undefined => {
      const deixis = parseDeixis(groups.deixis);
      return deixis === undefined || deixis === 'current'
        ? undefined
        : { kind: 'sameDayOfYear', years: deixis === 'past' ? -1 : 1 };
    },
  ),
  // «في مثل هذا اليوم من عام 1948»: this day of the year, in another year.
  pattern(
    'this-day-in-year',
    `${START}مثل\\s+هذا\\s+اليوم\\s+من\\s+(?:عام|العام|سنه)\\s+(?<year>${YEAR})(?:${GREGORIAN_MARK})?`,
    (groups): Mention => ({ kind: 'thisDayInYear', year: Number(groups.year) }),
  ),
  // «في نفس اليوم»: the same day, said the other way round.
  pattern('same-unit', `${START}نفس\\s+(?<unit>${alt(Object.keys(FOLLOWING_UNITS))})${END}`, (groups) =>
    following(groups.unit, 0),
  ),
  pattern(
    'this-unit',
    `${START}(?:هذا\\s+(?<unit>العام|الشهر|الاسبوع)|هذه\\s+(?<fem>السنه))${END}`,
    (groups) => {
      const unit = UNIT_WORDS[groups.unit ?? groups.fem ?? ''];
      return unit === undefined ? undefined : { kind: 'shift', unit, amount: 0 };
    },
  ),
];
