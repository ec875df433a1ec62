import 'i18next';
import type en from './locales/en.json';

// The English locale is the source of the keys: a key it lacks is a type error.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
