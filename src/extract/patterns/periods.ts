/**
 * Periods longer or other than a year: decades («التسعينيات», «ثمانينيات القرن الماضي»),
 * centuries («القرن العشرين»), and quarters and halves of a year («الربع الأخير من عام 2024»,
 * «النصف الثاني من العام المقبل»).
 */
import type { CenturyRef, Mention } from '../mention';
import { CARDINAL_WORDS, ORDINAL, parseNumber, parseOrdinal, TENS_STEMS } from '../numbers';
import { alt, END, START } from '../regex';
import { DEIXIS, DEIXIS_STEP, GREGORIAN_MARK, parseDeixis, POSITION_MODIFIERS, YEAR } from './parts';
import { pattern, type Groups, type Pattern } from './pattern';

const CENTURY_DEIXIS: Readonly<Record<string, 'past' | 'current'>> = {
  الماضي: 'past',
  المنصرم: 'past',
  السابق: 'past',
  الحالي: 'current',
  الجاري: 'current',
};

const CENTURY = `(?<century>${alt(Object.keys(CENTURY_DEIXIS))}${END}|${ORDINAL})`;

function readCentury(text: string | undefined): CenturyRef | undefined {
  if (text === undefined) return undefined;
  const deixis = CENTURY_DEIXIS[text];
  if (deixis !== undefined) return { deixis };
  const ordinal = parseOrdinal(text);
  return ordinal !== undefined && ordinal >= 1 && ordinal <= 30 ? { ordinal } : undefined;
}

function readDecade(groups: Groups): Mention | undefined {
  const tens = TENS_STEMS[groups.stem ?? ''];
  if (tens === undefined) return undefined;
  const century = readCentury(groups.century);
  if (groups.century !== undefined && century === undefined) return undefined;
  return { kind: 'decade', decade: tens / 10, ...(century !== undefined && { century }) };
}

const INDEX: Readonly<Record<string, number>> = { الاول: 1, الثاني: 2, الثالث: 3, الرابع: 4 };

/** The year a quarter or half belongs to: «عام 2024», «العام الماضي», «هذا العام», or just «العام» (this year). */
const YEAR_REFERENCE = `(?:(?:عام|العام|سنه)\\s+)?(?<year>${YEAR})(?:${GREGORIAN_MARK})?|(?:العام|السنه)\\s+(?<deixis>${DEIXIS})|(?:هذا\\s+العام|هذه\\s+السنه|العام|السنه)${END}`;

/** The year a YEAR_REFERENCE names: written, or the dateline's moved by its deixis (none: this year). */
function yearShift(groups: Groups): { year: number } | { yearShift: number } {
  if (groups.year !== undefined) return { year: Number(groups.year) };
  const deixis = parseDeixis(groups.deixis);
  return { yearShift: deixis === undefined ? 0 : DEIXIS_STEP[deixis] };
}

function yearOf(groups: Groups): Mention {
  const which = yearShift(groups);
  return 'year' in which
    ? { kind: 'gregorian', year: which.year }
    : { kind: 'shift', unit: 'year', amount: which.yearShift };
}

/**
 * A year named outright, by its deixis or as «هذا العام», not «العام» alone: after «الفصل», a bare
 * «العام» is as often a school's («الفصل الأول من العام الدراسي», a term).
 */
const NAMED_YEAR_REFERENCE = `(?:(?:عام|العام|سنه)\\s+)?(?<year>${YEAR})(?:${GREGORIAN_MARK})?|(?:العام|السنه)\\s+(?<deixis>${DEIXIS})|(?:هذا\\s+العام|هذه\\s+السنه)${END}`;

/** «الربع» and, in Maghrebi usage, «الفصل» are quarters of a year. */
const unitOf = (word: string | undefined) => (word === 'النصف' ? 'half' : 'quarter');

function readYearPart(groups: Groups): Mention | undefined {
  const unit = unitOf(groups.unit);
  // A half without its year is too often a match's («النصف الأول»); a quarter is a company's.
  if (groups.bare !== undefined && unit === 'half') return undefined;
  const last = unit === 'quarter' ? 4 : 2;
  const index = groups.index === 'الاخير' ? last : INDEX[groups.index ?? ''];
  if (index === undefined || index > last) return undefined;
  return { kind: 'yearPart', unit, index, year: yearOf(groups) };
}

