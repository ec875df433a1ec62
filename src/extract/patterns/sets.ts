/**
 * Recurrences: «كل عام», «كل عامين», «كل 4 سنوات», «كل ربع سنة», «كل يوم سبت», «كل جمعة», «سنويا», «يوميا»,
 * «السابع والعشرين من كل شهر», and an event called recurring by its adjective: «اجتماعه السنوي», «عروضا يومية».
 */
import type { Mention } from '../mention';
import { NUMBER, ORDINAL, parseNumber, parseOrdinal } from '../numbers';
import { alt, END, START } from '../regex';
import { COUNTED_UNIT, DUAL_UNIT, parseUnit, SINGULAR_UNIT, type Unit } from '../units';
import { BARE_WEEKDAY, parseWeekday, WEEKDAY } from '../weekdays';
import { PART_OF_DAY_WORD, parsePartOfDay } from './partOfDay';
import { pattern, type Pattern } from './pattern';

const ADVERBS: Readonly<Record<string, Unit>> = {
  سنويا: 'year',
  شهريا: 'month',
  اسبوعيا: 'week',
  يوميا: 'day',
};

/** A quarter or a half of a year, in months: «كل ربع سنة», «توزيعات نصف سنوية». */
const monthsOfPart = (part: string | undefined): number => (part === 'ربع' ? 3 : 6);

const ADJECTIVES: Readonly<Record<string, Unit>> = {
  سنوي: 'year',
  شهري: 'month',
  اسبوعي: 'week',
  يومي: 'day',
};

/**
 * Nouns of things that happen, which an adjective of recurrence makes a set: «اجتماعه السنوي»,
 * «مسيرتهم الأسبوعية», «عروضا يومية», «جائزة سنوية» (given every year), «تقريرها الشهري», «توزيعات ربع
 * سنوية», with at most one word between («تقرير امتثال سنوي», «توزيعات الشركة نصف سنوية»). Only these: after a rate or a total, the same adjective is
 * a measure, not a recurrence («التضخم السنوي», «الإنتاج اليومي»), and after «العطلة» it names the weekend.
 */
const EVENT_NOUN = `(?:ال)?(?:${alt(['اجتماع', 'لقاء', 'مؤتمر', 'مهرجان', 'احتفال', 'معرض', 'عرض', 'عروض', 'تقرير', 'تقارير', 'توزيع'])}(?:ات)?(?:ا|ه|ها|هم|هما)?|${alt(['مسير', 'رحل', 'جلس', 'قم', 'زيار', 'تظاهر', 'مظاهر', 'وقف', 'جائز', 'نشر'])}(?:ه|ات|ت(?:ه|ها|هم|هما)))`;

export const SET_PATTERNS: readonly Pattern[] = [
  pattern(
    'every-unit',
    `${START}كل\\s+(?:(?<dual>${DUAL_UNIT})|(?<number>${NUMBER})\\s+(?<unit>${COUNTED_UNIT})|(?<single>${SINGULAR_UNIT}))`,
    (groups): Mention | undefined => {
      const parsed = parseUnit(groups.dual ?? groups.unit ?? groups.single ?? '');
      const amount =
        groups.dual !== undefined
          ? 2
          : groups.number !== undefined
            ? parseNumber(groups.number)
            : 1;
      return parsed && amount !== undefined
        ? { kind: 'set', amount, unit: parsed.unit }
        : undefined;
    },
  ),
  pattern(
    'every-weekday',
    `${START}كل\\s+(?:يوم\\s+)?(?<weekday>${WEEKDAY}|${BARE_WEEKDAY})`,
    (groups) => {
      const weekday = parseWeekday(groups.weekday ?? '');
      return weekday === undefined ? undefined : { kind: 'set', amount: 1, unit: 'week', weekday };
    },
  ),
  // «كل ربع سنة», «كل نصف عام»: every three or six months.
  pattern('every-part-of-year', `${START}كل\\s+(?<part>ربع|نصف)\\s+(?:سنه|عام)${END}`, (groups): Mention => ({
    kind: 'set',
    amount: monthsOfPart(groups.part),
    unit: 'month',
  })),
  pattern(
    'day-of-every-month',
    `${START}(?:يوم\\s+)?(?<day>${ORDINAL}|[12]\\d(?!\\p{N})|3[01](?!\\p{N})|0?[1-9](?!\\p{N}))\\s+من\\s+كل\\s+شهر${END}`,
    (groups): Mention | undefined => {
      const text = groups.day ?? '';
      const day = /^\d+$/u.test(text) ? Number(text) : parseOrdinal(text);
      return day !== undefined && day >= 1 && day <= 31
        ? { kind: 'set', amount: 1, unit: 'month', dayOfMonth: day }
        : undefined;
    },
  ),
  pattern(
    'recurring-event',
    `(?<=(?:^|[^\\p{L}\\p{N}])[وف]?[بلك]?${EVENT_NOUN}(?:\\s+\\p{L}+)?\\s+)(?:(?<part>ربع|نصف)\\s+)?(?:ال)?(?<adjective>${alt(Object.keys(ADJECTIVES))})(?:ه)?${END}`,
    (groups): Mention | undefined => {
      const unit = ADJECTIVES[groups.adjective ?? ''];
      if (unit === undefined) return undefined;
      // «ربع سنوية», «نصف سنوية»: every three or six months.
      if (groups.part !== undefined)
        return unit === 'year' ? { kind: 'set', amount: monthsOfPart(groups.part), unit: 'month' } : undefined;
      return { kind: 'set', amount: 1, unit };
    },
  ),
  // «كل صباح», «كل مساء», «كل ليلة»: a part of every day.
  pattern('every-part-of-day', `${START}كل\\s+(?<part>${PART_OF_DAY_WORD})${END}`, (groups): Mention | undefined => {
    const part = parsePartOfDay(groups.part ?? '');
    return part && { kind: 'set', amount: 1, unit: 'day', partOfDay: part };
  }),
  pattern('adverb', `${START}(?<adverb>سنويا|شهريا|اسبوعيا|يوميا)${END}`, (groups) => {
    const unit = ADVERBS[groups.adverb ?? ''];
    return unit === undefined ? undefined : { kind: 'set', amount: 1, unit };
  }),
];
