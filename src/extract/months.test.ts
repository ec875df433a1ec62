import { describe, expect, it } from 'vitest';
import { GREGORIAN_MONTH, parseGregorianMonth, parseHijriMonth } from './months';
import { normalizeWord } from './normalize';

const month = (text: string) => parseGregorianMonth(normalizeWord(text));

describe('parseGregorianMonth', () => {
  it('reads Egyptian and Levantine names of September', () => {
    expect([month('سبتمبر'), month('أيلول')]).toEqual([9, 9]);
  });

  it('reads two-word Levantine names', () => {
    expect([month('كانون الثاني'), month('تشرين الأول')]).toEqual([1, 10]);
  });

  it('reads a pair in parentheses and a pair with a slash', () => {
    expect([month('آب (أغسطس)'), month('فبراير/شباط')]).toEqual([8, 2]);
  });

  it('refuses a pair that names two different months', () => {
    expect(month('أيلول (أكتوبر)')).toBeUndefined();
  });

  it('matches the whole paired phrase as one month', () => {
    const match = new RegExp(GREGORIAN_MONTH, 'u').exec(
      normalizeWord('في 12 كانون الثاني/يناير حتى'),
    );
    expect(match?.[0]).toBe('كانون الثاني/يناير');
  });
});

describe('parseHijriMonth', () => {
  it('reads the genitive «ذي الحجة» and the nominative «ذو الحجة»', () => {
    expect([
      parseHijriMonth(normalizeWord('ذي الحجة')),
      parseHijriMonth(normalizeWord('ذو الحجة')),
    ]).toEqual([12, 12]);
  });

  it('reads «جمادى الأولى»', () => {
    expect(parseHijriMonth(normalizeWord('جمادى الأولى'))).toBe(5);
  });
});
