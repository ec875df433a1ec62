/**
 * Arabic numbers as news writes them: digits (Western or Arabic-Indic, already unified by
 * normalize.ts), cardinal words and ordinal words from 1 to 100, masculine and feminine,
 * in any case ending («ثلاثون/ثلاثين»). Spellings here are normalized (ة→ه, أ→ا, ى→ي).
 */
import { bySpelling } from './lexicon';
import { alt, END, S, words } from './regex';

/** Cardinal units 1–9, masculine and feminine, with the construct forms of 1 and 2 used in 11 and 12. */
const UNITS = bySpelling([
  ['واحد', 'واحده', 'احد', 'احدي'],
  ['اثنان', 'اثنين', 'اثنتان', 'اثنتين', 'اثنا', 'اثني', 'اثنتا', 'اثنتي'],
  ['ثلاث', 'ثلاثه'],
  ['اربع', 'اربعه'],
  ['خمس', 'خمسه'],
  ['ست', 'سته'],
  ['سبع', 'سبعه'],
  ['ثمان', 'ثماني', 'ثمانيه'],
  ['تسع', 'تسعه'],
]);

const TEN: Readonly<Record<string, number>> = { عشر: 10, عشره: 10 };

/** The tens as stems: the cardinal adds ون/ين, the decade adds يات («التسعينيات»). */
export const TENS_STEMS: Readonly<Record<string, number>> = Object.fromEntries(
  ['عشر', 'ثلاث', 'اربع', 'خمس', 'ست', 'سبع', 'ثمان', 'تسع'].map((stem, i) => [stem, 10 * (i + 2)]),
);

const TENS: Readonly<Record<string, number>> = Object.fromEntries(
  Object.entries(TENS_STEMS).flatMap(([stem, n]) => [
    [`${stem}ون`, n],
    [`${stem}ين`, n],
  ]),
);

const HUNDRED: Readonly<Record<string, number>> = { مئه: 100, مائه: 100 };

/** Masculine and feminine ordinals 1–10; «الحادي/الحاديه» only occur in compounds (11, 21…). */
const ORDINAL_UNITS = bySpelling([
  ['الاول', 'الاولي', 'الحادي', 'الحاديه'],
  ['الثاني', 'الثانيه'],
  ['الثالث', 'الثالثه'],
  ['الرابع', 'الرابعه'],
  ['الخامس', 'الخامسه'],
  ['السادس', 'السادسه'],
  ['السابع', 'السابعه'],
  ['الثامن', 'الثامنه'],
  ['التاسع', 'التاسعه'],
  ['العاشر', 'العاشره'],
]);

const definite = (table: Readonly<Record<string, number>>): Record<string, number> =>
  Object.fromEntries(Object.entries(table).map(([w, n]) => [`ال${w}`, n]));

const ORDINAL_TENS = definite(TENS);
const ORDINAL_HUNDRED = definite(HUNDRED);

const UNIT_WORD = alt(Object.keys(UNITS));
const TEN_WORD = alt(Object.keys(TEN));
const TENS_WORD = alt(Object.keys(TENS));
const ORDINAL_UNIT_WORD = alt(Object.keys(ORDINAL_UNITS));
const ORDINAL_TENS_WORD = alt(Object.keys(ORDINAL_TENS));

/** A cardinal from 1 to 100 in words: «ثلاثه», «ثمانيه عشر», «خمسه وعشرون», «مئه». */
export const CARDINAL_WORDS = `(?:${UNIT_WORD}${S}${TEN_WORD}|${UNIT_WORD}${S}و${TENS_WORD}|${TENS_WORD}|${alt(Object.keys(HUNDRED))}|${TEN_WORD}|${UNIT_WORD})${END}`;

/** A number in digits (a decimal point allowed) or in words. */
export const NUMBER = `(?:\\d+(?:\\.\\d+)?(?!\\p{N})|${CARDINAL_WORDS})`;

/**
 * An ordinal from 1 to 100 with the article, masculine or feminine: «الثلاثين», «الحاديه والعشرين»,
 * «الخامسه عشره», or written with digits «الـ30», «ال 30».
 */
export const ORDINAL = `(?:ال[ـ]*\\s?\\d{1,3}(?!\\p{N})|(?:${ORDINAL_UNIT_WORD}${S}(?:${TEN_WORD}|و${ORDINAL_TENS_WORD})|${ORDINAL_TENS_WORD}|${alt(Object.keys(ORDINAL_HUNDRED))}|${ORDINAL_UNIT_WORD})${END})`;

/** The value of a cardinal written in words or digits, or undefined when it is not one. */
export function parseNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  const [first, second, ...rest] = words(trimmed);
  if (first === undefined || rest.length > 0) return undefined;
  if (second === undefined) return UNITS[first] ?? TEN[first] ?? TENS[first] ?? HUNDRED[first];
  const unit = UNITS[first];
  if (unit === undefined) return undefined;
  if (TEN[second] !== undefined) return 10 + unit;
  const tens = second.startsWith('و') ? TENS[second.slice(1)] : undefined;
  return tens === undefined ? undefined : tens + unit;
}

/** The value of an ordinal («الخامسه والسبعين» → 75, «الـ30» → 30), or undefined. */
export function parseOrdinal(text: string): number | undefined {
  const trimmed = text.trim();
  const digits = /^ال[ـ]*\s?(\d{1,3})$/.exec(trimmed);
  if (digits) return Number(digits[1]);
  const [first, second, ...rest] = words(trimmed);
  if (first === undefined || rest.length > 0) return undefined;
  if (second === undefined) {
    // «الحادي» alone is not an ordinal in news usage; it only starts 11, 21, 31…
    if (first === 'الحادي' || first === 'الحاديه') return undefined;
    return ORDINAL_UNITS[first] ?? ORDINAL_TENS[first] ?? ORDINAL_HUNDRED[first];
  }
  const unit = ORDINAL_UNITS[first];
  if (unit === undefined || unit === 10) return undefined;
  if (TEN[second] !== undefined) return 10 + unit;
  const tens = second.startsWith('و') ? ORDINAL_TENS[second.slice(1)] : undefined;
  return tens === undefined ? undefined : tens + unit;
}
