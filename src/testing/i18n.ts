/**
 * The app's i18next instance set up for tests: every locale loaded up front
 * (tests switch languages synchronously), the same formatters and <html> updates
 * as in the app.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { addFormatters } from '../i18n/formatters';
import { LANGUAGES, type UiLanguage } from '../i18n/languages';
import arAuthor from '../i18n/locales/ar.author.json';
import ar from '../i18n/locales/ar.json';
import arProblems from '../i18n/locales/ar.problems.json';
import enAuthor from '../i18n/locales/en.author.json';
import en from '../i18n/locales/en.json';
import enProblems from '../i18n/locales/en.problems.json';
import ruAuthor from '../i18n/locales/ru.author.json';
import ru from '../i18n/locales/ru.json';
import ruProblems from '../i18n/locales/ru.problems.json';
import zhAuthor from '../i18n/locales/zh.author.json';
import zh from '../i18n/locales/zh.json';
import zhProblems from '../i18n/locales/zh.problems.json';

/** Every language with all its parts, as the app has them once loaded. */
const ALL = {
  ar: { ...ar, ...arAuthor, ...arProblems },
  en: { ...en, ...enAuthor, ...enProblems },
  zh: { ...zh, ...zhAuthor, ...zhProblems },
  ru: { ...ru, ...ruAuthor, ...ruProblems },
};

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
      resources: {
        ar: { translation: ALL.ar },
        en: { translation: ALL.en },
        zh: { translation: ALL.zh },
        ru: { translation: ALL.ru },
      },
      interpolation: { escapeValue: false },
      react: { useSuspense: false },
    });
    addFormatters(i18next);
    ready = true;
  }
  await i18next.changeLanguage(language);
}
