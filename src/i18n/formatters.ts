import type { i18n } from 'i18next';
import type { Precision } from '../model/dates';
import type { ValueKind } from '../model/problems';
import { intlLocale } from './languages';

const numberFormats = new Map<string, Intl.NumberFormat>();

/** Memoized per locale and options, like Plot's format helpers: Intl constructors are slow. */
export function numberFormat(language: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale(language), options);
    numberFormats.set(key, format);
  }
  return format;
}

const plainFormats = new Map<string, Intl.NumberFormat>();

/** Called for every number in every string (thousands while a timeline is laid out): no key to build. */
export function formatNumber(value: number, language: string): string {
  let format = plainFormats.get(language);
  if (!format) {
    format = numberFormat(language);
    plainFormats.set(language, format);
  }
  return format.format(value);
}

/**
 * Formatters the locale files use: `{{n, number}}` with the app's digit choice,
 * `{{size, bytes}}`, and names of value kinds and precisions in the current language.
 */
/** A value without the bidi isolates put around it for display (U+2066–U+2069). */
const unmark = <T extends string>(value: T): T => value.replace(/[\u2066-\u2069]/gu, '') as T;

export function addFormatters(instance: i18n): void {
  const formatter = instance.services.formatter;
  if (!formatter) return;
  formatter.add('number', (value: number, lng) => formatNumber(value, lng ?? 'en'));
  formatter.add('bytes', (value: number, lng) => {
    const megabytes = value / (1024 * 1024);
    return numberFormat(lng ?? 'en', {
      style: 'unit',
      unit: 'megabyte',
      maximumFractionDigits: megabytes < 10 ? 1 : 0,
    }).format(megabytes);
  });
  formatter.add('languageName', (value: string, lng) => languageName(value, lng ?? 'en'));
  // A problem's values come isolated (isolate.ts) for the sentence around them: the word
  // named is looked up without its marks.
  formatter.add('valueKind', (value: ValueKind, lng) => instance.t(`valueKind.${unmark(value)}`, { lng }));
  formatter.add('precisionName', (value: Precision, lng) =>
    instance.t(`precisionName.${unmark(value)}`, { lng }),
  );
}

const displayNames = new Map<string, Intl.DisplayNames>();

/** "zh" as the reader's language names it ("Chinese", "الصينية"); the code itself if Intl does not know it. */
export function languageName(code: string, language: string): string {
  let names = displayNames.get(language);
  if (!names) {
    names = new Intl.DisplayNames(intlLocale(language), { type: 'language', fallback: 'code' });
    displayNames.set(language, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
