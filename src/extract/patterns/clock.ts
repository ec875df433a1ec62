/**
 * Clock times: «الساعة 10:30», «الساعة السابعة مساء», «الساعة الثالثة والنصف عصرا», and, with
 * the part of the day to say it is an hour, «في التاسعة صباحا».
 */
import type { Mention, PartOfDay } from '../mention';
import { ORDINAL, parseOrdinal } from '../numbers';
import { alt, END, START } from '../regex';
import { hourIn } from './partOfDay';
import { pattern, type Groups, type Pattern } from './pattern';

const FRACTIONS: Readonly<Record<string, number>> = {
  والنصف: 30,
  والربع: 15,
  'الا ربع': -15,
  'الا الربع': -15,
};
const FRACTION = `(?:\\s+(?<fraction>${alt(Object.keys(FRACTIONS))})${END})?`;
/** The hours as a clock names them (feminine: «الساعة» is understood), 1 to 12. */
const HOURS: Readonly<Record<string, number>> = {
  الواحده: 1,
  الثانيه: 2,
  الثالثه: 3,
  الرابعه: 4,
  الخامسه: 5,
  السادسه: 6,
  السابعه: 7,
  الثامنه: 8,
  التاسعه: 9,
  العاشره: 10,
  'الحاديه عشره': 11,
  'الثانيه عشره': 12,
};

/** Words that place a time, after which an hour word is an hour. */
const PLACING = ['في', 'عند', 'حتي', 'منذ', 'قبل', 'بعد', 'من', 'الي', 'تمام', 'نحو', 'حوالي', 'قرابه', 'بين'];

/** The part of the day each word after an hour names («الرابعة عصرا»: the afternoon). */
const PERIOD_PARTS: Readonly<Record<string, PartOfDay>> = {
  صباحا: 'MO',
  فجرا: 'MO',
  ظهرا: 'MI',
  عصرا: 'AF',
  'بعد الظهر': 'AF',
  مساء: 'EV',
  مساءا: 'EV',
  ليلا: 'NI',
};
const PERIODS = alt(Object.keys(PERIOD_PARTS));

function readClock(groups: Groups, hour: number | undefined): Mention | undefined {
  let minute = groups.mm !== undefined ? Number(groups.mm) : (FRACTIONS[groups.fraction ?? ''] ?? 0);
  if (hour === undefined || hour > 24 || minute > 59) return undefined;
  const part = PERIOD_PARTS[groups.period ?? ''];
  let h = part === undefined ? hour : hourIn(part, hour);
  if (minute < 0) {
    h -= 1;
    minute += 60;
  }
  return { kind: 'clock', hour: (h + 24) % 24, minute };
}

export const CLOCK_PATTERNS: readonly Pattern[] = [
  pattern(
    'clock',
    `${START}الساعه\\s+(?:(?<hh>\\d{1,2})(?:[:.](?<mm>\\d{2}))?(?!\\p{N})|(?<word>الواحده|${ORDINAL})${FRACTION})(?:\\s+(?<period>${PERIODS})${END})?`,
    (groups) =>
      readClock(
        groups,
        groups.hh !== undefined
          ? Number(groups.hh)
          : groups.word === 'الواحده'
            ? 1
            : parseOrdinal(groups.word ?? ''),
      ),
  ),
  // Without «الساعة» an hour word is an hour only where one is expected: after a word that places
  // a time («في التاسعة صباحا», «حتى الثالثة عصرا») or as the second of two («…والثالثة عصرا»), and
  // with a part of the day; after a noun it is an ordinal («الجلسة الثالثة مساء الأحد»).
  pattern(
    'clock-hour-word',
    `(?<=(?:^|[^\\p{L}\\p{N}])(?:[وف]?(?:${alt(PLACING)})\\s+|و))(?<word>${alt(Object.keys(HOURS))})${FRACTION}\\s+(?<period>${PERIODS})${END}`,
    (groups) => readClock(groups, HOURS[groups.word ?? '']),
  ),
];
