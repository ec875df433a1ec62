/**
 * The reader's remembered choices. Storage can be unavailable (private modes,
 * blocked cookies); then nothing is remembered and nothing breaks.
 */
import { DEFAULT_LANGUAGE, isUiLanguage, matchLanguage, type UiLanguage } from '../i18n/languages';
import { parseUrlState, type Calendar } from './urlState';

const LANGUAGE_KEY = 'zaman.language';
const CALENDAR_KEY = 'zaman.calendar';

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Not remembered; the choice still applies to this page.
  }
}

/**
 * The URL's language, else the saved one, else the browser's, else English. The early script
 * (earlyRequest.script.ts) imports it too, to ask for that language's strings with the page.
 */
export function initialLanguage(search: string, saved: string | null, browser: readonly string[]): UiLanguage {
  const fromUrl = parseUrlState(search).lang;
  if (fromUrl) return fromUrl;
  if (isUiLanguage(saved)) return saved;
  return matchLanguage(browser) ?? DEFAULT_LANGUAGE;
}

export const savedLanguage = () => read(LANGUAGE_KEY);
export const saveLanguage = (language: UiLanguage) => write(LANGUAGE_KEY, language);

export function savedCalendar(): Calendar {
  return read(CALENDAR_KEY) === 'hijri' ? 'hijri' : 'gregory';
}
export const saveCalendar = (calendar: Calendar) => write(CALENDAR_KEY, calendar);

const TRANSLATION_KEY = 'zaman.translation';
/** The translation an Arabic-interface reader chose to read beside the original. */
export const savedTranslation = (): string | undefined => read(TRANSLATION_KEY) ?? undefined;
export const saveTranslation = (language: string) => write(TRANSLATION_KEY, language);

const PARALLEL_KEY = 'zaman.parallel';
/** Whether the reader shows each sentence's translation under it (yes, unless turned off). */
export const savedParallel = (): boolean => read(PARALLEL_KEY) !== 'off';
export const saveParallel = (shown: boolean) => write(PARALLEL_KEY, shown ? 'on' : 'off');
