import { useTranslation } from 'react-i18next';
import type { Article } from '../model/article';
import { directionOf } from '../i18n/languages';
import { MarkedText } from '../reader/MarkedText';
import { sentenceNumber } from '../reader/sentenceNumber';

interface EvidenceViewProps {
  readonly article: Article;
  readonly sentenceId: string;
  /** Phrases to mark in the original, and per translation language. */
  readonly phrases: readonly string[];
  readonly translatedPhrases: readonly string[];
  /** The translation shown beside the original, if any. */
  readonly translationLanguage: string | undefined;
  readonly onShowInArticle: (sentenceId: string) => void;
}

/** One sentence as evidence: the original with the phrase marked, and the translation with its phrase marked. */
export function EvidenceView({
  article,
  sentenceId,
  phrases,
  translatedPhrases,
  translationLanguage,
  onShowInArticle,
}: EvidenceViewProps) {
  const { t } = useTranslation();
  const sentence = article.sentenceById.get(sentenceId);
  if (!sentence) return null;
  const number = sentenceNumber(article, sentenceId);
  const translation = translationLanguage ? article.data.translations?.[translationLanguage]?.[sentenceId] : undefined;
  return (
    <figure className="evidence" data-sentence-id={sentenceId}>
      <figcaption className="evidence-caption">
        <button type="button" className="link-button" onClick={() => onShowInArticle(sentenceId)}>
          {number === undefined ? t('reader.headline') : t('details.sentence', { number })}
        </button>
      </figcaption>
      <div className="evidence-texts">
        <div className="evidence-text">
          <p className="evidence-label">{t('details.original')}</p>
          <blockquote className="evidence-original" lang={article.language} dir={directionOf(article.language)}>
            <MarkedText text={sentence.text} phrases={phrases} />
          </blockquote>
        </div>
        {article.translationLanguages.length === 0 && <p className="evidence-no-translation">{t('details.noTranslation')}</p>}
        {translation !== undefined && translationLanguage && (
          <div className="evidence-text">
            <p className="evidence-label">{t('details.translation')}</p>
            <blockquote className="evidence-translation" lang={translationLanguage} dir={directionOf(translationLanguage)}>
              <MarkedText text={translation} phrases={translatedPhrases} />
            </blockquote>
          </div>
        )}
      </div>
    </figure>
  );
}
