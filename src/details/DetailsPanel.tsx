/**
 * The details of what is selected: an event (its date, how the date is known,
 * related events and every sentence that mentions it), a sentence and its events,
 * or a cluster's events. A labelled region, so it can be reached and announced.
 */
import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../model/article';
import type { CalendarId } from '../i18n/formatDate';
import { fallbackAttributes, pickText } from '../i18n/localize';
import { eventTitle } from '../timeline/eventText';
import { DateLine } from './DateLine';
import { EventLink } from './EventLink';
import { EvidenceView } from './EvidenceView';
import { GroundingView } from './GroundingView';
import { RelatedEvents } from './RelatedEvents';
import { sentenceNumber } from '../reader/sentenceNumber';
import { sentencePhrases } from '../reader/sentencePhrases';
import { TranslationNotice } from './TranslationNotice';

export interface DetailsPanelProps {
  readonly article: Article;
  readonly selectedId: string | undefined;
  readonly sentenceId: string | undefined;
  readonly clusterIds: readonly string[] | undefined;
  readonly calendar: CalendarId;
  readonly translationLanguage: string | undefined;
  readonly translationFallback: boolean;
  readonly hrefFor: (id: string) => string;
  readonly onSelect: (id: string | undefined) => void;
  readonly onShowSentence: (id: string) => void;
}

export function DetailsPanel(props: DetailsPanelProps) {
  const { t } = useTranslation();
  const section = useRef<HTMLElement>(null);
  const { onSelect } = props;
  // "Clear selection" goes away with the selection: focus returns to the event's marker on the
  // timeline (or the cluster holding it), or its row in the list, as a dialog gives focus back
  // to what opened it; else it stays here, in the panel, instead of falling to the page.
  const clear = useCallback(
    (id: string) => {
      // The cluster loses its mark with the selection: found while it still has it.
      const holder = document.querySelector<HTMLElement>('[data-zoom-surface] button[data-holds-selection]');
      onSelect(undefined);
      requestAnimationFrame(() => {
        const origin =
          document.querySelector<HTMLElement>(
            `[data-zoom-surface] button[data-event-id="${CSS.escape(id)}"], [data-row-event-id="${CSS.escape(id)}"] a`,
          ) ?? (holder?.isConnected ? holder : null);
        (origin ?? section.current)?.focus({ preventScroll: origin === null });
      });
    },
    [onSelect],
  );
  return (
    <section className="details" data-details="" aria-labelledby="details-heading" ref={section} tabIndex={-1}>
      <h2 id="details-heading" className="visually-hidden">
        {t('details.heading')}
      </h2>
      <DetailsContent {...props} onClear={clear} />
    </section>
  );
}

function DetailsContent({
  onClear,
  article,
  selectedId,
  sentenceId,
  clusterIds,
  calendar,
  translationLanguage,
  translationFallback,
  hrefFor,
  onSelect,
  onShowSentence,
}: DetailsPanelProps & { readonly onClear: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;

  if (selectedId) {
    const event = article.eventById.get(selectedId);
    if (!event) {
      return (
        <p className="notice" role="status">
          {t('details.unknownEvent', { id: selectedId })}
        </p>
      );
    }
    const title = eventTitle(event, language);
    const description = pickText(event.data.description, language);
    const bySentence = new Map<string, { phrases: string[]; translated: string[] }>();
    for (const evidence of event.data.evidence) {
      const entry = bySentence.get(evidence.sentence) ?? { phrases: [], translated: [] };
      entry.phrases.push(evidence.phrase);
      const translated = translationLanguage
        ? evidence.translations?.[translationLanguage]
        : undefined;
      if (translated) entry.translated.push(translated);
      bySentence.set(evidence.sentence, entry);
    }
    return (
      <article className="details-event" data-event-id={event.id} data-category={event.category}>
        <header className="details-header">
          <p className="details-category">{t(`category.${event.category}`)}</p>
          <h3
            className="details-title"
            data-details-title=""
            {...fallbackAttributes(title)}
          >
            {title.text}
          </h3>
          <button
            type="button"
            className="text-button details-clear"
            onClick={() => onClear(event.id)}
          >
            {t('details.clear')}
          </button>
        </header>
        {title.fallback && (
          <TranslationNotice kind="text" wanted={language} shown={title.language} />
        )}
        {description && (
          <p
            className="details-description"
            {...fallbackAttributes(description)}
          >
            {description.text}
          </p>
        )}
        <dl className="details-facts">
          <dt>{t('details.date')}</dt>
          <dd>
            <DateLine event={event} calendar={calendar} />
          </dd>
          <dt>{t('details.known')}</dt>
          <dd>
            <GroundingView event={event} article={article} />
          </dd>
        </dl>
        <RelatedEvents event={event} article={article} hrefFor={hrefFor} onSelect={onSelect} />
        <section className="details-section" aria-labelledby="evidence-heading">
          <h3 id="evidence-heading" className="subheading">
            {t('details.evidence', { count: bySentence.size })}
          </h3>
          {translationFallback && translationLanguage && (
            <TranslationNotice kind="translation" wanted={language} shown={translationLanguage} />
          )}
          {[...bySentence].map(([id, { phrases, translated }]) => (
            <EvidenceView
              key={id}
              article={article}
              sentenceId={id}
              phrases={phrases}
              translatedPhrases={translated}
              translationLanguage={translationLanguage}
              onShowInArticle={onShowSentence}
            />
          ))}
        </section>
      </article>
    );
  }

  if (clusterIds && clusterIds.length > 0) {
    return (
      <div className="details-list">
        <h3 className="details-title">
          {t('details.clusterHeading', { count: clusterIds.length })}
        </h3>
        <EventLinkList ids={clusterIds} article={article} hrefFor={hrefFor} onSelect={onSelect} />
      </div>
    );
  }

  if (sentenceId) {
    const sentence = article.sentenceById.get(sentenceId);
    if (!sentence) {
      return (
        <p className="notice" role="status">
          {t('details.unknownSentence', { id: sentenceId })}
        </p>
      );
    }
    const ids = article.eventsBySentence.get(sentenceId) ?? [];
    const number = sentenceNumber(article, sentenceId);
    const phrases = sentencePhrases(article, sentenceId, ids, translationLanguage);
    return (
      <div className="details-list" data-sentence-id={sentenceId}>
        <h3 className="details-title" data-details-title="">
          {number === undefined ? t('reader.headline') : t('details.sentenceHeading', { number })}
        </h3>
        <EvidenceView
          article={article}
          sentenceId={sentenceId}
          phrases={phrases.original}
          translatedPhrases={phrases.translated}
          translationLanguage={translationLanguage}
          onShowInArticle={onShowSentence}
        />
        <p>{t('details.sentenceEvents', { count: ids.length })}</p>
        <EventLinkList ids={ids} article={article} hrefFor={hrefFor} onSelect={onSelect} />
      </div>
    );
  }

  return <p className="details-empty">{t('details.empty')}</p>;
}

interface EventLinkListProps {
  readonly ids: readonly string[];
  readonly article: Article;
  readonly hrefFor: (id: string) => string;
  readonly onSelect: (id: string) => void;
}

/** Events as a list of links, each selecting its event (a cluster's members, a sentence's events). */
function EventLinkList({ ids, article, hrefFor, onSelect }: EventLinkListProps) {
  return (
    <ul className="related">
      {ids.map((id) => {
        const event = article.eventById.get(id);
        return event ? (
          <li key={id}>
            <EventLink event={event} href={hrefFor(id)} onSelect={onSelect} />
          </li>
        ) : null;
      })}
    </ul>
  );
}
