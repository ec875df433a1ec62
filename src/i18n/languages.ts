/** The interface languages, each with what the rest of the app needs to know about it. */
export const UI_LANGUAGES = ['ar', 'en', 'zh', 'ru'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export const DEFAULT_LANGUAGE: UiLanguage = 'en';

interface LanguageInfo {
  /** The language's name in itself: a switcher lists each language so its readers find it. */
  readonly endonym: string;
  readonly dir: 'ltr' | 'rtl';
  /**
   * The locale given to Intl. Arabic uses Western digits (ar-u-nu-latn), as the seed
   * article and much of the Arab press do, so dates in the interface match the text.
   * English writes dates day-first ("16–17 September 2021"), as news wires do.
   */
  readonly intl: string;
}

export const LANGUAGES: Readonly<Record<UiLanguage, LanguageInfo>> = {
  ar: { endonym: 'العربية', dir: 'rtl', intl: 'ar-u-nu-latn' },
  en: { endonym: 'English', dir: 'ltr', intl: 'en-GB' },
  zh: { endonym: '中文', dir: 'ltr', intl: 'zh-CN' },
  ru: { endonym: 'Русский', dir: 'ltr', intl: 'ru-RU' },
};

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

/** The first interface language among browser preferences ("ru-RU" → "ru"), if any. */
export function matchLanguage(preferences: readonly string[]): UiLanguage | undefined {
  for (const tag of preferences) {
    const base = tag.toLowerCase().split('-')[0];
    if (isUiLanguage(base)) return base;
  }
  return undefined;
}

export function intlLocale(language: string): string {
  return isUiLanguage(language) ? LANGUAGES[language].intl : language;
}

export function directionOf(language: string): 'ltr' | 'rtl' {
  if (isUiLanguage(language)) return LANGUAGES[language].dir;
  return /^(ar|fa|he|ur|ps|ckb|yi|dv)(-|$)/.test(language) ? 'rtl' : 'ltr';
}
