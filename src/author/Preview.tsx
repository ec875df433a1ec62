import { memo, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useMediaQuery } from '../app/useMediaQuery';
import type { CalendarId } from '../i18n/formatDate';
import type { Article } from '../model/article';
import type { LoadResult } from '../model/load';
import type { BundleData } from '../model/schema';
import { buildLaneIndexes } from '../timeline/layout/laneIndex';
import { TimelineView } from '../timeline/TimelineView';
import { ProblemList } from './ProblemList';

interface PreviewProps {
  readonly bundle: BundleData;
  /** The loader's verdict on the bundle. */
  readonly result: LoadResult;
  readonly selectedId: string | undefined;
  readonly calendar: CalendarId;
  readonly onSelect: (id: string | undefined) => void;
}

/** Where "Go to the preview and export" leads, on screens that put them after the proposals. */
export const PREVIEW_ID = 'author-preview';

const NO_HIGHLIGHT: ReadonlySet<string> = new Set();
const ignoreCluster = () => {};

/** The kept proposals as the reader will see them, or what keeps them from loading (memoized: typing in the form leaves it be). */
export const Preview = memo(function Preview({ bundle, result, selectedId, calendar, onSelect }: PreviewProps) {
  const { t } = useTranslation();
  const heading = useId();
  return (
    <section className="panel author-preview" aria-labelledby={heading} id={PREVIEW_ID} tabIndex={-1}>
      <h3 id={heading} className="author-panel-heading">
        {t('author.preview.heading')}
      </h3>
      {!result.ok ? (
        <ProblemList problems={result.problems} bundle={bundle} />
      ) : result.article.events.length === 0 ? (
        <p className="author-hint">{t('author.preview.empty')}</p>
      ) : (
        <PreviewTimeline article={result.article} selectedId={selectedId} calendar={calendar} onSelect={onSelect} />
      )}
    </section>
  );
});

function PreviewTimeline({
  article,
  selectedId,
  calendar,
  onSelect,
}: {
  readonly article: Article;
  readonly selectedId: string | undefined;
  readonly calendar: CalendarId;
  readonly onSelect: (id: string | undefined) => void;
}) {
  const narrow = useMediaQuery('(max-width: 600px)');
  const lanes = useMemo(() => buildLaneIndexes(article.events, article.categories), [article]);
  // The timeline keeps the window the author zoomed to while its events change; a new set of
  // events or dates would be left outside that window, so it starts afresh, fitting them all.
  const fitKey = useMemo(() => article.events.map((e) => `${e.id}@${e.startMs}-${e.endMs}`).join(' '), [article]);
  return (
    <TimelineView
      key={fitKey}
      article={article}
      lanes={lanes}
      orientation={narrow ? 'vertical' : 'horizontal'}
      selectedId={selectedId && article.eventById.has(selectedId) ? selectedId : undefined}
      highlighted={NO_HIGHLIGHT}
      revealKey={undefined}
      onSelect={onSelect}
      calendar={calendar}
      // A cluster zooms in by itself; the preview has no list to open it in.
      onOpenCluster={ignoreCluster}
    />
  );
}
