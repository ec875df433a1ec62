import { describe, expect, it } from 'vitest';
import {
  addOffset,
  coarserPrecision,
  compareDates,
  daysInMonth,
  isAnniversary,
  isAtLeastAsPrecise,
  mustParseIsoDate,
  parseIsoDate,
  periodEnd,
  periodStart,
  precisionOf,
  sameDate,
  toIsoString,
  truncate,
  type PartialDate,
} from './dates';

const date = (text: string): PartialDate => mustParseIsoDate(text);
/** An instant as an ISO timestamp, so a failure shows a readable date. */
const instant = (ms: number): string => new Date(ms).toISOString();
const iso = (d: PartialDate | undefined): string | undefined => (d ? toIsoString(d) : undefined);

describe('parseIsoDate', () => {
  it('parses a year', () => {
    expect(parseIsoDate('2021')).toEqual({ precision: 'year', year: 2021 });
  });

  it('parses a month', () => {
    expect(parseIsoDate('2021-09')).toEqual({ precision: 'month', year: 2021, month: 9 });
  });

  it('parses a day', () => {
    expect(parseIsoDate('2021-09-07')).toEqual({ precision: 'day', year: 2021, month: 9, day: 7 });
  });

  it('parses a year below 100 as written, not as 19xx', () => {
    expect(parseIsoDate('0050-06-15')).toEqual({ precision: 'day', year: 50, month: 6, day: 15 });
  });

  it.each(['2021-00', '2021-13', '2021-00-10', '2021-13-01'])('refuses the month in %s', (text) => {
    expect(parseIsoDate(text)).toHaveProperty('error');
  });

  it.each(['2021-02-30', '2021-04-31', '2021-01-00', '2021-01-32'])(
    'refuses the day in %s',
    (text) => {
      expect(parseIsoDate(text)).toHaveProperty('error');
    },
  );

  it.each(['2024-02-29', '2000-02-29', '1996-02-29', '0004-02-29'])(
    'accepts 29 February in the leap year of %s',
    (text) => {
      expect(parseIsoDate(text)).toMatchObject({ precision: 'day', month: 2, day: 29 });
    },
  );

  it.each(['2021-02-29', '1900-02-29', '2100-02-29', '0100-02-29'])(
    'refuses 29 February in the common year of %s',
    (text) => {
      expect(parseIsoDate(text)).toHaveProperty('error');
    },
  );

  it('accepts 29 February of year 0, a leap year in the proleptic Gregorian calendar', () => {
    expect(parseIsoDate('0000-02-29')).toEqual({ precision: 'day', year: 0, month: 2, day: 29 });
  });

  it.each([
    '21',
    '20210',
    '2021-9',
    '2021-09-7',
    '2021/09/07',
    ' 2021',
    '2021-09-07T00:00',
    '٢٠٢١',
    '',
  ])('refuses %j, which is not written as YYYY, YYYY-MM or YYYY-MM-DD', (text) => {
    expect(parseIsoDate(text)).toEqual({ error: expect.stringContaining('YYYY') });
  });
});

describe('precisionOf', () => {
  it.each([
    ['2021', 'year'],
    ['2021-09', 'month'],
    ['2021-09-07', 'day'],
  ])('gives %s the precision %s', (text, precision) => {
    expect(precisionOf(text)).toBe(precision);
  });

  it('reads the form only, so an impossible month still has month precision', () => {
    expect(precisionOf('2021-13')).toBe('month');
  });

  it.each(['2021-9', 'September 2021', '٢٠٢١-٠٩'])('has no precision for %j', (text) => {
    expect(precisionOf(text)).toBeUndefined();
  });
});

describe('daysInMonth', () => {
  it.each([
    [2021, 1, 31],
    [2021, 2, 28],
    [2024, 2, 29],
    [2021, 4, 30],
    [2021, 12, 31],
    [0, 2, 29],
    [99, 2, 28],
  ])('gives %i-%i %i days', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });
});

