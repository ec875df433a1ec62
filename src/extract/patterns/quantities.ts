/**
 * Lengths of time and points counted from the dateline with them:
 * «ثلاث سنوات ونصف», «يومين», «48 ساعة», «يوم واحد» (durations);
 * «قبل عامين», «منذ 3 سنوات», «بعد نحو ثمانية عشر شهرا» (points);
 * «الأشهر الثلاثة الماضية», «الأسابيع الماضية», «العامين الماضيين» (durations up to the dateline).
 */
import type { FollowingUnit, Mention } from '../mention';
import { GREGORIAN_MONTH, HIJRI_MONTH } from '../months';
import { CARDINAL_WORDS, NUMBER, parseNumber } from '../numbers';
import { alt, END, START } from '../regex';
import {
  inCalendarUnits,
  COUNTED_UNIT,
  DEFINITE_DUAL_UNIT,
  DEFINITE_PLURAL_UNIT,
  DUAL_UNIT,
  PLURAL_UNIT,
  PLURAL_UNIT_STEM,
  parseUnit,
  SINGULAR_UNIT,
  type Unit,
} from '../units';
import { BARE_WEEKDAY, WEEKDAY } from '../weekdays';
import { pattern, type Groups, type Pattern } from './pattern';

/**
 * An amount of a unit. Groups: number+unit, dual, one («يوم واحد»), fraction+fractionOf («نصف ساعة»,
 * «ربع قرن»), thousands+thousandsOf («ألف عام», «ألفي عام»), oneAndHalf («عام ونصف»), half («… ونصف»).
 */
const QUANTITY =
  `(?:(?<number>${NUMBER})\\s+(?<unit>${COUNTED_UNIT})|(?<dual>${DUAL_UNIT})|(?<one>${SINGULAR_UNIT})\\s+(?:واحد|واحده)${END}` +
  `|(?<fraction>نصف|ربع)\\s+(?<fractionOf>${SINGULAR_UNIT})|(?<thousands>الف|الفي|الفا)\\s+(?<thousandsOf>عام|سنه)${END}` +
  `|(?<oneAndHalf>${SINGULAR_UNIT})(?=\\s+ونصف${END}))(?<half>\\s+ونصف${END})?`;

const FRACTIONS: Readonly<Record<string, number>> = { نصف: 0.5, ربع: 0.25 };

/** Words of approximation that may stand between «قبل/بعد» and the amount. */
const ABOUT = alt([
  'نحو',
  'حوالي',
  'قرابه',
  'زهاء',
  'ما يقرب من',
  'اكثر من',
  'اقل من',
  'ما يزيد عن',
  'ما يزيد علي',
]);

/**
 * What may not follow a counted point: a digit («قبل عام 2010» is a year), «من/على» (counted from an
 * event: «بعد أسبوعين من إعلان»), or a noun the unit is in construct with («قبل شهر رمضان», «بعد يوم الانتخابات»).
 */
const NOT_A_POINT = `(?!\\s*\\d)(?!\\s+(?:من|علي)${END})(?!\\s+(?:${GREGORIAN_MONTH}|${HIJRI_MONTH}|${WEEKDAY}|${BARE_WEEKDAY}|ال))`;

const BACK_WORDS = alt([
  'الماضيه',
  'الاخيره',
  'المنصرمه',
  'الفائته',
  'السابقه',
  'الماضي',
  'الاخير',
]);
const AHEAD_WORDS = alt(['المقبله', 'القادمه', 'المقبل', 'القادم']);
const DUAL_BACK = alt(['الماضيين', 'الاخيرين', 'المنصرمين', 'الفائتين', 'السابقين']);
const DUAL_AHEAD = alt(['المقبلين', 'القادمين']);

/** The amount and unit a QUANTITY match stands for. */
export function readQuantity(groups: Groups): { amount: number; unit: Unit } | undefined {
  const half = groups.half === undefined ? 0 : 0.5;
  const form =
    groups.unit ?? groups.dual ?? groups.one ?? groups.fractionOf ?? groups.thousandsOf ?? groups.oneAndHalf;
  const parsed = form === undefined ? undefined : parseUnit(form);
  if (!parsed) return undefined;
  let amount: number | undefined;
  if (groups.number !== undefined) amount = parseNumber(groups.number);
  else if (groups.dual !== undefined) amount = 2;
  else if (groups.fraction !== undefined) amount = FRACTIONS[groups.fraction];
  else if (groups.thousands !== undefined) amount = groups.thousands === 'الف' ? 1000 : 2000;
  else amount = 1;
  if (amount === undefined || amount <= 0) return undefined;
  return inWholeYears(amount + half, parsed.unit);
}

