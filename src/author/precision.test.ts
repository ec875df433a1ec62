// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { atPrecision, datesAtPrecision } from './precision';

describe('writing a date at another precision', () => {
  it('drops fields when the precision is coarser', () => {
    expect(atPrecision('2021-09-07', 'month', 'start')).toBe('2021-09');
    expect(atPrecision('2021-09-07', 'year', 'start')).toBe('2021');
    expect(atPrecision('2021-09', 'year', 'end')).toBe('2021');
  });

  it('takes the first month or day for a start and the last for an end', () => {
    expect(atPrecision('2022', 'month', 'start')).toBe('2022-01');
    expect(atPrecision('2022', 'month', 'end')).toBe('2022-12');
    expect(atPrecision('2022', 'day', 'start')).toBe('2022-01-01');
    expect(atPrecision('2024-02', 'day', 'end')).toBe('2024-02-29');
  });

  it('keeps a date already at that precision, and text that is not a date', () => {
    expect(atPrecision('2021-09-07', 'day', 'start')).toBe('2021-09-07');
    expect(atPrecision('2021-13', 'year', 'start')).toBe('2021-13');
    expect(atPrecision('soon', 'day', 'start')).toBe('soon');
  });

  it('keeps a span covering the same time', () => {
    expect(datesAtPrecision({ start: '2015', end: '2020' }, 'month')).toEqual({ start: '2015-01', end: '2020-12' });
    expect(datesAtPrecision({ start: '2021-09-07' }, 'year')).toEqual({ start: '2021' });
  });

  it('takes back the day found in the text when a date is made finer again', () => {
    const found = { start: '2017-06-05' };
    const year = datesAtPrecision(datesAtPrecision(found, 'month', found), 'year', found);
    expect(year).toEqual({ start: '2017' });
    expect(datesAtPrecision(year, 'day', found)).toEqual({ start: '2017-06-05' });
    // A year the author changed is no longer the one found: its first day, as before.
    expect(datesAtPrecision({ start: '2018' }, 'day', found)).toEqual({ start: '2018-01-01' });
    // A span's end takes back its own day.
    const span = { start: '2015-08-04', end: '2015-08-06' };
    expect(datesAtPrecision({ start: '2015', end: '2015' }, 'day', span)).toEqual(span);
  });
});
