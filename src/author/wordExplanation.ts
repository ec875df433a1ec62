/**
 * Words an explanation (explain.ts) in the reader's language: dates at their precision,
 * Hijri dates on the Umm al-Qura calendar, weekday names and lengths from Intl, years as
 * plain digits.
 */
import type { TFunction } from 'i18next';
import { inCalendarUnits } from '../extract/units';
import { dateFormat, formatSpan, hijriWording } from '../i18n/formatDate';
import { numberFormat } from '../i18n/formatters';
import { periodStart } from '../model/dates';
import type { Explanation, ExplanationPart, ExplanationValue } from './explain';

export function wordExplanation(explanation: Explanation, t: TFunction, language: string): string[] {
  return explanation.map((p) => wordPart(p, t, language));
}

export function wordPart(p: ExplanationPart, t: TFunction, language: string): string {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(p.values)) values[name] = wordValue(value, language);
  if (p.count !== undefined) values['count'] = p.count;
  // Keys come from a closed union, each with its own placeholders; the values are all strings.
  // A sentence ending on a date that ends with its own full stop («5 июня 2017 г.») keeps one.
  return t(p.key, values).replace(/\.\.(?=\s|$)/gu, '.');
}

const HIJRI_OPTIONS: Readonly<Record<'day' | 'month' | 'year', Intl.DateTimeFormatOptions>> = {
  day: { year: 'numeric', month: 'long', day: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  year: { year: 'numeric' },
};

const TIME_OPTIONS: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };

/** A day of each ISO weekday (1 January 2024 was a Monday), to name weekdays through Intl. */
const weekdayInstant = (day: number) => Date.UTC(2024, 0, day);

function wordValue(value: ExplanationValue, language: string): string {
  switch (value.type) {
    case 'year':
      return String(value.year);
    case 'date':
      return formatSpan(value.start, value.end, language);
    case 'hijri':
      return hijriWording(dateFormat(language, HIJRI_OPTIONS[value.fields], 'islamic-umalqura').format(periodStart(value.at)), language);
    case 'weekday':
      return dateFormat(language, { weekday: 'long' }).format(weekdayInstant(value.day));
    case 'length': {
      // Intl has no decades or centuries; they are given in years.
      const { unit, times } = inCalendarUnits(value.unit);
      return numberFormat(language, { style: 'unit', unit, unitDisplay: 'long' }).format(value.amount * times);
    }
    case 'phrase':
      return value.text;
    case 'number':
      return numberFormat(language).format(value.value);
    case 'time':
      return dateFormat(language, TIME_OPTIONS).format(Date.UTC(2000, 0, 1, value.hour, value.minute));
  }
}
