// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { mustParseIsoDate } from '../model/dates';
import type { GroundingData } from '../model/schema';
import { countFrom } from '../model/dates';
import { reconcileGrounding } from './grounding';

const DATELINE = mustParseIsoDate('2021-09-07');
/** «العام المقبل»: the dateline plus one year. */
const nextYear: GroundingData = {
  kind: 'relative',
  phrase: 'العام المقبل',
  sentence: 's3',
  anchor: 'dateline',
  offset: { years: 1 },
};

describe('counting from an anchor', () => {
  it('lands at the precision asked for', () => {
    expect(countFrom(DATELINE, { years: 1 }, 'year')).toBe('2022');
    expect(countFrom(DATELINE, { days: -1 }, 'day')).toBe('2021-09-06');
  });

  it('cannot give a day from a year', () => {
    expect(countFrom(mustParseIsoDate('2022'), { years: -30 }, 'day')).toBeUndefined();
  });
});

describe('keeping a relative grounding consistent with edited dates', () => {
  it('keeps it while the date is the one the phrase gives', () => {
    expect(reconcileGrounding(nextYear, '2022', 'year', DATELINE)).toBe(nextYear);
  });

  it('keeps it when the date is only made coarser', () => {
    const yesterday: GroundingData = { ...nextYear, phrase: 'أمس', offset: { days: -1 } };
    expect(reconcileGrounding(yesterday, '2021-09', 'month', DATELINE)).toBe(yesterday);
  });

  it('makes the date stated when the author moves it', () => {
    expect(reconcileGrounding(nextYear, '2023', 'year', DATELINE)).toEqual({ kind: 'stated' });
  });

  it('makes the date stated when it is made finer than the phrase gives', () => {
    expect(reconcileGrounding(nextYear, '2022-01', 'month', DATELINE)).toEqual({ kind: 'stated' });
  });

  it('makes the date stated when the anchor is gone (its event was removed)', () => {
    const fromEvent: GroundingData = { ...nextYear, anchor: { event: 's3-t1' }, offset: { years: -30 } };
    expect(reconcileGrounding(fromEvent, '1992', 'year', undefined)).toEqual({ kind: 'stated' });
  });

  it('leaves it alone while the start is not a date yet (the loader reports that)', () => {
    expect(reconcileGrounding(nextYear, '20', 'year', DATELINE)).toBe(nextYear);
  });

  it('leaves stated and background groundings as they are', () => {
    expect(reconcileGrounding({ kind: 'stated' }, '1999', 'year', DATELINE)).toEqual({ kind: 'stated' });
    expect(reconcileGrounding({ kind: 'background' }, '1999', 'year', undefined)).toEqual({ kind: 'background' });
  });
});
