/**
 * The timeline: lanes by category, events along a d3 time scale, anniversaries
 * bracketed to their origins. d3 computes (scale, ticks, zoom); this component
 * renders what the pure layout returns, and turns keys and clicks into intents.
 */
import { TIMELINE_DRAWN } from './drawnMark';
import { useCallback, useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article, ArticleEvent } from '../model/article';
import { formatPartialDate, formatSpan, type CalendarId } from '../i18n/formatDate';
import { formatNumber } from '../i18n/formatters';
import type { PartialDate } from '../model/dates';
import { directionOf } from '../i18n/languages';
import type { BlockPosition } from './blockPosition';
import { ClusterMarker } from './ClusterMarker';
import { eventDate, eventTitle } from './eventText';
import { EventMarker } from './EventMarker';
import { fitToWidth } from './fitLabel';
import { axisTicks, tickLabelForms, type TickLevel } from './layout/axis';
import type { LaneIndex } from './layout/laneIndex';
import {
  anchorTime,
  emptyLayout,
  layoutTimeline,
  rowsNeeded,
  windowShowing,
  type Block,
  type ClusterBlock,
  type Orientation,
} from './layout/layoutTimeline';
import { METRICS } from './layout/metrics';
import {
  navigationIntent,
  nextEventIndex,
  panIntent,
  type FocusOrigin,
  type Intent,
} from './layout/navigation';
import { clusterHighlighted, highlightIndex } from './layout/highlights';
import { relationBrackets, relationRowCount } from './layout/relations';
import { clusterWindow, fitWindow, MIN_WINDOW, type TimeWindow } from './layout/zoom';
import { labelFont, SMALL_TEXT_SIZE, stylesheetFont, textWidth } from './measureText';
import { memoized } from './memoized';
import { TimelineAxis } from './TimelineAxis';
import { TimelineKey } from './TimelineKey';
import { RelationLayer } from './RelationLayer';
import { useElementSize } from './useElementSize';
import { useFontsVersion } from './useFontsReady';
import { useRovingFocus } from './useRovingFocus';
import { useTimeZoom } from './useTimeZoom';
import { trackMarkCentre, VerticalTracks } from './VerticalTracks';
import { ZoomControls } from './ZoomControls';
import { tickPeriod } from './tickPeriod';
import { EdgeCount } from './EdgeCounts';

export interface TimelineViewProps {
  readonly article: Article;
  readonly lanes: readonly LaneIndex[];
  readonly orientation: Orientation;
  readonly selectedId: string | undefined;
  /** Events of the sentence the reader is looking at. */
  readonly highlighted: ReadonlySet<string>;
  /** Changes whenever the highlighted events should be brought into view. */
  readonly revealKey: string | undefined;
  readonly onSelect: (id: string | undefined) => void;
  readonly onOpenCluster: (ids: readonly string[]) => void;
  /** The stretch of time to show first (a shared link's), instead of all of it. */
  readonly initialWindow?: TimeWindow | undefined;
  /** Told the window once it has come to rest, with the window that shows everything. */
  readonly onWindowChange?: ((window: TimeWindow, all: TimeWindow) => void) | undefined;
  /** With the Hijri calendar, the axis's tooltips give each tick's Hijri dates too. */
  readonly calendar?: CalendarId | undefined;
}

/** How long the window must stay still before it is reported (a zoom glides for 280 ms). */
const WINDOW_SETTLED_MS = 400;

const DATELINE_ROW = 24;
/** The TIMELINE_DRAWN mark is set once per page, for the first drawing. */
let drawnMarked = false;
const AXIS_HEIGHT = 30;
/** Stands in for the plot's size until it is measured (nothing is laid out for it). */
const SIZE_GUESS = { width: 960, height: 560 };
/** The upright axis's least width; its labels start 4 px in and end 6 px before the grid. */
const VERTICAL_AXIS = 64;
/** Upright: the gap between the tracks and the labels' column, and that column's least width. */
const COLUMN_GAP = 8;
/** Upright labels: the button's inset from the end (4), its borders (4 + 1 + 1) and the label's padding (2 × 6), in styles.css. */
const VERTICAL_LABEL_CHROME = 4 + 6 + 2 * METRICS.labelPadding;
const MIN_LABEL_COLUMN = 112;
/** A pill's inline padding and border (styles.css .tl-pill), with 2 px to spare. */
const PILL_EXTRA = 16;

