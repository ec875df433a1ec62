import { describe, expect, it } from 'vitest';
import { mustParseIsoDate, toIsoString, type DayDate } from '../model/dates';
import { normalizeWord } from './normalize';
import { parseWeekday, resolveWeekday } from './weekdays';

const day = (iso: string) => mustParseIsoDate(iso) as DayDate;
const TUESDAY = 2;
const FRIDAY = 5;

describe('resolveWeekday', () => {
  it('resolves a weekday naming the anchor itself to the anchor', () => {
    expect(toIsoString(resolveWeekday(day('2021-09-07'), TUESDAY, 'on-or-before'))).toBe(
      '2021-09-07',
    );
  });

  it('resolves a bare weekday to the most recent one before the anchor', () => {
    expect(toIsoString(resolveWeekday(day('2021-09-07'), FRIDAY, 'on-or-before'))).toBe(
      '2021-09-03',
    );
  });

  it('resolves «الماضي» on the same weekday to a week earlier', () => {
    expect(toIsoString(resolveWeekday(day('2021-09-07'), TUESDAY, 'before'))).toBe('2021-08-31');
  });

  it('resolves «المقبل» on the same weekday to a week later', () => {
    expect(toIsoString(resolveWeekday(day('2021-09-07'), TUESDAY, 'after'))).toBe('2021-09-14');
  });

  it('crosses a year boundary', () => {
    expect(toIsoString(resolveWeekday(day('2021-01-01'), TUESDAY, 'on-or-before'))).toBe(
      '2020-12-29',
    );
  });
});

describe('parseWeekday', () => {
  it('reads «الأربعاء» with or without the hamza', () => {
    expect([
      parseWeekday(normalizeWord('الأربعاء')),
      parseWeekday(normalizeWord('الاربعاء')),
    ]).toEqual([3, 3]);
  });
});
