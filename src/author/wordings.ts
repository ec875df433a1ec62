/**
 * What Zaman writes into a bundle it proposes, in every interface language, not only the
 * extractor's English: the notes ("how the date was read") and the events' titles, so a
 * reader of the authored article sees them in their own language like the rest of the interface.
 */
import i18next, { type TFunction } from 'i18next';
import { addFormatters } from '../i18n/formatters';
import { UI_LANGUAGES } from '../i18n/languages';
import { loadPart } from '../i18n/parts';
import type { LocalizedText } from '../model/schema';
import { wordDraftTitle, type TitleWording } from './draftTitle';
import type { Explanation } from './explain';
import { wordExplanation } from './wordExplanation';

/** An explanation worded in every interface language; undefined when there is nothing to say. */
export type NoteWording = (explanation: Explanation) => LocalizedText | undefined;

export interface Wordings {
  readonly note: NoteWording;
  readonly title: TitleWording;
}

type LanguageT = readonly [language: string, t: TFunction];

/** A note's sentences as one text: Chinese sets sentences one after the other, with no space after 。. */
export function joinSentences(sentences: readonly string[], language: string): string {
  return sentences.join(language === 'zh' ? '' : ' ');
}

export function wordings(languages: readonly LanguageT[]): Wordings {
  return {
    note: (explanation) =>
      explanation.length === 0
        ? undefined
        : Object.fromEntries(languages.map(([language, t]) => [language, joinSentences(wordExplanation(explanation, t, language), language)])),
    // Arabic keeps the extractor's title: the clause around the date says more than "a date in
    // sentence 3", unless it is the clause of another proposal too (an origin counted back from
    // its anniversary, two dates in one clause).
    title: (title, event) =>
      Object.fromEntries(
        languages.flatMap(([language, t]) => {
          const clauseSays = !title.countedBack && !title.clauseShared;
          const text = language === 'ar' && clauseSays ? undefined : wordDraftTitle(title, event, t, language);
          return text === undefined ? [] : [[language, text]];
        }),
      ),
  };
}

/**
 * Loads the authoring strings of every interface language, each into an i18next instance
 * of its own: added to the app's instance, a language's authoring strings alone would make
 * i18next take that language for loaded and never fetch the rest of its interface.
 */
export async function loadWordings(): Promise<Wordings> {
  const languages = await Promise.all(
    UI_LANGUAGES.map(async (language) => {
      const instance = i18next.createInstance();
      await instance.init({
        lng: language,
        fallbackLng: false,
        resources: { [language]: { translation: await loadPart('author', language) } },
        interpolation: { escapeValue: false },
      });
      addFormatters(instance);
      return [language, instance.getFixedT(language)] as const;
    }),
  );
  return wordings(languages);
}
