/**
 * Clock times: «الساعة 10:30», «الساعة السابعة مساء», «الساعة الثالثة والنصف عصرا».
 */
import type { Mention } from '../mention';
import { ORDINAL, parseOrdinal } from '../numbers';
import { alt, END, START } from '../regex';
import { pattern, type Pattern } from './pattern';

const FRACTIONS: Readonly<Record<string, number>> = {
  والنصف: 30,
  والربع: 15,
  'الا ربع': -15,
  'الا الربع': -15,
};
/** Afternoon and evening words move hours 1–11 past noon. */
const AFTER_NOON = new Set(['مساء', 'مساءا', 'عصرا', 'ليلا', 'بعد الظهر']);
const PERIODS = alt(['صباحا', 'مساء', 'مساءا', 'ظهرا', 'عصرا', 'ليلا', 'فجرا', 'بعد الظهر']);

export const CLOCK_PATTERNS: readonly Pattern[] = [
  pattern(
    'clock',
    `${START}الساعه\\s+(?:(?<hh>\\d{1,2})(?:[:.](?<mm>\\d{2}))?(?!\\p{N})|(?<word>الواحده|${ORDINAL})(?:\\s+(?<fraction>${alt(Object.keys(FRACTIONS))})${END})?)(?:\\s+(?<period>${PERIODS})${END})?`,
    (groups): Mention | undefined => {
      const word =
        groups.word === 'الواحده'
          ? 1
          : groups.word === undefined
            ? undefined
            : parseOrdinal(groups.word);
      let hour = groups.hh !== undefined ? Number(groups.hh) : word;
      let minute =
        groups.mm !== undefined ? Number(groups.mm) : (FRACTIONS[groups.fraction ?? ''] ?? 0);
      if (hour === undefined || hour > 24 || minute > 59) return undefined;
      if (minute < 0) {
        hour -= 1;
        minute += 60;
      }
      if (groups.period !== undefined && AFTER_NOON.has(groups.period) && hour < 12) hour += 12;
      return { kind: 'clock', hour: hour % 24, minute };
    },
  ),
];
