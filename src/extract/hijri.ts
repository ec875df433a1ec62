/**
 * Hijri dates on the Umm al-Qura calendar (Saudi Arabia's official calendar, the one Gulf
 * papers print), converted through the platform's Intl data ("islamic-umalqura", which ICU
 * tabulates for 1300–1600 AH). Intl only converts Gregorian → Hijri, so a Hijri month is found
 * by probing the days around an arithmetic estimate; each month start is memoized.
 */
import type { DayDate } from '../model/dates';
import { addDays } from './calendar';

export interface HijriDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Years the Umm al-Qura tables cover; outside them Intl silently falls back to arithmetic. */
export const UMM_AL_QURA_YEARS = { first: 1300, last: 1600 } as const;

let formatter: Intl.DateTimeFormat | undefined;

/** The Umm al-Qura date of a Gregorian day. */
export function toHijri(d: DayDate): HijriDay {
  formatter ??= new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
  });
  const date = new Date(0);
  date.setUTCFullYear(d.year, d.month - 1, d.day);
  const parts = formatter.formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

const monthStarts = new Map<string, DayDate | null>();

/** The Gregorian day on which a Hijri month begins, or undefined outside the tables. */
export function hijriMonthStart(year: number, month: number): DayDate | undefined {
  if (year < UMM_AL_QURA_YEARS.first || year > UMM_AL_QURA_YEARS.last || month < 1 || month > 12) {
    return undefined;
  }
  const key = `${year}-${month}`;
  if (!monthStarts.has(key)) monthStarts.set(key, findMonthStart(year, month) ?? null);
  return monthStarts.get(key) ?? undefined;
}

function findMonthStart(year: number, month: number): DayDate | undefined {
  const estimate = estimateMonthStart(year, month);
  // The arithmetic estimate is within two days of Umm al-Qura; search a little wider to be safe.
  for (let distance = 0; distance <= 6; distance++) {
    for (const sign of distance === 0 ? [1] : [-1, 1]) {
      const candidate = addDays(estimate, sign * distance);
      const h = toHijri(candidate);
      if (h.year === year && h.month === month && h.day === 1) return candidate;
    }
  }
  return undefined;
}

/** The tabular (arithmetic) Islamic calendar's first day of a month, as a starting point for the search. */
function estimateMonthStart(year: number, month: number): DayDate {
  const daysSinceEpoch =
    (year - 1) * 354 + Math.floor((3 + 11 * year) / 30) + Math.ceil(29.5 * (month - 1));
  // 1 Muharram 1 AH in the tabular calendar is 16 July 622 (Julian) = 19 July 622 (proleptic Gregorian).
  return addDays({ precision: 'day', year: 622, month: 7, day: 19 }, daysSinceEpoch);
}

/** The Gregorian day of a Hijri date, or undefined when there is no such day (e.g. 30 in a 29-day month). */
export function hijriToGregorian(h: HijriDay): DayDate | undefined {
  const start = hijriMonthStart(h.year, h.month);
  if (!start || h.day < 1 || h.day > 30) return undefined;
  const day = addDays(start, h.day - 1);
  const back = toHijri(day);
  return back.month === h.month && back.year === h.year ? day : undefined;
}

/** The first and last Gregorian days of a Hijri month. */
export function hijriMonthRange(
  year: number,
  month: number,
): { start: DayDate; end: DayDate } | undefined {
  const start = hijriMonthStart(year, month);
  const next = month === 12 ? hijriMonthStart(year + 1, 1) : hijriMonthStart(year, month + 1);
  return start && next ? { start, end: addDays(next, -1) } : undefined;
}

/** The first and last Gregorian days of a Hijri year. */
export function hijriYearRange(year: number): { start: DayDate; end: DayDate } | undefined {
  const start = hijriMonthStart(year, 1);
  const next = hijriMonthStart(year + 1, 1);
  return start && next ? { start, end: addDays(next, -1) } : undefined;
}
