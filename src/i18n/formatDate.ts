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
  return from === to ? format.format(from) : format.formatRange(from, to);
}

const DAY = 86_400_000;
