/** English wording for explanations. The UI localizes from the structured fields; this is the fallback text. */
import type { PartialDate } from '../model/dates';
import { ENGLISH_MONTHS } from './months';

/** "7 September 2021", "September 2021", "2021". */
export function describeDate(d: PartialDate): string {
  if (d.precision === 'year') return String(d.year);
  const month = ENGLISH_MONTHS[d.month - 1] ?? '?';
  return d.precision === 'month' ? `${month} ${d.year}` : `${d.day} ${month} ${d.year}`;
}

/** "7 September", "September": a date without its year. */
export function describeWithoutYear(month: number, day: number | undefined): string {
  const name = ENGLISH_MONTHS[month - 1] ?? '?';
  return day === undefined ? name : `${day} ${name}`;
}

/** 1st, 2nd, 3rd, 11th, 21st, 30th. */
export function englishOrdinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen
    ? 'th'
    : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** "+ 1", "− 3": a signed step for arithmetic in explanations. */
export function signed(n: number): string {
  return n < 0 ? `− ${-n}` : `+ ${n}`;
}

/** The first letter in upper case, for sentences that start with a generated phrase. */
export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
