/**
 * The whole article, headline first, sentence by sentence. A sentence shows how
 * many events it mentions; choosing it highlights them on the timeline, and the
 * sentences of the selected event are marked here: the link works both ways. A long
 * article is windowed (only the sentences near the visible part are drawn).
 */
import { useDeferredValue, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../model/article';
import { formatPartialDate } from '../i18n/formatDate';
import { isolate } from '../i18n/isolate';
import { fallbackAttributes, pickText } from '../i18n/localize';
import { parseIsoDate } from '../model/dates';
import { revealWithin } from './revealWithin';
import { scrollPanel } from './scrollParent';
import { SentenceItem, type SentenceView } from './SentenceItem';
import { TranslationPicker } from './TranslationPicker';
import { shouldWindow } from './windowing';
import { readerWindow } from './readerWindowCode';

export interface ReaderProps {
  readonly article: Article;
  readonly selectedId: string | undefined;
  readonly sentenceId: string | undefined;
  readonly showTranslation: boolean;
  readonly onShowTranslation: (show: boolean) => void;
  readonly translationLanguage: string | undefined;
  /** Shown when the reader chooses the translation (the Arabic interface). */
  readonly translationChoice: ((language: string) => void) | undefined;
  readonly onSentence: (id: string) => void;
}

export function Reader({
  article,
  selectedId,
  sentenceId,
  showTranslation,
  onShowTranslation,
  translationLanguage,
  translationChoice,
  onSentence,
}: ReaderProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const listRef = useRef<HTMLOListElement>(null);
  const toggleId = useId();
  const selected = selectedId ? article.eventById.get(selectedId) : undefined;
  const evidenceSentences = new Set(selected?.data.evidence.map((e) => e.sentence) ?? []);
  const view: SentenceView = {
    article,
    selectedId,
    sentenceId,
    evidenceSentences,
    showTranslation,
    translationLanguage,
    onSentence,
  };
  // Loaded before a long article is shown (app/bundleSource.ts); drawn whole if it is not.
  const Windowed = shouldWindow(article.sentences.length) ? readerWindow()?.WindowedSentences : undefined;
  const firstEvidence = selected?.data.evidence[0]?.sentence;
  const meta = article.data.article;
  const published = meta.published ? parseIsoDate(meta.published) : undefined;
  const note = pickText(meta.note, language);

  // Bring the selected event's (or chosen) sentence into view within the reader
  // (a windowed list scrolls to it itself).
  const target = sentenceId ?? firstEvidence;
  // The sentences are drawn in a render of their own, just after the first: the timeline,
  // the heart of the view, is painted without waiting for them.
  const listReady = useDeferredValue(true, false);
  // A sentence the address names when the page opens: where the page itself scrolls (a narrow
  // screen's tab), scroll it there, since nothing the reader looks at is pulled away yet.
  const opening = useRef(sentenceId !== undefined);
  useEffect(() => {
    if (!target || !listRef.current) return;
    const element = listRef.current.querySelector(`[data-sentence-id="${CSS.escape(target)}"]`);
    if (!element) return;
    if (opening.current && !scrollPanel(element)) element.scrollIntoView({ block: 'center' });
    else revealWithin(element);
    opening.current = false;
  }, [target, listReady]);

  return (
    <section className="reader" aria-labelledby="reader-heading">
      <header className="reader-header">
        <h2 id="reader-heading">{t('reader.heading')}</h2>
        {article.translationLanguages.length > 0 && (
          <span className="reader-controls">
            <input
              id={toggleId}
              type="checkbox"
              checked={showTranslation}
              onChange={(e) => onShowTranslation(e.target.checked)}
            />
            <label htmlFor={toggleId}>{t('reader.showTranslation')}</label>
            {translationChoice && (
              <TranslationPicker
                languages={article.translationLanguages}
                value={translationLanguage}
                onChange={translationChoice}
              />
            )}
          </span>
        )}
      </header>
      {(meta.publisher || published) && (
        <p className="reader-byline">
          {t('reader.byline', {
            // Isolated: a Latin name would take the Arabic date's day into its own run.
            publisher: isolate(meta.publisher ?? ''),
            date: published && !('error' in published) ? formatPartialDate(published, language) : '',
          })}
          {meta.url && (
            <>
              {' · '}
              <a href={meta.url} target="_blank" rel="noopener noreferrer">
                {t('reader.source')}
              </a>
            </>
          )}
        </p>
      )}
      {note && (
        <details className="reader-provenance">
          <summary>{t('reader.provenance')}</summary>
          <p {...fallbackAttributes(note)}>{note.text}</p>
        </details>
      )}
      {!listReady ? (
        <ol className="reader-sentences" ref={listRef} aria-busy="true" />
      ) : Windowed ? (
        <Windowed view={view} target={target} />
      ) : (
        <ol className="reader-sentences" ref={listRef}>
          {article.sentences.map((sentence) => (
            <SentenceItem key={sentence.id} view={view} sentence={sentence} />
          ))}
        </ol>
      )}
    </section>
  );
}
