/**
 * The article's views side by side: the timeline (or its list), the details of
 * what is selected, and the reader. Wide screens show all three; narrow ones put
 * the reader in a tab and turn the timeline upright.
 */
import { lazy, Suspense, useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DetailsPanel } from '../details/DetailsPanel';
import type { CalendarId } from '../i18n/formatDate';
import { pickTranslation } from '../i18n/localize';
import type { Article } from '../model/article';
import { Reader } from '../reader/Reader';
import { buildLaneIndexes } from '../timeline/layout/laneIndex';
import type { TimeWindow } from '../timeline/layout/zoom';
import { prefersReducedMotion } from '../timeline/motion';
import { TimelineView } from '../timeline/TimelineView';
import { paramsFromWindow, showsAll, windowFromParams } from './timeWindowParams';
import { hrefForEvent, type UrlState } from './urlState';
import type { Navigate } from './useUrlState';
import { useLastInput } from './useLastInput';
import { useMediaQuery } from './useMediaQuery';
import { savedCalendar, savedParallel, saveParallel, savedTranslation, saveTranslation } from './preferences';

const EventList = lazy(() => import('../timeline/EventList'));

interface WorkspaceProps {
  readonly article: Article;
  readonly url: UrlState;
  readonly navigate: Navigate;
}

