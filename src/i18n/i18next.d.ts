import 'i18next';
import type enAuthor from './locales/en.author.json';
import type en from './locales/en.json';
import type enProblems from './locales/en.problems.json';

// The English locale files are the source of the keys: a key they lack is a type error.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // The reading view's strings and the parts that load with the views that use them (parts.ts).
    resources: { translation: typeof en & typeof enAuthor & typeof enProblems };
  }
}
