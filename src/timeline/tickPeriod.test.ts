import { describe, expect, it } from 'vitest';
import { formatSpan } from '../i18n/formatDate';
import { tickPeriod } from './tickPeriod';

describe('the period a tick stands for', () => {
  it('is the tick’s year, month or day, never a day of a coarser tick', () => {
    expect(tickPeriod(Date.UTC(2021, 0, 1), 'year')).toEqual({ precision: 'year', year: 2021 });
    expect(tickPeriod(Date.UTC(2021, 8, 1), 'month')).toEqual({ precision: 'month', year: 2021, month: 9 });
    expect(tickPeriod(Date.UTC(2021, 8, 7), 'day')).toEqual({ precision: 'day', year: 2021, month: 9, day: 7 });
  });

  it('reads in the Hijri calendar as the Hijri dates it covers', () => {
    // 7 September 2021 is 30 Muharram 1443 (Umm al-Qura); 2021 runs from Jumada I 1442 into 1443.
    const day = formatSpan(tickPeriod(Date.UTC(2021, 8, 7), 'day'), undefined, 'en', 'islamic-umalqura');
    expect(day).toMatch(/30 Muharram 1443/);
    const year = formatSpan(tickPeriod(Date.UTC(2021, 0, 1), 'year'), undefined, 'en', 'islamic-umalqura');
    expect(year).toMatch(/1442.*1443/);
  });
});