/** «ربع قرن», «عقد ونصف»: a part of a century or decade is a whole number of years (P25Y, not P0.25CE). */
function inWholeYears(amount: number, unit: Unit): { amount: number; unit: Unit } {
  if (Number.isInteger(amount) || (unit !== 'century' && unit !== 'decade')) return { amount, unit };
  return { amount: amount * inCalendarUnits(unit).times, unit: 'year' };
}

function readCounted(groups: Groups): Mention | undefined {
  const quantity = groups.bare === undefined ? readQuantity(groups) : readBare(groups.bare);
  if (!quantity) return undefined;
  const sign = groups.direction === 'بعد' ? 1 : -1;
  return {
    kind: 'counted',
    amount: sign * quantity.amount,
    unit: quantity.unit,
    ...(groups.about !== undefined && { about: true as const }),
  };
}

/** The units a length counted from the date told before can be in: not hours or minutes. */
const isFollowingUnit = (unit: Unit): unit is FollowingUnit =>
  unit === 'year' || unit === 'month' || unit === 'week' || unit === 'day';

/** «بعد ذلك بعامين», «قبلها بثلاثة أيام», «بعدها بعقد»: a whole number of units from the date told before. */
function readFromThat(groups: Groups): Mention | undefined {
  const quantity = groups.bare === undefined ? readQuantity(groups) : readBare(groups.bare);
  if (!quantity || !Number.isInteger(quantity.amount)) return undefined;
  const { unit, times } = inCalendarUnits(quantity.unit);
  if (!isFollowingUnit(unit)) return undefined;
  const sign = groups.direction?.startsWith('بعد') ? 1 : -1;
  return { kind: 'following', unit, amount: sign * quantity.amount * times };
}

function readBare(form: string): { amount: number; unit: Unit } | undefined {
  const parsed = parseUnit(form);
  return parsed && { amount: 1, unit: parsed.unit };
}

function readSpanToNow(groups: Groups): Mention | undefined {
  const parsed = parseUnit(groups.unit ?? '');
  if (!parsed) return undefined;
  if (parsed.dual) return { kind: 'duration', amount: 2, unit: parsed.unit };
  // «الثلاثة», «الـ48»: the article (and a tatweel after it) is not part of the number.
  const count = groups.count?.replace(/^الـ*\s?/u, '');
  const amount = count === undefined ? undefined : parseNumber(count);
  if (count !== undefined && amount === undefined) return undefined;
  return { kind: 'duration', unit: parsed.unit, ...(amount !== undefined && { amount }) };
}

