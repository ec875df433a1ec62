import { describe, expect, it } from 'vitest';
import { toIsoString, type DayDate } from '../model/dates';
import { hijriMonthRange, hijriToGregorian, hijriYearRange, toHijri } from './hijri';

const iso = (d: DayDate | undefined) => (d ? toIsoString(d) : undefined);

/*
 * Expected days are checked against Intl (ICU's Umm al-Qura tables) and against a second,
 * independent source: the Saudi-announced dates of public occasions, as reported at the time:
 * Eid al-Fitr 1436 = 1 Shawwal = Friday 17 July 2015 (so 21 Shawwal = 6 August 2015);
 * Islamic New Year 1443 = 1 Muharram = Monday 9 August 2021 (so 30 Muharram = 7 September 2021);
 * 1 Dhu al-Hijja 1442 = Sunday 11 July 2021 (Day of Arafah 19 July, Eid al-Adha 20 July 2021).
 */
describe('Hijri (Umm al-Qura) to Gregorian', () => {
  it('converts 30 Muharram 1443 to 7 September 2021', () => {
    expect(iso(hijriToGregorian({ year: 1443, month: 1, day: 30 }))).toBe('2021-09-07');
  });

  it('converts 21 Shawwal 1436 to 6 August 2015', () => {
    expect(iso(hijriToGregorian({ year: 1436, month: 10, day: 21 }))).toBe('2015-08-06');
  });

  it('gives the first and last days of Dhu al-Hijja 1442', () => {
    const range = hijriMonthRange(1442, 12);
    expect([iso(range?.start), iso(range?.end)]).toEqual(['2021-07-11', '2021-08-08']);
  });

  it('gives the Gregorian span of the year 1443', () => {
    const range = hijriYearRange(1443);
    expect([iso(range?.start), iso(range?.end)]).toEqual(['2021-08-09', '2022-07-29']);
  });

  it('refuses the 30th of a 29-day month', () => {
    expect(hijriToGregorian({ year: 1442, month: 12, day: 30 })).toBeUndefined();
  });

  it('refuses years outside the Umm al-Qura tables', () => {
    expect(hijriToGregorian({ year: 1200, month: 1, day: 1 })).toBeUndefined();
  });

  it('round-trips every month start of a decade', () => {
    for (let year = 1440; year < 1450; year++) {
      for (let month = 1; month <= 12; month++) {
        const day = hijriToGregorian({ year, month, day: 1 });
        expect(day && toHijri(day)).toEqual({ year, month, day: 1 });
      }
    }
  });
});