describe('periodStart and periodEnd', () => {
  it('makes a year the whole year, [1 January, next 1 January)', () => {
    const d = date('2021');
    expect([instant(periodStart(d)), instant(periodEnd(d))]).toEqual([
      '2021-01-01T00:00:00.000Z',
      '2022-01-01T00:00:00.000Z',
    ]);
  });

  it('makes a month the whole month', () => {
    const d = date('2021-02');
    expect([instant(periodStart(d)), instant(periodEnd(d))]).toEqual([
      '2021-02-01T00:00:00.000Z',
      '2021-03-01T00:00:00.000Z',
    ]);
  });

  it('ends December at 1 January of the next year', () => {
    const d = date('2021-12');
    expect([instant(periodStart(d)), instant(periodEnd(d))]).toEqual([
      '2021-12-01T00:00:00.000Z',
      '2022-01-01T00:00:00.000Z',
    ]);
  });

  it('makes a day the whole day', () => {
    const d = date('2021-09-07');
    expect([instant(periodStart(d)), instant(periodEnd(d))]).toEqual([
      '2021-09-07T00:00:00.000Z',
      '2021-09-08T00:00:00.000Z',
    ]);
  });

  it('ends 31 December at 1 January of the next year', () => {
    const d = date('2020-12-31');
    expect([instant(periodStart(d)), instant(periodEnd(d))]).toEqual([
      '2020-12-31T00:00:00.000Z',
      '2021-01-01T00:00:00.000Z',
    ]);
  });

  it('ends the last day of February in the month after, in leap and common years', () => {
    expect(instant(periodEnd(date('2024-02-29')))).toBe('2024-03-01T00:00:00.000Z');
    expect(instant(periodEnd(date('2021-02-28')))).toBe('2021-03-01T00:00:00.000Z');
  });

  it('keeps years below 100 as written, not as 19xx', () => {
    expect(instant(periodStart(date('0050')))).toBe('0050-01-01T00:00:00.000Z');
    expect(instant(periodEnd(date('0099')))).toBe('0100-01-01T00:00:00.000Z');
    expect(instant(periodStart(date('0007-03-04')))).toBe('0007-03-04T00:00:00.000Z');
    expect(instant(periodEnd(date('0099-12')))).toBe('0100-01-01T00:00:00.000Z');
  });

  it('does not depend on the local time zone (times are UTC midnight)', () => {
    expect(periodStart(date('2021-06-15')) % 86_400_000).toBe(0);
    expect(periodEnd(date('2021-06')) % 86_400_000).toBe(0);
  });
});

describe('truncate', () => {
  it('reduces a day to its month', () => {
    expect(truncate(date('2021-09-07'), 'month')).toEqual({
      precision: 'month',
      year: 2021,
      month: 9,
    });
  });

  it('reduces a day to its year', () => {
    expect(truncate(date('2021-09-07'), 'year')).toEqual({ precision: 'year', year: 2021 });
  });

  it('reduces a month to its year', () => {
    expect(truncate(date('2021-09'), 'year')).toEqual({ precision: 'year', year: 2021 });
  });

  it('leaves a date unchanged when asked for a finer or equal precision', () => {
    expect(truncate(date('2021'), 'day')).toEqual({ precision: 'year', year: 2021 });
    expect(truncate(date('2021-09'), 'day')).toEqual({ precision: 'month', year: 2021, month: 9 });
    expect(truncate(date('2021-09-07'), 'day')).toEqual(date('2021-09-07'));
  });
});

describe('precision helpers', () => {
  it('ranks day finer than month and month finer than year', () => {
    expect(isAtLeastAsPrecise('day', 'month')).toBe(true);
    expect(isAtLeastAsPrecise('month', 'year')).toBe(true);
    expect(isAtLeastAsPrecise('month', 'month')).toBe(true);
    expect(isAtLeastAsPrecise('year', 'month')).toBe(false);
    expect(isAtLeastAsPrecise('month', 'day')).toBe(false);
  });

  it('picks the coarser of two precisions', () => {
    expect(coarserPrecision('day', 'year')).toBe('year');
    expect(coarserPrecision('month', 'day')).toBe('month');
    expect(coarserPrecision('day', 'day')).toBe('day');
  });
});

describe('toIsoString and sameDate', () => {
  it('writes a date back at its precision, padding the year to four digits', () => {
    expect(['0050', '2021-09', '0007-03-04'].map((t) => toIsoString(date(t)))).toEqual([
      '0050',
      '2021-09',
      '0007-03-04',
    ]);
  });

  it('treats a year and the first day of that year as different dates', () => {
    expect(sameDate(date('2021'), date('2021-01-01'))).toBe(false);
    expect(sameDate(date('2021-01'), date('2021-01'))).toBe(true);
  });
});

describe('compareDates', () => {
  const sorted = (texts: string[]) =>
    texts
      .map(date)
      .sort(compareDates)
      .map((d) => toIsoString(d));

  it('puts the shorter period first when periods start together: 2021-01-01, 2021-01, 2021', () => {
    expect(sorted(['2021', '2021-01', '2021-01-01'])).toEqual(['2021-01-01', '2021-01', '2021']);
  });

  it('orders by start first: 2021 before 2021-03 before 2021-03-05', () => {
    expect(sorted(['2021-03-05', '2021-03', '2021'])).toEqual(['2021', '2021-03', '2021-03-05']);
  });

  it('puts 1 December before the month of December that starts with it', () => {
    expect(sorted(['2021-12', '2021-12-01'])).toEqual(['2021-12-01', '2021-12']);
  });

  it('puts the last day of a year before the next year', () => {
    expect(sorted(['2021', '2020-12-31', '2020'])).toEqual(['2020', '2020-12-31', '2021']);
  });

  it('finds a date equal to itself', () => {
    expect(compareDates(date('2021-09'), date('2021-09'))).toBe(0);
  });

  it('is antisymmetric', () => {
    const a = date('2021');
    const b = date('2021-01');
    expect(Math.sign(compareDates(a, b))).toBe(-Math.sign(compareDates(b, a)));
    expect(compareDates(a, b)).not.toBe(0);
  });
});

