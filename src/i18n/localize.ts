/**
 * Choosing which language of a bundle's text to show. A bundle may lack the
 * reader's language; then English, then Arabic, then whatever it has, and the
 * caller learns that it fell back so the UI can say so.
 */
import type { LocalizedText } from '../model/schema';
import { directionOf } from './languages';

export interface PickedText {
  readonly text: string;
  /** The language the text is actually in (for lang and dir attributes). */
  readonly language: string;
  /** True when it is not in the language asked for. */
  readonly fallback: boolean;
}

/**
 * The lang and dir of text shown in another language than the interface's (a fallback), so a
 * screen reader voices it in its own language and its punctuation falls at its own end
 * (English in the Arabic interface ends with its full stop on the right, not the left).
 */
export function fallbackAttributes(
  picked: Pick<PickedText, 'language' | 'fallback'> | undefined,
): { lang?: string; dir?: 'ltr' | 'rtl' } {
  return picked?.fallback ? { lang: picked.language, dir: directionOf(picked.language) } : {};
}

export const FALLBACK_ORDER = ['en', 'ar'] as const;

export function pickText(texts: LocalizedText | undefined, language: string): PickedText | undefined {
  if (!texts) return undefined;
  const own = texts[language];
  if (own !== undefined) return { text: own, language, fallback: false };
  for (const candidate of [...FALLBACK_ORDER, ...Object.keys(texts)]) {
    const text = texts[candidate];
    if (text !== undefined) return { text, language: candidate, fallback: true };
  }
  return undefined;
}

/** The translation of the article to show beside it: the asked language if the bundle has it, else English, else the first. */
export function pickTranslation(available: readonly string[], wanted: string): { language: string; fallback: boolean } | undefined {
  if (available.includes(wanted)) return { language: wanted, fallback: false };
  const language = available.includes('en') ? 'en' : available[0];
  return language === undefined ? undefined : { language, fallback: true };
}
