import { describe, expect, it } from 'vitest';
import { mustParseIsoDate, type DayDate } from '../model/dates';
import { isoWeekValue, isoWeekday, parseDateline } from './calendar';

const day = (iso: string) => mustParseIsoDate(iso) as DayDate;

describe('calendar helpers', () => {
  it('gives ISO weekdays with Sunday as 7', () => {
    expect([isoWeekday(day('2021-09-07')), isoWeekday(day('2021-09-05'))]).toEqual([2, 7]);
  });

  it('numbers ISO weeks across the year boundary', () => {
    expect([
      isoWeekValue(day('2021-09-07')),
      isoWeekValue(day('2021-01-03')),
      isoWeekValue(day('2024-12-30')),
    ]).toEqual(['2021-W36', '2020-W53', '2025-W01']);
  });

  it('refuses a dateline that is not a day', () => {
    expect(parseDateline('2021-09')).toHaveProperty('error');
    expect(parseDateline('2021-02-30')).toHaveProperty('error');
  });
});