export function Workspace({ article, url, navigate }: WorkspaceProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const wide = useMediaQuery('(min-width: 900px)');
  const narrow = useMediaQuery('(max-width: 600px)');
  // A link to a sentence (and no event) was shared from the reader: where tabs are, open on it.
  const [tab, setTab] = useState<Tab>(() => (url.sentence && !url.event ? 'article' : 'timeline'));
  const [clusterIds, setClusterIds] = useState<readonly string[] | undefined>(undefined);
  const [revealKey, setRevealKey] = useState<string | undefined>(undefined);
  const [showTranslation, setShowTranslation] = useState(savedParallel);
  const [chosenTranslation, setChosenTranslation] = useState<string | undefined>(savedTranslation);

  const lanes = useMemo(() => buildLaneIndexes(article.events, article.categories), [article]);
  // As in the header's switch: the URL's calendar, else the one the reader chose before.
  const calendar: CalendarId =
    (url.calendar ?? savedCalendar()) === 'hijri' ? 'islamic-umalqura' : 'gregory';
  const selectedId = url.event;
  const sentenceId = url.sentence;

  // Beside the Arabic: the interface language's translation, or in the Arabic interface the reader's pick (English by default).
  // A shared link's pick comes first, so the link shows what its sender saw.
  const wanted =
    language === article.language ? (url.translation ?? chosenTranslation ?? 'en') : language;
  const translation = pickTranslation(article.translationLanguages, wanted);
  const highlighted = useMemo(
    () => new Set(sentenceId ? (article.eventsBySentence.get(sentenceId) ?? []) : []),
    [article, sentenceId],
  );

  const select = useCallback(
    (id: string | undefined) => {
      setClusterIds(undefined);
      navigate({ event: id, sentence: undefined });
    },
    [navigate],
  );
  // On a phone the details sit under the whole timeline: an event picked there with a finger
  // (or a pointer) brings them into view; picked by keyboard, focus stays on its marker.
  const detailsRef = useRef<HTMLDivElement>(null);
  const lastInput = useLastInput();
  const selectAndShow = useCallback(
    (id: string | undefined) => {
      select(id);
      if (wide || !id || lastInput.current !== 'pointer') return;
      requestAnimationFrame(() => {
        const details = detailsRef.current;
        if (details && details.getBoundingClientRect().top > window.innerHeight - 80) {
          details.scrollIntoView({ block: 'start', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
        }
      });
    },
    [select, wide, lastInput],
  );
  const showSentence = useCallback(
    (id: string) => {
      setClusterIds(undefined);
      navigate({ sentence: id, event: undefined });
      setRevealKey(`${id}:${Date.now()}`);
      if (!wide) setTab('article');
    },
    [navigate, wide],
  );
  const chooseSentence = useCallback(
    (id: string) => {
      setClusterIds(undefined);
      navigate({ sentence: id, event: undefined });
      setRevealKey(`${id}:${Date.now()}`);
    },
    [navigate],
  );
  const openCluster = useCallback(
    (ids: readonly string[]) => {
      navigate({ event: undefined, sentence: undefined });
      setClusterIds(ids);
    },
    [navigate],
  );
  const hrefFor = useCallback((id: string) => hrefForEvent(url, id), [url]);
  // The timeline starts from the address's window (read when it mounts) and writes it back.
  const initialWindow = windowFromParams(url.from, url.to);
  const keepWindow = useCallback(
    (window: TimeWindow, all: TimeWindow) =>
      navigate(showsAll(window, all) ? { from: undefined, to: undefined } : paramsFromWindow(window), {
        replace: true,
      }),
    [navigate],
  );
  const chooseTranslation = useCallback(
    (language: string) => {
      setChosenTranslation(language);
      saveTranslation(language);
      // A setting, like the calendar: it replaces the entry rather than adding one.
      navigate({ translation: language }, { replace: true });
    },
    [navigate],
  );

  const showParallel = useCallback((shown: boolean) => {
    setShowTranslation(shown);
    saveParallel(shown);
  }, []);

  const view = url.view ?? 'timeline';
  const timelinePanel = (
    <section className="panel timeline-panel" aria-labelledby="timeline-heading" id="timeline">
      <header className="panel-header">
        <h2 id="timeline-heading">{t('timeline.heading')}</h2>
        <div className="view-switch" role="group" aria-label={t('views.label')}>
          <button
            type="button"
            aria-pressed={view === 'timeline'}
            onClick={() => navigate({ view: 'timeline' }, { replace: true })}
          >
            {t('views.timeline')}
          </button>
          <button
            type="button"
            aria-pressed={view === 'list'}
            onClick={() => navigate({ view: 'list' }, { replace: true })}
          >
            {t('views.list')}
          </button>
        </div>
      </header>
      {article.events.length === 0 ? (
        <p className="empty">{t('timeline.empty')}</p>
      ) : view === 'list' ? (
        <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
          <EventList
            article={article}
            selectedId={selectedId}
            highlighted={highlighted}
            calendar={calendar}
            hrefFor={hrefFor}
            onSelect={selectAndShow}
          />
        </Suspense>
      ) : (
        <TimelineView
          key={article.id}
          article={article}
          lanes={lanes}
          orientation={narrow ? 'vertical' : 'horizontal'}
          selectedId={selectedId}
          highlighted={highlighted}
          revealKey={revealKey}
          onSelect={selectAndShow}
          onOpenCluster={openCluster}
          initialWindow={initialWindow}
          onWindowChange={keepWindow}
          calendar={calendar}
        />
      )}
    </section>
  );
  const details = (
    <DetailsPanel
      article={article}
      selectedId={selectedId}
      sentenceId={sentenceId}
      clusterIds={clusterIds}
      calendar={calendar}
      translationLanguage={translation?.language}
      translationFallback={translation?.fallback === true && language !== article.language}
      hrefFor={hrefFor}
      onSelect={select}
      onShowSentence={showSentence}
    />
  );
  const reader = (
    <Reader
      article={article}
      selectedId={selectedId}
      sentenceId={sentenceId}
      showTranslation={showTranslation}
      onShowTranslation={showParallel}
      translationLanguage={translation?.language}
      translationChoice={language === article.language ? chooseTranslation : undefined}
      onSentence={chooseSentence}
    />
  );

  if (wide) {
    return (
      <div className="workspace" data-layout="wide">
        <div className="workspace-main">{timelinePanel}</div>
        {/* Beside the timeline, so a selection's details are in view where it is made. */}
        <div className="workspace-side">
          <div className="workspace-details">{details}</div>
          <div className="workspace-reader">{reader}</div>
        </div>
      </div>
    );
  }
  return (
    <div className="workspace" data-layout="narrow">
      <div className="tabs" role="tablist" aria-label={t('views.panels')}>
        {TABS.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`tab-${name}`}
            aria-controls={`panel-${name}`}
            aria-selected={tab === name}
            tabIndex={tab === name ? 0 : -1}
            onClick={() => setTab(name)}
            onKeyDown={(e) => {
              const next = tabAfterKey(e.key, name);
              if (!next) return;
              setTab(next);
              requestAnimationFrame(() => document.getElementById(`tab-${next}`)?.focus());
            }}
          >
            {t(TAB_LABELS[name])}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id="panel-timeline"
        aria-labelledby="tab-timeline"
        hidden={tab !== 'timeline'}
      >
        {timelinePanel}
        <div ref={detailsRef}>{details}</div>
      </div>
      <div
        role="tabpanel"
        id="panel-article"
        aria-labelledby="tab-article"
        hidden={tab !== 'article'}
      >
        {reader}
      </div>
    </div>
  );
}

const TABS = ['timeline', 'article'] as const;
type Tab = (typeof TABS)[number];
/** The first tab holds the events, as a timeline or a list: named so, not "Timeline" beside the "Timeline" toggle. */
const TAB_LABELS = { timeline: 'views.events', article: 'views.article' } as const;

/** Arrow keys move between the two tabs, whichever way the page reads; Home and End go to the ends. */
function tabAfterKey(key: string, from: Tab): Tab | undefined {
  if (key === 'Home') return TABS[0];
  if (key === 'End') return TABS[TABS.length - 1];
  if (key === 'ArrowLeft' || key === 'ArrowRight')
    return from === 'timeline' ? 'article' : 'timeline';
  return undefined;
}
