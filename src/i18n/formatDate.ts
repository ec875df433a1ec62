/**
 * Dates as the reader's language writes them, at the precision the data has:
 * "2022", "September 2021", "16–17 September 2021". Formatters are memoized per
 * locale and options (Intl constructors are slow), and always in UTC, because a
 * bundle's dates are calendar dates, not instants in the reader's time zone.
 */
import { periodEnd, periodStart, type PartialDate, type Precision } from '../model/dates';
import { intlLocale } from './languages';

export type CalendarId = 'gregory' | 'islamic-umalqura';

const OPTIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
};

const cache = new Map<string, Intl.DateTimeFormat>();
/** The same formats by options object (the constant ones), with no key to build. */
const byOptions = new WeakMap<Intl.DateTimeFormatOptions, Map<string, Intl.DateTimeFormat>>();

/** Labels ask for thousands a frame while zooming: found by the options object when it is a constant. */
export function dateFormat(
  language: string,
  options: Intl.DateTimeFormatOptions,
  calendar: CalendarId = 'gregory',
): Intl.DateTimeFormat {
  let forOptions = byOptions.get(options);
  if (!forOptions) byOptions.set(options, (forOptions = new Map()));
  const quick = `${language}|${calendar}`;
  let format = forOptions.get(quick);
  if (format) return format;
  const key = `${quick}|${JSON.stringify(options)}`;
  format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale(language), {
      ...options,
      calendar,
      timeZone: 'UTC',
    });
    cache.set(key, format);
  }
  forOptions.set(quick, format);
  return format;
}

/** A date at its own precision, e.g. "September 2021". */
export function formatPartialDate(
  date: PartialDate,
  language: string,
  calendar: CalendarId = 'gregory',
): string {
  return formatSpan(date, undefined, language, calendar);
}

/**
 * An event's dates: one date, or a range written the way the language shares its
 * parts ("16–17 September 2021"). In the Hijri calendar a Gregorian year or month
 * straddles two Hijri ones, so it is given as the span it covers, never a made-up day.
 */
export function formatSpan(
  start: PartialDate,
  end: PartialDate | undefined,
  language: string,
  calendar: CalendarId = 'gregory',
): string {
  const format = dateFormat(language, OPTIONS[start.precision], calendar);
  const from = periodStart(start);
  const to = calendar === 'gregory' ? periodStart(end ?? start) : periodEnd(end ?? start) - DAY;
  const text = from === to ? format.format(from) : language === 'zh' ? chineseRange(format, from, to) : format.formatRange(from, to);
  return calendar === 'gregory' ? text : hijriWording(text, language);
}

/**
 * Intl's Hijri dates as the languages write them. Intl has no Russian name for the Hijri era
 * and writes "1412 г. AH" ("1435–1436 гг. AH" for years); Russian writes "1412 г. х." (год хиджры). In Arabic a month named
 * «ذو …» follows a day's number in the genitive: «8 ذي الحجة», not Intl's «8 ذو الحجة».
 */
export function hijriWording(text: string, language: string): string {
  if (language === 'ru') return text.replace(/(\s)(гг?)\.(\s)AH/gu, '$1$2.$3х.');
  if (language === 'ar') return text.replace(/(\p{Nd}\s*)ذو(?=\s+(?:القعدة|الحجة))/gu, '$1ذي');
  return text;
}

const DAY = 86_400_000;

/** Date fields from the largest down; a range's end is written from the first that differs. */
const FIELDS: readonly Intl.DateTimeFormatPartTypes[] = ['era', 'year', 'month', 'day'];

/**
 * A Chinese range as CLDR's zh interval patterns write it ("2021年9月16日至17日",
 * "2020年2月至2021年9月"). The ICU data of Node and Chromium has no interval pattern for
 * these Chinese formats, so formatRange falls back to numbers ("2021/9/16 – 2021/9/17")
 * while a single date reads "2021年9月16日". Chinese writes dates largest field first,
 * each number followed by its unit, so the end keeps its parts from the first that differs.
 */
function chineseRange(format: Intl.DateTimeFormat, from: number, to: number): string {
  const a = format.formatToParts(from);
  const b = format.formatToParts(to);
  const value = (parts: readonly Intl.DateTimeFormatPart[], type: Intl.DateTimeFormatPartTypes) =>
    parts.find((part) => part.type === type)?.value;
  const differs = FIELDS.find((type) => value(a, type) !== value(b, type));
  const cut = differs === undefined ? -1 : b.findIndex((part) => part.type === differs);
  const tail = cut < 0 ? b : b.slice(cut);
  return `${format.format(from)}至${tail.map((part) => part.value).join('')}`;
}
