/**
 * The app's i18next instance set up for tests: every locale loaded up front
 * (tests switch languages synchronously), the same formatters and <html> updates
 * as in the app.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { addFormatters } from '../i18n/formatters';
import { LANGUAGES, type UiLanguage } from '../i18n/languages';
import ar from '../i18n/locales/ar.json';
import en from '../i18n/locales/en.json';
import ru from '../i18n/locales/ru.json';
import zh from '../i18n/locales/zh.json';

let ready = false;

export async function initTestI18n(language: UiLanguage = 'en'): Promise<void> {
  if (!ready) {
    i18next.on('languageChanged', (lng) => {
      document.documentElement.lang = lng;
      document.documentElement.dir = LANGUAGES[lng as UiLanguage]?.dir ?? 'ltr';
    });
    await i18next.use(initReactI18next).init({
      lng: language,
      fallbackLng: false,
      resources: { ar: { translation: ar }, en: { translation: en }, zh: { translation: zh }, ru: { translation: ru } },
      interpolation: { escapeValue: false },
      react: { useSuspense: false },
    });
    addFormatters(i18next);
    ready = true;
  }
  await i18next.changeLanguage(language);
}
