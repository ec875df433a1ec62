/**
 * d3-zoom on the timeline's surface, with React owning the result: d3 listens to
 * wheel, drag and pinch and computes transforms; the component keeps the visible
 * window of time in state and renders from it. The window, not the transform, is
 * the state, so it survives a change of size or direction (Arabic mirrors the axis).
 */
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type RefObject,
} from 'react';
import {
  interpolateWindow,
  MIN_WINDOW,
  panWindow,
  sameWindow,
  transformForWindow,
  windowFromTransform,
  zoomWindow,
  type TimeWindow,
} from './layout/zoom';
import { prefersReducedMotion } from './motion';

export interface TimeZoomOptions {
  /** The fit-all window. */
  readonly base: TimeWindow;
  /** Length of the time axis and size across it, in pixels. */
  readonly length: number;
  readonly cross: number;
  readonly vertical: boolean;
  /** Time runs right to left (Arabic, horizontal). */
  readonly reversed: boolean;
  /** The window to start from (a shared link's), instead of the fit-all one. */
  readonly initial?: TimeWindow | undefined;
}

export interface TimeZoom {
  readonly window: TimeWindow;
  /** Zooms by a factor (> 1 in) around a point given as a share of the axis in reading order. */
  readonly zoomBy: (factor: number, focus?: number) => void;
  /** Pans by a share of the visible span (positive: later in time). */
  readonly panBy: (share: number) => void;
  readonly zoomTo: (target: TimeWindow) => void;
  readonly fitAll: () => void;
}

const ANIMATION_MS = 280;

export function useTimeZoom(
  surface: RefObject<HTMLElement | null>,
  options: TimeZoomOptions,
): TimeZoom {
  const { base, length, cross, vertical, reversed } = options;
  const [window, setWindow] = useState<TimeWindow>(options.initial ?? base);
  const windowRef = useRef(window);
  windowRef.current = window;
  const geometry = useRef({ base, length, vertical, reversed });
  geometry.current = { base, length, vertical, reversed };
  const animation = useRef(0);

  const behavior = useMemo<ZoomBehavior<HTMLElement, unknown>>(
    () =>
      zoom<HTMLElement, unknown>()
        // Sideways wheel gestures (trackpads) pan; they are handled below, not as zoom.
        .filter((event: Event) => {
          // Synthetic events without a window (scripted clicks) are not gestures to zoom by.
          if (!(event as UIEvent).view) return false;
          if (event instanceof WheelEvent)
            return event.ctrlKey || Math.abs(event.deltaY) >= Math.abs(event.deltaX);
          return !(event as MouseEvent).ctrlKey && !(event as MouseEvent).button;
        })
        .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
          const g = geometry.current;
          const t = event.transform;
          const next = windowFromTransform(g.base, g.length, g.reversed, {
            k: t.k,
            offset: g.vertical ? t.y : t.x,
          });
          // Re-applying the shown window (after a resize, a mirroring) changes nothing to draw.
          if (sameWindow(windowRef.current, next)) return;
          windowRef.current = next;
          setWindow(next);
        }),
    [],
  );

  // Limits follow the geometry: from 1.5× the fit-all span down to a few days.
  useLayoutEffect(() => {
    const span = base.t1 - base.t0;
    behavior
      .scaleExtent([1 / 1.5, Math.max(1, span / MIN_WINDOW)])
      .extent(
        vertical
          ? [
              [0, 0],
              [cross, length],
            ]
          : [
              [0, 0],
              [length, cross],
            ],
      )
      .translateExtent(
        vertical
          ? [
              [0, -length * 0.5],
              [cross, length * 1.5],
            ]
          : [
              [-length * 0.5, 0],
              [length * 1.5, cross],
            ],
      );
  }, [behavior, base, length, cross, vertical]);

  const apply = useCallback(
    (target: TimeWindow) => {
      const element = surface.current;
      if (!element || length <= 0) return;
      const { k, offset } = transformForWindow(base, length, reversed, target);
      const transform = vertical
        ? zoomIdentity.translate(0, offset).scale(k)
        : zoomIdentity.translate(offset, 0).scale(k);
      behavior.transform(select(element), transform);
    },
    [behavior, surface, base, length, reversed, vertical],
  );

  useEffect(() => {
    const element = surface.current;
    if (!element) return;
    const selection = select(element);
    selection.call(behavior).on('dblclick.zoom', null);
    const onWheel = (event: WheelEvent) => {
      if (event.ctrlKey || Math.abs(event.deltaX) <= Math.abs(event.deltaY)) return;
      event.preventDefault();
      const g = geometry.current;
      const sign = g.reversed ? -1 : 1;
      apply(panWindow(windowRef.current, (sign * event.deltaX) / Math.max(1, g.length)));
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => {
      selection.on('.zoom', null);
      element.removeEventListener('wheel', onWheel);
    };
  }, [behavior, surface, apply]);

  // Keep showing the same window when the axis is resized, mirrored or rotated.
  useLayoutEffect(() => {
    apply(windowRef.current);
  }, [apply]);

  // Animation frames apply with the latest geometry: the size can change while a zoom glides
  // (the first measurement comes right after a deep link's reveal starts).
  const latestApply = useRef(apply);
  latestApply.current = apply;

  const animateTo = useCallback(
    (target: TimeWindow) => {
      cancelAnimationFrame(animation.current);
      const from = windowRef.current;
      if (prefersReducedMotion()) {
        apply(target);
        return;
      }
      const started = performance.now();
      const step = (now: number) => {
        // A frame's timestamp can precede the call that asked for it; s < 0 would extrapolate
        // the log-span interpolation to an astronomically wide window.
        const s = Math.min(1, Math.max(0, (now - started) / ANIMATION_MS));
        const eased = 1 - (1 - s) ** 3;
        latestApply.current(interpolateWindow(from, target, eased));
        if (s < 1) animation.current = requestAnimationFrame(step);
      };
      animation.current = requestAnimationFrame(step);
    },
    [apply],
  );

  useEffect(() => () => cancelAnimationFrame(animation.current), []);

  const clamp = useCallback(
    (target: TimeWindow): TimeWindow => {
      const span = Math.min(Math.max(target.t1 - target.t0, MIN_WINDOW), (base.t1 - base.t0) * 1.5);
      const center = (target.t0 + target.t1) / 2;
      return { t0: center - span / 2, t1: center + span / 2 };
    },
    [base],
  );

  return {
    window,
    zoomBy: useCallback(
      (factor: number, focus = 0.5) =>
        animateTo(clamp(zoomWindow(windowRef.current, factor, focus))),
      [animateTo, clamp],
    ),
    panBy: useCallback(
      (share: number) => animateTo(panWindow(windowRef.current, share)),
      [animateTo],
    ),
    zoomTo: useCallback((target: TimeWindow) => animateTo(clamp(target)), [animateTo, clamp]),
    fitAll: useCallback(() => animateTo(base), [animateTo, base]),
  };
}
