/**
 * Which words of a sentence to mark: the evidence phrases of the given events that
 * point at this sentence, in the original and in one translation.
 */
import type { Article } from '../model/article';

export function sentencePhrases(
  article: Article,
  sentenceId: string,
  eventIds: Iterable<string>,
  translationLanguage: string | undefined,
): { original: string[]; translated: string[] } {
  const original: string[] = [];
  const translated: string[] = [];
  for (const id of eventIds) {
    for (const evidence of article.eventById.get(id)?.data.evidence ?? []) {
      if (evidence.sentence !== sentenceId) continue;
      original.push(evidence.phrase);
      const words = translationLanguage ? evidence.translations?.[translationLanguage] : undefined;
      if (words) translated.push(words);
    }
  }
  return { original, translated };
}
