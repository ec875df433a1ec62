/**
 * The notes an exported bundle carries ("how the date was read") in every interface
 * language, not only the extractor's English, so a reader of the authored article sees
 * them in their own language like the rest of the interface.
 */
import i18next, { type TFunction } from 'i18next';
import { addFormatters } from '../i18n/formatters';
import { UI_LANGUAGES } from '../i18n/languages';
import { loadPart } from '../i18n/parts';
import type { LocalizedText } from '../model/schema';
import type { Explanation } from './explain';
import { wordExplanation } from './wordExplanation';

/** An explanation worded in every interface language; undefined when there is nothing to say. */
export type NoteWording = (explanation: Explanation) => LocalizedText | undefined;

export function noteWording(wordings: readonly (readonly [language: string, t: TFunction])[]): NoteWording {
  return (explanation) =>
    explanation.length === 0
      ? undefined
      : Object.fromEntries(wordings.map(([language, t]) => [language, wordExplanation(explanation, t, language).join(' ')]));
}

/**
 * Loads the authoring strings of every interface language, each into an i18next instance
 * of its own: added to the app's instance, a language's authoring strings alone would make
 * i18next take that language for loaded and never fetch the rest of its interface.
 */
export async function loadNoteWording(): Promise<NoteWording> {
  const wordings = await Promise.all(
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
  return noteWording(wordings);
}