describe('addOffset', () => {
  it('moves 29 February by a year to 28 February', () => {
    expect(iso(addOffset(date('2024-02-29'), { years: 1 }))).toBe('2025-02-28');
    expect(iso(addOffset(date('2024-02-29'), { years: -1 }))).toBe('2023-02-28');
  });

  it('keeps 29 February when moving by whole leap cycles', () => {
    expect(iso(addOffset(date('2024-02-29'), { years: 4 }))).toBe('2028-02-29');
  });

  it('moves months across the end of a year', () => {
    expect(iso(addOffset(date('2021-11'), { months: 3 }))).toBe('2022-02');
    expect(iso(addOffset(date('2021-12-15'), { months: 1 }))).toBe('2022-01-15');
  });

  it('moves months backwards across the start of a year', () => {
    expect(iso(addOffset(date('2021-02'), { months: -3 }))).toBe('2020-11');
    expect(iso(addOffset(date('2021-01'), { months: -13 }))).toBe('2019-12');
  });

  it('clamps a day that the target month does not have', () => {
    expect(iso(addOffset(date('2021-01-31'), { months: 1 }))).toBe('2021-02-28');
    expect(iso(addOffset(date('2021-03-31'), { months: -1 }))).toBe('2021-02-28');
  });

  it('moves days across month and year ends, forwards and backwards', () => {
    expect(iso(addOffset(date('2021-12-31'), { days: 1 }))).toBe('2022-01-01');
    expect(iso(addOffset(date('2024-03-01'), { days: -1 }))).toBe('2024-02-29');
    expect(iso(addOffset(date('2021-03-01'), { days: -1 }))).toBe('2021-02-28');
    expect(iso(addOffset(date('2021-09-07'), { days: -365 }))).toBe('2020-09-07');
  });

  it('adds years and months before days', () => {
    expect(iso(addOffset(date('2021-01-31'), { months: 1, days: 1 }))).toBe('2021-03-01');
  });

  it('moves a year by negative years', () => {
    expect(iso(addOffset(date('2021'), { years: -5 }))).toBe('2016');
  });

  it('keeps the precision of the date it moves', () => {
    expect(addOffset(date('2021-09'), { years: 1, months: 2 })).toEqual({
      precision: 'month',
      year: 2022,
      month: 11,
    });
  });

  it('returns the date unchanged for an empty offset', () => {
    expect(addOffset(date('2021-09-07'), {})).toEqual(date('2021-09-07'));
  });

  it('cannot move a month or a year by days', () => {
    expect(addOffset(date('2021-09'), { days: 1 })).toBeUndefined();
    expect(addOffset(date('2021'), { days: 1 })).toBeUndefined();
  });

  it('cannot move a year by months', () => {
    expect(addOffset(date('2021'), { months: 1 })).toBeUndefined();
  });

  it('accepts zero days or months on a coarser date', () => {
    expect(iso(addOffset(date('2021'), { years: 2, months: 0, days: 0 }))).toBe('2023');
    expect(iso(addOffset(date('2021-09'), { years: 1, days: 0 }))).toBe('2022-09');
  });
});

describe('isAnniversary', () => {
  it('matches the same day a whole number of years later', () => {
    expect(isAnniversary(date('2011-09-07'), date('2021-09-07'), 10)).toBe(true);
  });

  it('refuses the wrong number of years', () => {
    expect(isAnniversary(date('2011-09-07'), date('2021-09-07'), 9)).toBe(false);
  });

  it('refuses the day after the anniversary at day precision', () => {
    expect(isAnniversary(date('2011-09-07'), date('2021-09-08'), 10)).toBe(false);
  });

  it('counts 28 February as the anniversary of 29 February in a common year', () => {
    expect(isAnniversary(date('2020-02-29'), date('2021-02-28'), 1)).toBe(true);
    expect(isAnniversary(date('2020-02-29'), date('2021-03-01'), 1)).toBe(false);
  });

  it('compares a year origin with a later day at year precision', () => {
    expect(isAnniversary(date('2011'), date('2021-09-07'), 10)).toBe(true);
    expect(isAnniversary(date('2011'), date('2022-01-01'), 10)).toBe(false);
  });

  it('compares a day origin with a later year at year precision', () => {
    expect(isAnniversary(date('2011-09-07'), date('2021'), 10)).toBe(true);
  });

  it('compares a month origin with a later day at month precision', () => {
    expect(isAnniversary(date('2011-09'), date('2021-09-30'), 10)).toBe(true);
    expect(isAnniversary(date('2011-09'), date('2021-10-01'), 10)).toBe(false);
  });

  it('compares a day origin with a later month at month precision', () => {
    expect(isAnniversary(date('2011-12-31'), date('2021-12'), 10)).toBe(true);
    expect(isAnniversary(date('2011-12-31'), date('2021-11'), 10)).toBe(false);
  });
});