/** «الأشهر التسعة الأولى من 2024» (January to September), «الأشهر الثلاثة الأخيرة من العام الماضي». */
function readMonthsOfYear(groups: Groups): Mention | undefined {
  const count = parseNumber((groups.count ?? '').replace(/^ال/u, ''));
  if (count === undefined || !Number.isInteger(count) || count < 1 || count > 12) return undefined;
  const [first, last] = groups.which === 'الاولي' ? [1, count] : [13 - count, 12];
  const year = yearShift(groups);
  return {
    kind: 'range',
    from: { kind: 'gregorian', month: first, ...year },
    to: { kind: 'gregorian', month: last, ...year },
  };
}

export const PERIOD_PATTERNS: readonly Pattern[] = [
  pattern(
    'decade',
    `${START}(?:عقد\\s+)?(?:ال)?(?<stem>${alt(Object.keys(TENS_STEMS))})ين(?:ي)?ات${END}(?:\\s+(?:من\\s+)?القرن\\s+${CENTURY})?`,
    readDecade,
  ),
  // «خلال العقد الحالي», «منتصف العقد المقبل»: the calendar decade of the dateline, or one beside it.
  pattern('decade-deixis', `${START}العقد\\s+(?<deixis>${DEIXIS})`, (groups): Mention | undefined => {
    const deixis = parseDeixis(groups.deixis);
    return deixis && { kind: 'decadeShift', amount: DEIXIS_STEP[deixis] };
  }),
  pattern('century', `${START}القرن\\s+${CENTURY}`, (groups) => {
    const century = readCentury(groups.century);
    return century && { kind: 'century', century };
  }),
  // Without its year («الربع الثالث»), a quarter is the dateline's; but not one «من» something else.
  pattern(
    'year-part',
    `${START}(?<unit>الربع|النصف)\\s+(?<index>الاول|الثاني|الثالث|الرابع|الاخير)(?:\\s+من\\s+(?:${YEAR_REFERENCE})|(?<bare>${END})(?!\\s+من${END}))`,
    readYearPart,
  ),
  // «الفصل الثاني من سنة 2025»: Maghrebi business prose names a quarter «الفصل» (also a school term
  // or a season, so only with a year named after it).
  pattern(
    'maghrebi-quarter',
    `${START}(?<unit>الفصل)\\s+(?<index>الاول|الثاني|الثالث|الرابع|الاخير)\\s+من\\s+(?:${NAMED_YEAR_REFERENCE})`,
    readYearPart,
  ),
  pattern(
    'maghrebi-same-quarter',
    `${START}(?<unit>الفصل)\\s+(?:المماثل|نفسه|ذاته)\\s+من\\s+(?:${NAMED_YEAR_REFERENCE})`,
    (groups): Mention => ({ kind: 'sameYearPart', unit: 'quarter', year: yearOf(groups) }),
  ),
  // «الربع المماثل من العام السابق»: the quarter (or half) of the one told before, in another year.
  pattern(
    'same-year-part',
    `${START}(?<unit>الربع|النصف)\\s+(?:المماثل|نفسه|ذاته)\\s+من\\s+(?:${YEAR_REFERENCE})`,
    (groups): Mention => ({ kind: 'sameYearPart', unit: unitOf(groups.unit), year: yearOf(groups) }),
  ),
  pattern(
    'months-of-year',
    `${START}(?:الاشهر|الشهور)\\s+(?<count>(?:ال)?${CARDINAL_WORDS}|\\d{1,2}(?!\\p{N}))\\s+(?<which>الاولي|الاخيره)\\s+من\\s+(?:${YEAR_REFERENCE})`,
    readMonthsOfYear,
  ),
  // «منذ بداية العام», «بحلول نهاية العام»: the year alone is this year, after a position word
  // (combine.ts takes the word in); elsewhere «العام» is "general" («الرأي العام»). Not before
  // a word that makes it another year («نهاية العام الدراسي»), but «إلى» (normalized «الي») may follow.
  pattern(
    'modified-bare-year',
    `(?<=(?:^|[^\\p{L}\\p{N}])[وف]?[بلك]?${alt(Object.keys(POSITION_MODIFIERS))}\\s+)(?:العام|السنه)${END}(?!\\s+(?:(?!(?:الي|التي|الذي)${END})ال\\p{L}|\\p{N}))`,
    (): Mention => ({ kind: 'shift', unit: 'year', amount: 0 }),
  ),
  // «حتى نهاية الأسبوع»: the week alone after a position word is the dateline's week (its end, the weekend).
  pattern(
    'modified-bare-week',
    `(?<=(?:^|[^\\p{L}\\p{N}])[وف]?[بلك]?${alt(Object.keys(POSITION_MODIFIERS))}\\s+)الاسبوع${END}(?!\\s+(?:(?!(?:الي|التي|الذي)${END})ال\\p{L}|\\p{N}))`,
    (): Mention => ({ kind: 'shift', unit: 'week', amount: 0 }),
  ),
];
