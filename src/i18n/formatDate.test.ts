import { describe, expect, it } from 'vitest';
import { mustParseIsoDate as d } from '../model/dates';
import { formatPartialDate, formatSpan } from './formatDate';

describe('formatPartialDate', () => {
  it('writes a year-precision date as the year alone', () => {
    expect(formatPartialDate(d('2022'), 'en')).toBe('2022');
  });

  it('writes a month-precision date as month and year', () => {
    expect(formatPartialDate(d('2021-09'), 'en')).toBe('September 2021');
  });

  it('writes a day in English day-first, as news wires do', () => {
    expect(formatPartialDate(d('2021-09-07'), 'en')).toBe('7 September 2021');
  });

  it('writes Arabic month names with Western digits, like the article', () => {
    expect(formatPartialDate(d('2021-09-07'), 'ar')).toBe('7 سبتمبر 2021');
  });

  it('writes Russian dates in the genitive', () => {
    expect(formatPartialDate(d('2021-09-07'), 'ru')).toMatch(/^7 сентября 2021/);
  });

  it('gives 7 September 2021 as 30 Muharram 1443 in the Umm al-Qura calendar', () => {
    // Umm al-Qura tables: 1 Muharram 1443 = 9 August 2021, so 7 September is its 30th day.
    expect(formatPartialDate(d('2021-09-07'), 'en', 'islamic-umalqura')).toBe('30 Muharram 1443 AH');
    expect(formatPartialDate(d('2021-09-07'), 'ar', 'islamic-umalqura')).toBe('30 محرم 1443 هـ');
  });

  it('names the Hijri era in Russian, where Intl leaves "AH"', () => {
    expect(formatPartialDate(d('2021-09-07'), 'ru', 'islamic-umalqura')).toBe('30 мухаррам 1443 г. х.');
    // A Gregorian year spans two Hijri ones: «гг.», plural.
    expect(formatPartialDate(d('2014'), 'ru', 'islamic-umalqura')).toMatch(/^1435–1436\sгг\.\sх\.$/u);
  });

  it('writes an Arabic «ذو …» month after a day in the genitive, and alone as Intl does', () => {
    // 9 July 2022 is 10 Dhu al-Hijja 1443; the month of July 2022 runs into Muharram 1444.
    expect(formatPartialDate(d('2022-07-09'), 'ar', 'islamic-umalqura')).toBe('10 ذي الحجة 1443 هـ');
    expect(formatPartialDate(d('2022-06-01'), 'ar', 'islamic-umalqura')).toBe('2 ذي القعدة 1443 هـ');
    expect(formatPartialDate(d('2022-07'), 'ar', 'islamic-umalqura')).toMatch(/^ذو الحجة 1443 – محرم 1444 هـ$/u);
  });

  it('gives a Gregorian year in the Hijri calendar as the two Hijri years it spans', () => {
    expect(formatPartialDate(d('2022'), 'en', 'islamic-umalqura')).toMatch(/^1443\s?–\s?1444 AH$/);
  });
});

describe('formatSpan', () => {
  it('shares the month and year of a two-day range', () => {
    // ICU puts thin spaces around the dash in some versions.
    expect(formatSpan(d('2021-09-16'), d('2021-09-17'), 'en')).toMatch(/^16\s?–\s?17 September 2021$/);
  });

  it('writes a range across months with both months', () => {
    expect(formatSpan(d('2021-08-15'), d('2021-09-07'), 'en')).toMatch(/^15 August\s–\s7 September 2021$/);
  });

  it('writes Chinese ranges in words, sharing what both ends share, not as slashed numbers', () => {
    expect(formatSpan(d('2021-09-16'), d('2021-09-17'), 'zh')).toBe('2021年9月16日至17日');
    expect(formatSpan(d('2021-08-15'), d('2021-09-07'), 'zh')).toBe('2021年8月15日至9月7日');
    expect(formatSpan(d('2013-09-07'), d('2021-09-07'), 'zh')).toBe('2013年9月7日至2021年9月7日');
    expect(formatSpan(d('2020-02'), d('2021-09'), 'zh')).toBe('2020年2月至2021年9月');
    expect(formatSpan(d('2021-02'), d('2021-09'), 'zh')).toBe('2021年2月至9月');
    expect(formatSpan(d('2021-09-16'), d('2021-09-17'), 'zh', 'islamic-umalqura')).toBe('伊斯兰历1443年2月9日至10日');
  });
});
