/**
 * Keyboard focus among the timeline's event and cluster buttons: one tab stop (the
 * focused, else the selected, else the first), moved by the arrow keys. While a zoom
 * glides, the event focus is moving to can be drawn, merge into a cluster and be drawn
 * again; focus then rests on whatever holds it and never falls to the page: an event zoomed
 * or panned out of view leaves it on the time axis.
 */
import { useCallback, useEffect, useRef, useState, type FocusEvent, type RefObject } from 'react';
import type { Block } from './layout/layoutTimeline';

interface RovingOptions {
  /** Drawn blocks in time order. */
  readonly ordered: readonly Block[];
  /** The drawn block of each event: itself, or the cluster holding it. */
  readonly blockOfEvent: ReadonlyMap<string, Block>;
  readonly selectedId: string | undefined;
}

export interface RovingFocus {
  /** The key of the one block that is in the tab order. */
  readonly tabbableKey: string | undefined;
  /** Moves focus to an event, as soon as (and whenever) it is drawn. */
  readonly focusEvent: (id: string) => void;
  /** Handlers for the element holding the buttons. */
  readonly onFocus: (event: FocusEvent<HTMLElement>) => void;
  readonly onBlur: (event: FocusEvent<HTMLElement>) => void;
}

export function useRovingFocus(
  container: RefObject<HTMLElement | null>,
  options: RovingOptions,
): RovingFocus {
  const { ordered, blockOfEvent, selectedId } = options;
  const [focusKey, setFocusKey] = useState<string | undefined>(undefined);
  const pending = useRef<string | undefined>(undefined);
  /** Whether focus was among the buttons: if its element is redrawn away, focus returns. */
  const inside = useRef(false);

  useEffect(() => {
    const lost =
      inside.current &&
      (document.activeElement === document.body || document.activeElement === null);
    const key = pending.current ?? (lost ? focusKey : undefined);
    if (!container.current || (!key && !lost)) return;
    const holder = key === undefined ? undefined : (blockOfEvent.get(key)?.key ?? key);
    const element =
      (key === undefined
        ? null
        : (container.current.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(key)}"]`) ??
          container.current.querySelector<HTMLElement>(`[data-cluster-key="${CSS.escape(holder ?? key)}"]`))) ??
      // Zoomed or panned out of view: focus stays in the timeline, on its time axis.
      (lost ? container.current.querySelector<HTMLElement>('[role="slider"]') : null);
    if (!element) return;
    if (document.activeElement !== element) element.focus({ preventScroll: true });
    if (key !== undefined && element.dataset.eventId === key) pending.current = undefined;
  });

  const focusEvent = useCallback((id: string) => {
    setFocusKey(id);
    pending.current = id;
  }, []);

  const tabbableKey =
    (focusKey && ordered.some((b) => b.key === focusKey) ? focusKey : undefined) ??
    (selectedId ? blockOfEvent.get(selectedId)?.key : undefined) ??
    ordered[0]?.key;

  return {
    tabbableKey,
    focusEvent,
    onFocus: useCallback((event: FocusEvent<HTMLElement>) => {
      inside.current = true;
      const target = event.target as HTMLElement;
      const key = target.dataset.eventId ?? target.dataset.clusterKey;
      // What has focus is the tab stop, and where focus returns if a redraw takes it away,
      // however it got there (Tab, a click, the arrows, "Clear selection").
      if (key !== undefined) setFocusKey(key);
    }, []),
    onBlur: useCallback(
      (event: FocusEvent<HTMLElement>) => {
        // Leaving for somewhere else on the page, not losing the element to a redraw.
        if (event.relatedTarget && !container.current?.contains(event.relatedTarget as Node)) {
          inside.current = false;
        }
      },
      [container],
    ),
  };
}
