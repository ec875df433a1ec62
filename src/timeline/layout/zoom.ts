/**
 * Zoom state as plain numbers: the view is a window [t0, t1) of time. d3-zoom's
 * transform maps onto it through the base (fit-all) scale; these helpers compute
 * the windows that buttons and keys ask for.
 */

export interface TimeWindow {
  readonly t0: number;
  readonly t1: number;
}

const DAY = 86_400_000;

/** The window that shows all events, with a margin on each side so end markers are not cut. */
export function fitWindow(
  starts: readonly number[],
  ends: readonly number[],
  margin = 0.06,
): TimeWindow {
  let t0 = Math.min(...starts);
  let t1 = Math.max(...ends);
  if (!Number.isFinite(t0) || !Number.isFinite(t1)) {
    const now = Date.UTC(2000, 0, 1);
    return { t0: now - 365 * DAY, t1: now + 365 * DAY };
  }
  if (t1 - t0 < 30 * DAY) {
    const middle = (t0 + t1) / 2;
    t0 = middle - 15 * DAY;
    t1 = middle + 15 * DAY;
  }
  const pad = (t1 - t0) * margin;
  return { t0: t0 - pad, t1: t1 + pad };
}

/** The narrowest window the timeline zooms to: a few days fill the screen. */
export const MIN_WINDOW = 4 * DAY;

/** A window of the given span centred on `center`. */
export function windowAround(center: number, span: number): TimeWindow {
  return { t0: center - span / 2, t1: center + span / 2 };
}

/** The zoom factor (relative to `base`) that shows `target`, and its reading-space offset. */
export function scaleFor(base: TimeWindow, target: TimeWindow): number {
  return (base.t1 - base.t0) / Math.max(MIN_WINDOW, target.t1 - target.t0);
}

/**
 * A d3-zoom transform along the time axis as numbers: screen = k · base + offset,
 * where base is the fit-all position (reversed for right-to-left time).
 */
export interface AxisTransform {
  readonly k: number;
  readonly offset: number;
}

function baseAt(base: TimeWindow, length: number, reversed: boolean, t: number): number {
  const p = ((t - base.t0) / (base.t1 - base.t0)) * length;
  return reversed ? length - p : p;
}

function timeAt(base: TimeWindow, length: number, reversed: boolean, x: number): number {
  const p = reversed ? length - x : x;
  return base.t0 + (p / length) * (base.t1 - base.t0);
}

/** The window of time a transform shows on an axis of `length` pixels. */
export function windowFromTransform(
  base: TimeWindow,
  length: number,
  reversed: boolean,
  { k, offset }: AxisTransform,
): TimeWindow {
  const a = timeAt(base, length, reversed, -offset / k);
  const b = timeAt(base, length, reversed, (length - offset) / k);
  return { t0: Math.min(a, b), t1: Math.max(a, b) };
}

/**
 * Whether two windows show the same view: equal but for rounding (a transform's round trip
 * moves the ends by far less than a billionth of the span, a millionth of a pixel).
 */
export function sameWindow(a: TimeWindow, b: TimeWindow): boolean {
  const tolerance = (a.t1 - a.t0) * 1e-9;
  return Math.abs(a.t0 - b.t0) <= tolerance && Math.abs(a.t1 - b.t1) <= tolerance;
}

/** The transform that shows `target` (the inverse of windowFromTransform). */
export function transformForWindow(
  base: TimeWindow,
  length: number,
  reversed: boolean,
  target: TimeWindow,
): AxisTransform {
  const k = (base.t1 - base.t0) / (target.t1 - target.t0);
  const first = baseAt(base, length, reversed, reversed ? target.t1 : target.t0);
  return { k, offset: -k * first };
}

/** Zooms a window by `factor` (> 1 zooms in) keeping the instant at `focus` (0–1 along it) in place. */
export function zoomWindow(w: TimeWindow, factor: number, focus = 0.5): TimeWindow {
  const span = (w.t1 - w.t0) / factor;
  const at = w.t0 + (w.t1 - w.t0) * focus;
  return { t0: at - span * focus, t1: at + span * (1 - focus) };
}

/** Moves a window along time by a share of its span (positive: later). */
export function panWindow(w: TimeWindow, share: number): TimeWindow {
  const d = (w.t1 - w.t0) * share;
  return { t0: w.t0 + d, t1: w.t1 + d };
}

/** Interpolates between windows in log-span, so zooming feels even at every scale. */
export function interpolateWindow(a: TimeWindow, b: TimeWindow, s: number): TimeWindow {
  const spanA = a.t1 - a.t0;
  const spanB = b.t1 - b.t0;
  const span = Math.exp(Math.log(spanA) + (Math.log(spanB) - Math.log(spanA)) * s);
  const center = (a.t0 + a.t1) / 2 + ((b.t0 + b.t1) / 2 - (a.t0 + a.t1) / 2) * s;
  return windowAround(center, span);
}

/** How much closer activating a cluster at least zooms when its events run across the whole view. */
export const CLUSTER_ZOOM_STEP = 2;

/**
 * The window a cluster zooms into: the part of its events' time that is in view, padded. Its
 * events may run far past the view (year-long bands seen a month at a time) and zooming to
 * all of their time would widen the view: activating a cluster always zooms in, by at least
 * CLUSTER_ZOOM_STEP around that part, down to `minSpan`.
 */
export function clusterWindow(cluster: TimeWindow, view: TimeWindow, minSpan: number): TimeWindow {
  const a = Math.max(cluster.t0, view.t0);
  const b = Math.min(cluster.t1, view.t1);
  const span = Math.max(0, b - a);
  const pad = Math.max(span * 0.1, minSpan / 4);
  const widest = Math.max(minSpan, (view.t1 - view.t0) / CLUSTER_ZOOM_STEP);
  if (span + 2 * pad <= widest) return { t0: a - pad, t1: b + pad };
  return windowAround((a + b) / 2, widest);
}