export function TimelineView({
  article,
  lanes,
  orientation,
  selectedId,
  highlighted,
  revealKey,
  onSelect,
  onOpenCluster,
  initialWindow,
  onWindowChange,
  calendar = 'gregory',
}: TimelineViewProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const dir = directionOf(language);
  const vertical = orientation === 'vertical';
  const plotRef = useRef<HTMLDivElement>(null);
  // Lying down, the plot's height follows its lanes and only its width is an input.
  const measured = useElementSize(plotRef, vertical ? 'both' : 'width');
  // Until the plot is measured (before the first paint) nothing is laid out: a layout for a
  // guessed width would be computed, committed and thrown away.
  const drawable = measured !== undefined;
  const size = measured ?? SIZE_GUESS;
  const fontsVersion = useFontsVersion();

  const base = useMemo(() => {
    const starts = article.events.map((e) => e.startMs);
    const ends = article.events.map((e) => e.endMs);
    const day = Date.UTC(article.dateline.year, article.dateline.month - 1, article.dateline.day);
    return fitWindow([...starts, day], [...ends, day + 86_400_000]);
  }, [article]);

  // A title wider than a label's cap is cut at a word's end (fitLabel.ts), once per event and
  // font; two pixels to spare, as the canvas and the page may round a width differently.
  const labelText = useMemo(() => {
    void fontsVersion;
    return fittedTitles(language, METRICS.maxLabelWidth - 2);
  }, [language, fontsVersion]);

  /**
   * The widths the layout asks for: an event's label, a packed cluster's words, a density
   * bin's count. Pills in the labels' font, capped (long titles are cut), measured again once
   * web fonts have loaded. Cluster and bin widths are asked for every bin of every lane,
   * several times while bins are widened, so each count is worded and measured once.
   */
  const labelSizes = useMemo(() => {
    void fontsVersion;
    // Whole pixels up: a label a fraction wider than its place would be cut by the ellipsis.
    const pillIn =
      ({ font, size: fontSize }: { font: string; size: number }) =>
      (text: string) =>
        Math.min(METRICS.maxLabelWidth, Math.ceil(textWidth(text, font, fontSize))) +
        2 * METRICS.labelPadding;
    const uiArabic = language === 'ar';
    const pill = pillIn(labelFont(uiArabic));
    // A title shown in Arabic in another interface is set in the Arabic face (styles.css).
    const arabicPill = uiArabic ? pill : pillIn(labelFont(true));
    return {
      labelWidth: (event: Article['events'][number]) => {
        const title = eventTitle(event, language);
        return (title.language === 'ar' ? arabicPill : pill)(labelText(event));
      },
      clusterLabelWidth: memoized((count: number) => pill(t('timeline.cluster', { count }))),
      // A bin's label is its count alone (its words are in its name and tooltip).
      binLabelWidth: memoized((count: number) => pill(formatNumber(count, language))),
    };
  }, [language, t, fontsVersion, labelText]);

  // Upright, tick labels stand on one line in the axis column: "сент. 2019 г." sets its width.
  const axisStart = useMemo(() => {
    void fontsVersion;
    if (!vertical) return VERTICAL_AXIS;
    const font = stylesheetFont(language === 'ar', SMALL_TEXT_SIZE);
    const widest = Math.max(
      ...tickLabelForms(language).map((text) => textWidth(text, font, SMALL_TEXT_SIZE)),
    );
    return Math.max(VERTICAL_AXIS, Math.ceil(widest) + 10);
  }, [vertical, language, fontsVersion]);

  const relationRows = relationRowCount(article);
  const length = Math.max(1, vertical ? size.height : size.width);
  const laneRows = useMemo(
    () =>
      vertical || !drawable
        ? undefined
        : rowsNeeded({ lanes, t0: base.t0, t1: base.t1, length, ...labelSizes }),
    [vertical, drawable, lanes, base, length, labelSizes],
  );
  const lanesSize = useMemo(() => {
    if (vertical) return lanes.length * METRICS.trackWidth;
    return lanes.reduce(
      (sum, _lane, i) => sum + (laneRows?.[i] ?? 1) * METRICS.rowHeight + 2 * METRICS.lanePadding,
      0,
    );
  }, [vertical, lanes, laneRows]);
  // Anniversary brackets stack in rows above the lanes, or upright in columns before the
  // tracks, if the labels' column keeps room enough beside them; else the details say it.
  const bracketColumns = relationRows * METRICS.bracketColumnWidth;
  const drawsBrackets =
    relationRows > 0 &&
    (!vertical ||
      size.width - (axisStart + bracketColumns + lanesSize + COLUMN_GAP) >= MIN_LABEL_COLUMN);
  const bracketsSize = vertical && drawsBrackets ? bracketColumns : 0;
  const tracksStart = axisStart + bracketsSize;
  // Upright, a label has the column beside the tracks, less the button's borders and its padding.
  const columnRoom = Math.floor(size.width - (tracksStart + lanesSize + COLUMN_GAP) - VERTICAL_LABEL_CHROME) - 2;
  const columnText = useMemo(() => {
    void fontsVersion;
    return fittedTitles(language, columnRoom);
  }, [language, columnRoom, fontsVersion]);
  const lanesTop = DATELINE_ROW + (vertical ? 0 : relationRows * METRICS.relationRowHeight);
  const plotHeight = lanesTop + lanesSize + AXIS_HEIGHT;

  const zoom = useTimeZoom(plotRef, {
    base,
    length,
    cross: vertical ? size.width : plotHeight,
    vertical,
    reversed: dir === 'rtl' && !vertical,
    initial: initialWindow,
  });
  const { t0, t1 } = zoom.window;

  const layout = useMemo(
    () =>
      drawable
        ? layoutTimeline({ lanes, orientation, t0, t1, length, laneRows, ...labelSizes })
        : emptyLayout(lanes, orientation),
    [drawable, lanes, orientation, t0, t1, length, laneRows, labelSizes],
  );
  const ticks = useMemo(
    () => axisTicks(t0, t1, length, language, vertical ? 72 : 120),
    [t0, t1, length, language, vertical],
  );
  // Dates in names and hints are written as precisely as the axis currently shows them.
  const tickLevelNow: TickLevel = ticks[0]?.level ?? 'year';
  /** A date in the axis's tooltips: with the Hijri calendar chosen, its Hijri dates beside it. */
  const withHijri = (date: PartialDate) => {
    const gregorian = formatSpan(date, undefined, language);
    return calendar === 'gregory'
      ? gregorian
      : t('timeline.withHijri', { date: gregorian, hijri: formatSpan(date, undefined, language, calendar) });
  };
  // Measured in the pills' own font and size (the labels' larger one made every pill wider),
  // again once web fonts have loaded: the brackets follow this function.
  const pillWidth = useCallback(
    (years: number) => {
      void fontsVersion;
      const font = stylesheetFont(language === 'ar', SMALL_TEXT_SIZE);
      return textWidth(t('timeline.years', { count: years }), font, SMALL_TEXT_SIZE) + PILL_EXTRA;
    },
    [language, t, fontsVersion],
  );
  const brackets = useMemo(
    () => (drawable && drawsBrackets ? relationBrackets({ article, t0, t1, length, pillWidth, rows: relationRows }) : []),
    [drawable, drawsBrackets, article, t0, t1, length, pillWidth, relationRows],
  );

  // Blocks in time order: the order keyboard movement follows.
  const ordered = useMemo(
    () => [...layout.blocks].sort((a, b) => a.u0 - b.u0 || a.lane - b.lane || a.row - b.row),
    [layout],
  );
  const blockOfEvent = useMemo(() => {
    const map = new Map<string, Block>();
    for (const block of layout.blocks) {
      if (block.kind === 'event') map.set(block.event.id, block);
      else for (const id of block.ids ?? []) map.set(id, block);
    }
    return map;
  }, [layout]);

  // Bins are shaded by their count against the fullest bin in view.
  const fullestBin = useMemo(
    () =>
      layout.blocks.reduce(
        (most, b) => (b.kind === 'cluster' && !b.ids ? Math.max(most, b.count) : most),
        0,
      ),
    [layout],
  );

  // Density bins hold no member list: which hold the chosen sentence's events is found by time.
  const highlights = useMemo(
    () => highlightIndex(highlighted, lanes, article.eventById),
    [highlighted, lanes, article],
  );

  // The selected event, when a cluster or bin holds it, is marked there: it is never lost from view.
  const selection = useMemo(
    () => highlightIndex(new Set(selectedId ? [selectedId] : []), lanes, article.eventById),
    [selectedId, lanes, article],
  );

  const roving = useRovingFocus(plotRef, { ordered, blockOfEvent, selectedId });
  const { focusEvent } = roving;
  const starts = useMemo(() => article.events.map((e) => e.startMs), [article]);

  /** Zooms until an event is drawn on its own, unless it already is. */
  const reveal = useCallback(
    (id: string) => {
      const event = article.eventById.get(id);
      if (!event || blockOfEvent.get(id)?.kind === 'event') return;
      const input = { lanes, orientation, length, laneRows, ...labelSizes };
      zoom.zoomTo(windowShowing(input, event, t1 - t0, MIN_WINDOW));
    },
    [article, blockOfEvent, lanes, orientation, length, laneRows, labelSizes, t0, t1, zoom],
  );

  // Marks when the first full drawing is on screen, so any harness can time it the same way.
  useEffect(() => {
    if (drawnMarked || !drawable) return;
    drawnMarked = true;
    requestAnimationFrame(() => {
      setTimeout(() => performance.mark(TIMELINE_DRAWN), 0);
    });
  }, [drawable]);

  // A selection made elsewhere (list, reader, link) is brought into view; again once the
  // timeline has its real size (a deep link's first reveal is measured against a guess). A
  // link that names the window too is shown as it was shared, until the selection changes.
  const linkedView = useRef(initialWindow ? selectedId : null);
  useEffect(() => {
    if (linkedView.current !== null && linkedView.current === selectedId) return;
    linkedView.current = null;
    if (selectedId && drawable) reveal(selectedId);
    // Only when the selection or the size changes, not on every zoom frame.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedId, length]);

  // Once the window comes to rest, the address gets it, so a copied link shows the same view.
  const unreported = useRef<(() => void) | undefined>(undefined);
  useEffect(() => {
    if (!drawable || !onWindowChange) return;
    const report = () => {
      unreported.current = undefined;
      onWindowChange(zoom.window, base);
    };
    unreported.current = report;
    const timer = setTimeout(report, WINDOW_SETTLED_MS);
    return () => clearTimeout(timer);
  }, [drawable, onWindowChange, zoom.window, base]);
  // Leaving for the list before the window has come to rest must not lose the zoom.
  useEffect(() => () => unreported.current?.(), []);

  // The events of a clicked sentence are brought into view together.
  useEffect(() => {
    if (!revealKey || highlighted.size === 0) return;
    let lo = Infinity;
    let hi = -Infinity;
    for (const id of highlighted) {
      const event = article.eventById.get(id);
      if (!event) continue;
      lo = Math.min(lo, event.startMs);
      hi = Math.max(hi, event.endMs);
    }
    if (!Number.isFinite(lo) || (lo >= t0 && hi <= t1)) return;
    const pad = Math.max((hi - lo) * 0.15, MIN_WINDOW);
    zoom.zoomTo({ t0: lo - pad, t1: hi + pad });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [revealKey]);

  /** Moves keyboard focus to the event an intent names, revealing it if it is in a cluster. */
  const moveFocus = (from: Block | undefined, intent: Intent) => {
    const origin: FocusOrigin | undefined =
      from === undefined
        ? undefined
        : from.kind === 'event'
          ? { kind: 'event', order: from.event.order }
          : {
              kind: 'cluster',
              orders: (from.ids ?? []).map((id) => article.eventById.get(id)?.order ?? 0),
              t0: from.t0,
              t1: from.t1,
            };
    const target = article.events[nextEventIndex(origin, intent, starts)];
    if (!target) return;
    roving.focusEvent(target.id);
    reveal(target.id);
  };

  const openCluster = useCallback(
    (block: ClusterBlock) => {
      const span = block.t1 - block.t0;
      const atClosest = t1 - t0 <= MIN_WINDOW * 1.01;
      if (block.ids && (span < MIN_WINDOW / 2 || atClosest)) {
        onOpenCluster(block.ids);
        return;
      }
      zoom.zoomTo(clusterWindow(block, { t0, t1 }, MIN_WINDOW));
      // The cluster's button goes with the zoom: focus moves on to what it held (the selected
      // event, else its first), not out of the events to the time axis.
      const next = block.ids && selectedId && block.ids.includes(selectedId) ? selectedId : block.ids?.[0];
      if (next) focusEvent(next);
    },
    [onOpenCluster, t0, t1, zoom, selectedId, focusEvent],
  );

  /** Keys that work anywhere in the timeline: zoom, show all, clear the selection. */
  /**
   * Where a zoom is centred: on an event in view (the focused one, else the selected one), so
   * it stays where it is on screen; else the middle of the window.
   */
  const zoomFocus = (eventId: string | undefined): number => {
    const event = (eventId && article.eventById.get(eventId)) || (selectedId && article.eventById.get(selectedId));
    const at = event ? anchorTime(event) : undefined;
    return at !== undefined && at >= t0 && at <= t1 ? (at - t0) / (t1 - t0) : 0.5;
  };
  const zoomAround = (factor: number, eventId?: string) => zoom.zoomBy(factor, zoomFocus(eventId));

  const commonKey = (key: string, eventId?: string): boolean => {
    if (key === '+' || key === '=') zoomAround(1.6, eventId);
    else if (key === '-' || key === '_') zoomAround(1 / 1.6, eventId);
    else if (key === '0') zoom.fitAll();
    else if (key === 'Escape' && selectedId) onSelect(undefined);
    else return false;
    return true;
  };

  /** On an event or cluster, arrow keys move to the next or previous event in time. */
  const onMarkerKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (commonKey(event.key, event.currentTarget.dataset.eventId)) {
      event.preventDefault();
      return;
    }
    const intent = navigationIntent(event.key, dir, orientation);
    if (!intent) return;
    const target = event.currentTarget;
    const key = target.dataset.eventId ?? target.dataset.clusterKey;
    moveFocus(
      ordered.find((b) => b.key === key),
      intent,
    );
    event.preventDefault();
  };

  /** On the time axis, arrow keys move through time. */
  const onAxisKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (commonKey(event.key)) {
      event.preventDefault();
      return;
    }
    const share =
      event.key === 'PageDown'
        ? 1
        : event.key === 'PageUp'
          ? -1
          : panIntent(event.key, dir, orientation);
    if (share === undefined) return;
    zoom.panBy(share);
    event.preventDefault();
  };

  /** "2017 to 2021", or "2021" alone when both ends read the same. */
  const windowText = (from: string, to: string) => (from === to ? from : t('timeline.window', { from, to }));

  const columnStart = tracksStart + lanesSize + COLUMN_GAP;
  const positionOf = (block: Block): BlockPosition => {
    if (vertical) {
      return {
        insetInlineStart: columnStart,
        insetBlockStart: block.boxStart,
        blockSize: block.boxEnd - block.boxStart,
      };
    }
    const lane = layout.lanes[block.lane];
    return {
      insetInlineStart: block.boxStart,
      insetBlockStart:
        lanesTop + (lane?.offset ?? 0) + METRICS.lanePadding + block.row * METRICS.rowHeight + 4,
      inlineSize: block.boxEnd - block.boxStart,
    };
  };

  /** Across the time axis, where an anniversary bracket meets an event's mark. */
  const bracketMeets = (id: string): number | undefined => {
    if (vertical) {
      const lane = layout.lanes.findIndex((l) => l.category === article.eventById.get(id)?.category);
      return lane < 0 ? undefined : trackMarkCentre(tracksStart, lane);
    }
    const block = blockOfEvent.get(id);
    return block && positionOf(block).insetBlockStart + METRICS.rowHeight / 2 - 4;
  };

  const datelineU =
    ((Date.UTC(article.dateline.year, article.dateline.month - 1, article.dateline.day) +
      43_200_000 -
      t0) /
      (t1 - t0)) *
    length;

  const laneLabels = (
    <ul
      className="tl-lane-labels"
      aria-label={t('timeline.lanes')}
      style={vertical ? undefined : { paddingBlockStart: lanesTop }}
    >
      {layout.lanes.map((lane) => (
        <li
          key={lane.category}
          className="tl-lane-label"
          data-category={lane.category}
          style={vertical ? undefined : { blockSize: lane.size }}
        >
          {t(`category.${lane.category}`)}
        </li>
      ))}
    </ul>
  );

  return (
    <div className="tl" data-orientation={orientation}>
      <div className="tl-toolbar">
        <TimelineKey brackets={drawsBrackets} />
        <ZoomControls
          onZoomIn={() => zoomAround(1.6)}
          onZoomOut={() => zoomAround(1 / 1.6)}
          onFit={zoom.fitAll}
        />
      </div>
      {/* Upright, the lanes are narrow coloured tracks: their names stand above, in their order. */}
      {vertical && laneLabels}
      <div className="tl-body">
        {!vertical && laneLabels}
        <div className="tl-plot-column">
          <div className="tl-edges">
            <EdgeCount side="before" count={layout.before} onPan={zoom.panBy} />
            {!vertical && <EdgeCount side="after" count={layout.after} onPan={zoom.panBy} />}
          </div>
          {/* Pointer gestures zoom and pan here (d3-zoom); keys go to the axis and the event buttons. */}
          <div
            ref={plotRef}
            className="tl-plot"
            data-zoom-surface=""
            style={vertical ? undefined : { blockSize: plotHeight }}
            onFocus={roving.onFocus}
            onBlur={roving.onBlur}
          >
            <TimelineAxis
              ticks={ticks}
              length={length}
              vertical={vertical}
              dir={dir}
              lanes={layout.lanes}
              lanesTop={lanesTop}
              lanesSize={lanesSize}
              plotHeight={plotHeight}
              axisStart={axisStart}
              tracksStart={tracksStart}
              datelineU={datelineU}
              datelineTitle={t('timeline.datelineTitle', { date: withHijri(article.dateline) })}
              tickTitle={
                calendar === 'gregory' ? undefined : (value) => withHijri(tickPeriod(value, tickLevelNow))
              }
              slider={{
                min: yearOf(base.t0),
                max: yearOf(base.t1),
                now: yearOf((t0 + t1) / 2),
                text: windowText(formatWindowEdge(t0, tickLevelNow, language), formatWindowEdge(t1, tickLevelNow, language)),
                onKeyDown: onAxisKeyDown,
              }}
            />
            <RelationLayer
              brackets={brackets}
              article={article}
              length={length}
              width={size.width}
              dir={dir}
              vertical={vertical}
              crossStart={vertical ? axisStart : DATELINE_ROW}
              rowSize={vertical ? METRICS.bracketColumnWidth : METRICS.relationRowHeight}
              meetAt={bracketMeets}
              selectedId={selectedId}
            />
            {vertical && (
              <VerticalTracks
                blocks={layout.blocks}
                article={article}
                lanes={layout.lanes.map((lane) => lane.category)}
                tracksStart={tracksStart}
                columnStart={columnStart}
                toU={(ms) => ((ms - t0) / (t1 - t0)) * length}
              />
            )}
            <div className="tl-blocks">
              {layout.blocks.map((block) => {
                if (block.kind === 'event') {
                  const title = eventTitle(block.event, language);
                  return (
                    <EventMarker
                      key={block.key}
                      block={block}
                      title={title}
                      label={(vertical ? columnText : labelText)(block.event)}
                      dateText={eventDate(block.event, language)}
                      vertical={vertical}
                      position={positionOf(block)}
                      selected={block.event.id === selectedId}
                      highlighted={highlighted.has(block.event.id)}
                      tabbable={block.key === roving.tabbableKey}
                      onActivate={onSelect}
                      onKeyDown={onMarkerKeyDown}
                    />
                  );
                }
                return (
                  <ClusterMarker
                    key={block.key}
                    block={block}
                    rangeText={windowText(
                      formatWindowEdge(block.t0, tickLevelNow, language),
                      formatWindowEdge(Math.max(block.t0, block.t1 - 1), tickLevelNow, language),
                    )}
                    position={positionOf(block)}
                    // The column's bins have room for their words; their lanes are shaded in the tracks.
                    density={
                      block.ids || vertical ? undefined : block.count / Math.max(1, fullestBin)
                    }
                    highlighted={clusterHighlighted(block, highlights, t0)}
                    holdsSelection={clusterHighlighted(block, selection, t0)}
                    tabbable={block.key === roving.tabbableKey}
                    onActivate={openCluster}
                    onKeyDown={onMarkerKeyDown}
                  />
                );
              })}
            </div>
          </div>
          {vertical && (
            <div className="tl-edges">
              <EdgeCount side="after" count={layout.after} onPan={zoom.panBy} />
            </div>
          )}
        </div>
      </div>
    </div>
  );
}

function yearOf(ms: number): number {
  return new Date(ms).getUTCFullYear();
}

/** An edge of the visible window at the precision the axis shows. */
function formatWindowEdge(ms: number, level: TickLevel, language: string): string {
  return formatPartialDate(tickPeriod(ms, level), language);
}

/**
 * Each event's title as its label shows it in `room` pixels: whole, or cut at a word's end
 * (fitLabel.ts), in the labels' font for its language; computed once per event.
 */
function fittedTitles(language: string, room: number): (event: ArticleEvent) => string {
  return memoized((event: ArticleEvent): string => {
    const title = eventTitle(event, language);
    const { font, size } = labelFont(language === 'ar' || title.language === 'ar');
    return fitToWidth(title.text, room, (words) => textWidth(words, font, size));
  });
}
