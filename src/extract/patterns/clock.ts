/**
 * Clock times: «الساعة 10:30», «الساعة السابعة مساء», «الساعة الثالثة والنصف عصرا», and, with
 * the part of the day to say it is an hour, «في التاسعة صباحا».
 */
import type { Mention } from '../mention';
import { ORDINAL, parseOrdinal } from '../numbers';
import { alt, END, START } from '../regex';
import { pattern, type Groups, type Pattern } from './pattern';

const FRACTIONS: Readonly<Record<string, number>> = {
  والنصف: 30,
  والربع: 15,
  'الا ربع': -15,
  'الا الربع': -15,
};
const FRACTION = `(?:\\s+(?<fraction>${alt(Object.keys(FRACTIONS))})${END})?`;
const PERIODS = alt(['صباحا', 'مساء', 'مساءا', 'ظهرا', 'عصرا', 'ليلا', 'فجرا', 'بعد الظهر']);
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

/**
 * The hour of the day a 12-hour reading means with its part of the day: «مساء/عصرا/بعد الظهر»
 * are after noon; «ظهرا» is noon and the hours just after it («الواحدة ظهرا» = 13:00);
 * «ليلا» is evening up to midnight from seven on, and the small hours before that
 * («الحادية عشرة ليلا» = 23:00, «الثانية ليلا» = 02:00).
 */
function dayHour(hour: number, period: string | undefined): number {
  if (hour > 12 || period === undefined) return hour;
  switch (period) {
    case 'مساء':
    case 'مساءا':
    case 'عصرا':
    case 'بعد الظهر':
      return hour === 12 ? 12 : hour + 12;
    case 'ظهرا':
      return hour <= 5 ? hour + 12 : hour;
    case 'ليلا':
      return hour === 12 ? 0 : hour >= 7 ? hour + 12 : hour;
    default:
      return hour === 12 && period === 'صباحا' ? 0 : hour;
  }
}

function readClock(groups: Groups, hour: number | undefined): Mention | undefined {
  let minute = groups.mm !== undefined ? Number(groups.mm) : (FRACTIONS[groups.fraction ?? ''] ?? 0);
  if (hour === undefined || hour > 24 || minute > 59) return undefined;
  let h = dayHour(hour, groups.period);
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
