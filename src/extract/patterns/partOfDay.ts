/**
 * Parts of the day written before a day: «مساء أمس», «صباح اليوم», «مساء السبت».
 * They are not patterns of their own: extract.ts widens a day expression over them.
 */
import type { PartOfDay } from '../mention';
import { alt } from '../regex';

const PARTS: Readonly<Record<string, PartOfDay>> = {
  صباح: 'MO',
  فجر: 'MO',
  ضحي: 'MO',
  ظهر: 'MI',
  عصر: 'AF',
  مساء: 'EV',
  ليل: 'NI',
  ليله: 'NI',
};

export const PART_OF_DAY_WORD = alt(Object.keys(PARTS));

/** A part-of-day word ending where a day expression starts; a clitic before it («ومساء») stays outside. */
export const PART_OF_DAY_BEFORE = new RegExp(
  `(?<=(?:^|[^\\p{L}\\p{N}])[وف]?)(?<part>${PART_OF_DAY_WORD})\\s+$`,
  'u',
);

export function parsePartOfDay(word: string): PartOfDay | undefined {
  return PARTS[word];
}