export const QUANTITY_PATTERNS: readonly Pattern[] = [
  pattern('duration', `${START}${QUANTITY}`, (groups) => {
    const quantity = readQuantity(groups);
    return quantity && { kind: 'duration', ...quantity };
  }),
  pattern(
    'counted-from-dateline',
    `${START}(?<direction>قبل|منذ|بعد)\\s+(?:(?<about>${ABOUT})\\s+)?(?:${QUANTITY}|(?<bare>${SINGULAR_UNIT}))${NOT_A_POINT}`,
    readCounted,
  ),
  // «بعد أشهر من أعمال التوسعة», «بعد أسبوع من إعلانها»: a length counted from an event, so only the
  // length (as with «بعد أسبوعين من إعلان…»), uncounted or one. Not alone: «أشهر» is also "most
  // famous", and a bare «أسبوع» is a word for the week as much as a length.
  pattern(
    'length-from-event',
    `(?<=(?:^|[^\\p{L}\\p{N}])[وف]?(?:بعد|قبل|منذ)\\s+)(?:(?<unit>${PLURAL_UNIT})|(?<one>${SINGULAR_UNIT}))(?=\\s+من${END})`,
    (groups) => {
      const parsed = parseUnit(groups.unit ?? groups.one ?? '');
      if (!parsed) return undefined;
      return { kind: 'duration', unit: parsed.unit, ...(groups.one !== undefined && { amount: 1 }) };
    },
  ),
  // «لتستقر بعد أشهر في…», «قبل وفاته بأسابيع», «قبلها بأيام»: some units after an event, a length the
  // text does not count. Not «أشهر» before a definite noun: «بعد أشهر المعارك» is "the most famous".
  pattern(
    'uncounted-length',
    `(?:(?<=(?:^|[^\\p{L}\\p{N}])[وف]?بعد\\s+)|(?<=(?:^|[^\\p{L}\\p{N}])[وف]?(?:قبل|بعد)(?:ه|ها|هم|هما)?(?:\\s+\\p{L}+)?\\s+ب))(?<unit>${PLURAL_UNIT})(?!\\s+(?:من|علي)${END})(?!\\s+ال)`,
    (groups) => {
      const parsed = parseUnit(groups.unit ?? '');
      return parsed && { kind: 'duration', unit: parsed.unit };
    },
  ),
  // «عام كامل», «أسبوعا كاملا»: one whole unit, a length.
  pattern('whole-unit', `${START}(?<one>${SINGULAR_UNIT})\\s+(?:كامل|كاملا|كامله)${END}`, (groups) => {
    const parsed = parseUnit(groups.one ?? '');
    return parsed && { kind: 'duration', unit: parsed.unit, amount: 1 };
  }),
  // «سنواته العشر الأخيرة», «أيامها الثلاثة الأولى»: a length of someone's units.
  pattern(
    'possessed-span',
    `${START}(?<unit>${PLURAL_UNIT_STEM})(?:ه|ها|هم|هما)\\s+(?<count>(?:ال)?${CARDINAL_WORDS})\\s+(?:الاخيره|الاولي)${END}`,
    (groups) => {
      const parsed = parseUnit(groups.unit ?? '');
      const amount = parseNumber((groups.count ?? '').replace(/^ال/u, ''));
      return parsed && amount !== undefined ? { kind: 'duration', unit: parsed.unit, amount } : undefined;
    },
  ),
  // «لمدة شهر», «طوال عام»: one unit, a length; not a unit in construct («لمدة شهر رمضان»).
  pattern(
    'length-of-one',
    `(?<=(?:^|[^\\p{L}\\p{N}])[وف]?(?:لمده|مده|طوال|طيله|بنحو|بحوالي|بقرابه)\\s+)(?<one>${SINGULAR_UNIT})${END}(?!\\s*\\d)(?!\\s+(?:${GREGORIAN_MONTH}|${HIJRI_MONTH}|${WEEKDAY}|${BARE_WEEKDAY}|ال|واحد))`,
    (groups) => {
      const parsed = parseUnit(groups.one ?? '');
      return parsed && { kind: 'duration', unit: parsed.unit, amount: 1 };
    },
  ),
  pattern(
    'counted-from-that',
    `${START}(?:(?<direction>بعد|قبل)\\s+(?:ذلك|ذالك|هذا)|(?<direction2>بعدها|قبلها|بعده|قبله))\\s+ب(?:${QUANTITY}|(?<bare>${SINGULAR_UNIT}))`,
    (groups) => readFromThat({ ...groups, direction: groups.direction ?? groups.direction2 }),
  ),
  pattern(
    'span-to-dateline',
    `${START}(?<unit>${DEFINITE_PLURAL_UNIT})(?:\\s+(?<count>(?:ال)?${CARDINAL_WORDS}|(?:ال[ـ]*\\s?)?\\d+(?!\\p{N})))?(?:\\s+القليله)?\\s+(?:${BACK_WORDS}|${AHEAD_WORDS})${END}`,
    readSpanToNow,
  ),
  // «الأشهر الستة الأولى من اشتراكها»: the first units of something, a length (of a year, «… من 2024»,
  // it is a span of months: periods.ts, whose longer match wins).
  pattern(
    'first-units',
    `${START}(?<unit>${DEFINITE_PLURAL_UNIT})\\s+(?<count>(?:ال)?${CARDINAL_WORDS}|\\d+(?!\\p{N}))\\s+الاولي${END}`,
    readSpanToNow,
  ),
  pattern(
    'dual-span-to-dateline',
    `${START}(?<unit>${DEFINITE_DUAL_UNIT})\\s+(?:${DUAL_BACK}|${DUAL_AHEAD})${END}`,
    readSpanToNow,
  ),
];
