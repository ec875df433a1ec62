/**
 * Words a bundle problem in English without a running UI, for command-line tools
 * and tests. The app itself renders problems through react-i18next.
 */
import { createInstance } from 'i18next';
import type { BundleProblem } from '../model/problems';
import en from './locales/en.json';
import enProblems from './locales/en.problems.json';
import { addFormatters } from './formatters';

const i18n = createInstance();
void i18n.init({ lng: 'en', resources: { en: { translation: { ...en, ...enProblems } } }, initAsync: false, interpolation: { escapeValue: false } });
addFormatters(i18n);

export function describeProblem(p: BundleProblem): string {
  const message = i18n.t(`problem.${p.code}`, { ...p.params });
  return p.path ? `${p.path}: ${message}` : message;
}
