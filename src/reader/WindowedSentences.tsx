/**
 * A long article's sentences, only those near the visible part of the reader in the
 * DOM (windowing as in the event list). The focused, chosen and revealed sentences
 * are always drawn, so the keyboard never loses its place and the two-way link
 * between reader and timeline works wherever the sentence is.
 */
import {
  defaultRangeExtractor,
  useVirtualizer,
  useWindowVirtualizer,
  type Range,
  type Virtualizer,
} from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type FocusEvent, type RefObject } from 'react';
import { offsetWithin, scrollParent } from './scrollParent';
import { SentenceItem, type SentenceView } from './SentenceItem';
import { measuredOrEstimate, withPinned } from './windowing';

/** A first guess at a sentence's height (an Arabic line, the number and the count); each is measured once drawn. */
const SENTENCE_HEIGHT = 96;
/** Sentences drawn beyond each edge: room for Tab and Shift+Tab to move on before the window follows. */
const OVERSCAN = 8;

interface WindowedSentencesProps {
  readonly view: SentenceView;
  /** The sentence to bring into view (the chosen one, or the selected event's first evidence). */
  readonly target: string | undefined;
}

export function WindowedSentences({ view, target }: WindowedSentencesProps) {
  // What scrolls is known only once the list is in the page: the side panel, or the page.
  const probeRef = useRef<HTMLDivElement>(null);
  const [scroller, setScroller] = useState<Element | Window | undefined>(undefined);
  useLayoutEffect(() => {
    if (probeRef.current) setScroller(scrollParent(probeRef.current));
  }, []);
  if (!scroller) return <div ref={probeRef} />;
  return scroller instanceof Element ? (
    <PanelWindow view={view} target={target} scroller={scroller} />
  ) : (
    <PageWindow view={view} target={target} />
  );
}

interface Pins {
  readonly pinned: readonly (number | undefined)[];
  readonly onFocus: (event: FocusEvent<HTMLOListElement>) => void;
  readonly onBlur: (event: FocusEvent<HTMLOListElement>) => void;
}

/** Which sentences stay drawn wherever the view is scrolled. */
function usePins(view: SentenceView, target: string | undefined): Pins {
  const [focused, setFocused] = useState<number | undefined>(undefined);
  const indexOf = (id: string | undefined) =>
    id === undefined ? undefined : view.article.sentences.findIndex((s) => s.id === id);
  return {
    pinned: [focused, indexOf(view.sentenceId), indexOf(target)],
    onFocus: (event) => {
      const index = Number(event.target.closest('li')?.dataset['index']);
      if (Number.isInteger(index)) setFocused(index);
    },
    onBlur: (event) => {
      if (!event.currentTarget.contains(event.relatedTarget)) setFocused(undefined);
    },
  };
}

function useRangeExtractor(pinned: readonly (number | undefined)[], count: number) {
  const [a, b, c] = pinned;
  return useCallback((range: Range) => withPinned(defaultRangeExtractor(range), [a, b, c], count), [a, b, c, count]);
}

/**
 * Where the list starts in what scrolls (below the heading, byline and notes). Measured
 * again whenever the reader's size changes: a note opened, a tab shown, a header rewrapped.
 */
function useScrollMargin(listRef: RefObject<HTMLOListElement | null>, scroller: Element | Window): number {
  const [margin, setMargin] = useState(0);
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const measure = () => {
      const next = Math.round(offsetWithin(list, scroller));
      setMargin((old) => (old === next ? old : next));
    };
    measure();
    if (typeof ResizeObserver !== 'function' || !list.parentElement) return;
    const observer = new ResizeObserver(measure);
    observer.observe(list.parentElement);
    return () => observer.disconnect();
  }, [listRef, scroller]);
  return margin;
}

const measureElement = (element: Element) =>
  measuredOrEstimate(Math.round(element.getBoundingClientRect().height), SENTENCE_HEIGHT);

/** Wide screens: the reader's own panel scrolls, and the revealed sentence is scrolled to in it. */
function PanelWindow({ view, target, scroller }: WindowedSentencesProps & { readonly scroller: Element }) {
  const listRef = useRef<HTMLOListElement>(null);
  const pins = usePins(view, target);
  const count = view.article.sentences.length;
  const scrollMargin = useScrollMargin(listRef, scroller);
  // The app does not use the React Compiler; TanStack's functions are read fresh on every render.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer<Element, HTMLLIElement>({
    count,
    getScrollElement: () => scroller,
    estimateSize: () => SENTENCE_HEIGHT,
    measureElement,
    overscan: OVERSCAN,
    scrollMargin,
    rangeExtractor: useRangeExtractor(pins.pinned, count),
    // Unit tests have no layout; draw a first screenful there.
    initialRect: { width: 400, height: 600 },
  });
  const targetIndex = pins.pinned[2];
  useEffect(() => {
    if (targetIndex !== undefined && targetIndex >= 0) virtualizer.scrollToIndex(targetIndex, { align: 'auto' });
  }, [targetIndex, virtualizer]);
  return <SentenceWindow view={view} virtualizer={virtualizer} listRef={listRef} pins={pins} />;
}

/**
 * Narrow screens: the page scrolls. As with a short article, the page is never scrolled
 * for the reader (that would yank it away from the timeline); the revealed sentence is
 * drawn wherever it is, and marked.
 */
function PageWindow({ view, target }: WindowedSentencesProps) {
  const listRef = useRef<HTMLOListElement>(null);
  const pins = usePins(view, target);
  const count = view.article.sentences.length;
  const scrollMargin = useScrollMargin(listRef, window);
  const virtualizer = useWindowVirtualizer<HTMLLIElement>({
    count,
    estimateSize: () => SENTENCE_HEIGHT,
    measureElement,
    overscan: OVERSCAN,
    scrollMargin,
    rangeExtractor: useRangeExtractor(pins.pinned, count),
  });
  return <SentenceWindow view={view} virtualizer={virtualizer} listRef={listRef} pins={pins} />;
}

interface SentenceWindowProps<S extends Element | Window> {
  readonly view: SentenceView;
  readonly virtualizer: Virtualizer<S, HTMLLIElement>;
  readonly listRef: RefObject<HTMLOListElement | null>;
  readonly pins: Pins;
}

/** The list as tall as all its sentences, the drawn ones placed where they belong. */
function SentenceWindow<S extends Element | Window>({ view, virtualizer, listRef, pins }: SentenceWindowProps<S>) {
  const margin = virtualizer.options.scrollMargin;
  return (
    <ol
      className="reader-sentences"
      data-windowed=""
      ref={listRef}
      style={{ blockSize: virtualizer.getTotalSize() }}
      onFocus={pins.onFocus}
      onBlur={pins.onBlur}
    >
      {virtualizer.getVirtualItems().map((item) => {
        const sentence = view.article.sentences[item.index];
        if (!sentence) return null;
        return (
          <SentenceItem
            key={sentence.id}
            view={view}
            sentence={sentence}
            index={item.index}
            itemRef={virtualizer.measureElement}
            style={{ insetBlockStart: item.start - margin }}
          />
        );
      })}
    </ol>
  );
}
