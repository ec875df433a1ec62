/**
 * i18next for the app: one instance, locales loaded on demand (only the active
 * language's strings are in the first download), and <html lang dir> kept in step
 * with the language in this one place.
 */
import i18next from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import { addFormatters } from './formatters';
import { LANGUAGES, UI_LANGUAGES, isUiLanguage, type UiLanguage } from './languages';
import { loadPartsInUse } from './parts';

/** A language's strings: the reading view's, plus any part (parts.ts) a view already uses. */
async function loadLocale(language: string): Promise<object> {
  const [core, parts] = await Promise.all([
    import(`./locales/${language}.json`).then((module: { default: object }) => module.default),
    loadPartsInUse(language),
  ]);
  return Object.assign({}, core, ...parts) as object;
}

function applyDocumentLanguage(language: string): void {
  if (!isUiLanguage(language)) return;
  document.documentElement.lang = language;
  document.documentElement.dir = LANGUAGES[language].dir;
}

export async function initI18n(language: UiLanguage): Promise<typeof i18next> {
  i18next.on('languageChanged', applyDocumentLanguage);
  await i18next
    .use(resourcesToBackend(loadLocale))
    .use(initReactI18next)
    .init({
      lng: language,
      // Missing keys are caught by a test, not papered over with another language's strings.
      fallbackLng: false,
      supportedLngs: UI_LANGUAGES,
      load: 'languageOnly',
      interpolation: { escapeValue: false },
      react: { useSuspense: false },
      // Request the strings now, not from a timer that would run only after the bundle's parse.
      initAsync: false,
    });
  addFormatters(i18next);
  applyDocumentLanguage(language);
  return i18next;
}

/** Starts loading a language's strings before it is chosen (on hover or focus of the switcher). */
export function prefetchLanguage(language: UiLanguage): void {
  void i18next.loadLanguages(language);
}
