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

/**
 * The hour of the day a 12-hour reading means in a part of the day: «مساء/عصر» are after noon;
 * «ظهر» is noon and the hours just after it («الواحدة ظهرا» = 13:00); «ليل» is evening up to
 * midnight from seven on, and the small hours before that («الحادية عشرة ليلا» = 23:00,
 * «الثانية ليلا» = 02:00); twelve in the morning is midnight.
 */
export function hourIn(part: PartOfDay, hour: number): number {
  if (hour > 12) return hour;
  switch (part) {
    case 'AF':
    case 'EV':
      return hour === 12 ? 12 : hour + 12;
    case 'MI':
      return hour <= 5 ? hour + 12 : hour;
    case 'NI':
      return hour === 12 ? 0 : hour >= 7 ? hour + 12 : hour;
    case 'MO':
      return hour === 12 ? 0 : hour;
  }
}
