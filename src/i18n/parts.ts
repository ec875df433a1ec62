/**
 * Strings only some views need (the authoring view, messages about a broken
 * bundle) live in their own files per language and load with those views, not
 * with the app: the first download carries the reading view's strings only.
 * Once a part is in use, a language switch loads it together with the language.
 */
import i18next from 'i18next';
import { useEffect, useReducer } from 'react';
import { useTranslation } from 'react-i18next';

export type StringPart = 'author' | 'problems';

const LOADERS: Record<StringPart, (language: string) => Promise<object>> = {
  author: (language) => import(`./locales/${language}.author.json`).then((m: { default: object }) => m.default),
  problems: (language) =>
    import(`./locales/${language}.problems.json`).then((m: { default: object }) => m.default),
};

/** One part's strings in one language, without adding them to the app's i18next. */
export function loadPart(part: StringPart, language: string): Promise<object> {
  return LOADERS[part](language);
}

/** A key each part has, to tell whether it is loaded for a language. */
const PROBE: Record<StringPart, string> = { author: 'author.heading', problems: 'problem.missing' };

const inUse = new Set<StringPart>();

/** The parts in use, for a language the app is switching to (see setup.ts). */
export function loadPartsInUse(language: string): Promise<object[]> {
  return Promise.all([...inUse].map((part) => LOADERS[part](language)));
}

function hasPart(part: StringPart, language: string): boolean {
  return i18next.exists(PROBE[part], { lng: language });
}

/** Loads a part of the strings for the current language; true once its strings are there. */
export function useStringPart(part: StringPart): boolean {
  const { i18n } = useTranslation();
  const language = i18n.language;
  const [, loaded] = useReducer((n: number) => n + 1, 0);
  const ready = hasPart(part, language);
  useEffect(() => {
    inUse.add(part);
    if (ready) return;
    let current = true;
    void LOADERS[part](language).then((strings) => {
      i18n.addResourceBundle(language, 'translation', strings, true, false);
      if (current) loaded();
    });
    return () => {
      current = false;
    };
  }, [part, language, ready, i18n]);
  return ready;
}
