import { describe, expect, it } from 'vitest';
import { normalizeWord } from './normalize';
import { CARDINAL_WORDS, NUMBER, ORDINAL, parseNumber, parseOrdinal } from './numbers';

const cardinal = (text: string) => parseNumber(normalizeWord(text));
const ordinal = (text: string) => parseOrdinal(normalizeWord(text));
const whole = (source: string) => new RegExp(`^${source}$`, 'u');

describe('parseNumber', () => {
  it('reads Arabic-Indic digits', () => {
    expect(cardinal('٢٠٢١')).toBe(2021);
  });

  it('reads masculine and feminine units', () => {
    expect([cardinal('ثلاثة'), cardinal('ثلاث'), cardinal('ثماني')]).toEqual([3, 3, 8]);
  });

  it('reads teens', () => {
    expect([cardinal('ثمانية عشر'), cardinal('إحدى عشرة'), cardinal('اثنا عشر')]).toEqual([
      18, 11, 12,
    ]);
  });

  it('reads tens in either case ending', () => {
    expect([cardinal('ثلاثون'), cardinal('ثلاثين')]).toEqual([30, 30]);
  });

  it('reads compounds of a unit and tens', () => {
    expect(cardinal('خمسة وعشرون')).toBe(25);
  });

  it('reads a hundred in both spellings', () => {
    expect([cardinal('مئة'), cardinal('مائة')]).toEqual([100, 100]);
  });

  it('rejects words that are not numbers', () => {
    expect(cardinal('سنوات')).toBeUndefined();
  });
});

describe('parseOrdinal', () => {
  it('reads «الـ30» written with digits and a tatweel', () => {
    expect(ordinal('الـ30')).toBe(30);
  });

  it('reads masculine and feminine first', () => {
    expect([ordinal('الأول'), ordinal('الأولى')]).toEqual([1, 1]);
  });

  it('reads feminine compound ordinals', () => {
    expect([
      ordinal('الحادية والعشرين'),
      ordinal('الخامسة والسبعين'),
      ordinal('التاسعة والأربعين'),
    ]).toEqual([21, 75, 49]);
  });

  it('reads feminine teens', () => {
    expect(ordinal('الخامسة عشرة')).toBe(15);
  });

  it('reads tens as ordinals', () => {
    expect([ordinal('الثلاثين'), ordinal('العشرون')]).toEqual([30, 20]);
  });

  it('reads one hundred', () => {
    expect(ordinal('المئة')).toBe(100);
  });

  it('does not read «الحادي» alone', () => {
    expect(ordinal('الحادي')).toBeUndefined();
  });
});

describe('number patterns', () => {
  it('match every ordinal from 1 to 100 in words, masculine and feminine', () => {
    const units = [
      '',
      'الحادي',
      'الثاني',
      'الثالث',
      'الرابع',
      'الخامس',
      'السادس',
      'السابع',
      'الثامن',
      'التاسع',
    ];
    const tens = [
      '',
      '',
      'العشرين',
      'الثلاثين',
      'الأربعين',
      'الخمسين',
      'الستين',
      'السبعين',
      'الثمانين',
      'التسعين',
    ];
    for (let n = 21; n < 100; n++) {
      const u = n % 10;
      const t = Math.floor(n / 10);
      const masculine = u === 0 ? tens[t] : `${units[u]} و${tens[t]}`;
      const feminine = u === 0 ? tens[t] : `${units[u]}ة و${tens[t]}`;
      for (const form of [masculine, feminine]) {
        const text = normalizeWord(form ?? '');
        expect(whole(ORDINAL).test(text), form).toBe(true);
        expect(parseOrdinal(text), form).toBe(n);
      }
    }
  });

  it('match a cardinal in words or digits', () => {
    expect(whole(NUMBER).test(normalizeWord('ثمانية عشر'))).toBe(true);
    expect(whole(NUMBER).test('4.5')).toBe(true);
    expect(whole(CARDINAL_WORDS).test(normalizeWord('سنوات'))).toBe(false);
  });
});
