/**
 * Periods longer or other than a year: decades («التسعينيات», «ثمانينيات القرن الماضي»),
 * centuries («القرن العشرين»), and quarters and halves of a year («الربع الأخير من عام 2024»,
 * «النصف الثاني من العام المقبل»).
 */
import type { CenturyRef, Mention } from '../mention';
import { ORDINAL, parseOrdinal, TENS_STEMS } from '../numbers';
import { alt, END, START } from '../regex';
import { DEIXIS, GREGORIAN_MARK, parseDeixis, YEAR } from './parts';
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

function readYearPart(groups: Groups): Mention | undefined {
  const unit = groups.unit === 'الربع' ? 'quarter' : 'half';
  const last = unit === 'quarter' ? 4 : 2;
  const index = groups.index === 'الاخير' ? last : INDEX[groups.index ?? ''];
  if (index === undefined || index > last) return undefined;
  const deixis = parseDeixis(groups.deixis);
  const year: Mention =
    groups.year !== undefined
      ? { kind: 'gregorian', year: Number(groups.year) }
      : {
          kind: 'shift',
          unit: 'year',
          amount: deixis === undefined ? 0 : { past: -1, next: 1, current: 0 }[deixis],
        };
  return { kind: 'yearPart', unit, index, year };
}

export const PERIOD_PATTERNS: readonly Pattern[] = [
  pattern(
    'decade',
    `${START}(?:عقد\\s+)?(?:ال)?(?<stem>${alt(Object.keys(TENS_STEMS))})ين(?:ي)?ات${END}(?:\\s+(?:من\\s+)?القرن\\s+${CENTURY})?`,
    readDecade,
  ),
  pattern('century', `${START}القرن\\s+${CENTURY}`, (groups) => {
    const century = readCentury(groups.century);
    return century && { kind: 'century', century };
  }),
  pattern(
    'year-part',
    `${START}(?<unit>الربع|النصف)\\s+(?<index>الاول|الثاني|الثالث|الرابع|الاخير)\\s+من\\s+(?:${YEAR_REFERENCE})`,
    readYearPart,
  ),
];
