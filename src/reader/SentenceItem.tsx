/**
 * One sentence of the reader: its number, the original with the chosen events' words
 * marked, the translation, and how many events it mentions. A button: choosing it
 * highlights those events on the timeline.
 */
import type { CSSProperties, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../model/article';
import { directionOf } from '../i18n/languages';
import { MarkedText } from './MarkedText';
import { sentenceNumber } from './sentenceNumber';
import { sentencePhrases } from './sentencePhrases';

export interface SentenceView {
  readonly article: Article;
  readonly selectedId: string | undefined;
  readonly sentenceId: string | undefined;
  readonly evidenceSentences: ReadonlySet<string>;
  readonly showTranslation: boolean;
  readonly translationLanguage: string | undefined;
  readonly onSentence: (id: string) => void;
}

interface SentenceItemProps {
  readonly view: SentenceView;
  readonly sentence: Article['sentences'][number];
  /** Where a windowed list places and measures the item. */
  readonly itemRef?: Ref<HTMLLIElement>;
  readonly index?: number;
  readonly style?: CSSProperties;
}

export function SentenceItem({ view, sentence, itemRef, index, style }: SentenceItemProps) {
  const { t } = useTranslation();
  const { article, selectedId, sentenceId, translationLanguage } = view;
  const events = article.eventsBySentence.get(sentence.id) ?? [];
  const marked = sentencePhrases(
    article,
    sentence.id,
    selectedId ? [selectedId] : sentenceId === sentence.id ? events : [],
    translationLanguage,
  );
  const translation =
    view.showTranslation && translationLanguage
      ? article.data.translations?.[translationLanguage]?.[sentence.id]
      : undefined;
  const windowed = index !== undefined;
  return (
    <li
      ref={itemRef}
      style={style}
      data-index={index}
      // Only some items of a windowed list are in the DOM; say where each one stands.
      aria-posinset={windowed ? index + 1 : undefined}
      aria-setsize={windowed ? article.sentences.length : undefined}
      data-sentence-id={sentence.id}
      data-headline={sentence.headline || undefined}
      data-evidence={view.evidenceSentences.has(sentence.id) || undefined}
    >
      <button
        type="button"
        className="sentence"
        aria-pressed={sentenceId === sentence.id}
        onClick={() => view.onSentence(sentence.id)}
      >
        <span className="sentence-number">{sentence.headline ? t('reader.headline') : sentenceNumber(article, sentence.id)}</span>
        <span className="sentence-original" lang={article.language} dir={directionOf(article.language)}>
          <MarkedText text={sentence.text} phrases={marked.original} />
        </span>
        {translation !== undefined && translationLanguage && (
          <span className="sentence-translation" lang={translationLanguage} dir={directionOf(translationLanguage)}>
            <MarkedText text={translation} phrases={marked.translated} />
          </span>
        )}
        <span className="sentence-count" data-count={events.length}>
          {t('reader.events', { count: events.length })}
        </span>
      </button>
    </li>
  );
}
