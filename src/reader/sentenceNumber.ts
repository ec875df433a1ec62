import type { Article } from '../model/article';

/** A sentence's number as the reader shows it: the headline has none, paragraphs count from 1. */
export function sentenceNumber(article: Article, id: string): number | undefined {
  const sentence = article.sentenceById.get(id);
  if (!sentence || sentence.headline) return undefined;
  return article.sentences.filter((s) => !s.headline).indexOf(sentence) + 1;
}
