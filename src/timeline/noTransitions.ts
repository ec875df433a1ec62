/**
 * Stands in for d3-transition and d3-interpolate in the build (vite.config.ts aliases both
 * here). d3-zoom imports d3-transition for one thing, to stop a running transition
 * (`interrupt`) before it applies a transform, and d3-interpolate for one function,
 * `interpolateZoom`, which it calls only to glide a transform along a transition; each whole
 * module came with it (transitions for every selection, d3-color and every colour
 * interpolator: ~7 KB gzip of the first load, and ~3 KB more for d3-interpolate, which
 * declares no "sideEffects"). Zaman never makes a d3 transition (the timeline animates its
 * window itself, useTimeZoom.ts; double-click zoom is off), so there is never one to stop or
 * glide. Anything that did try would fail loudly: selections here have no transition() at
 * all, and interpolateZoom throws.
 */
import { selection } from 'd3-selection';

/** Stops a node's transitions: it has none. */
export function interrupt(): void {}

// d3-zoom calls selection.interrupt() as well (d3-transition adds it to every selection).
(selection.prototype as unknown as { interrupt: () => unknown }).interrupt = function (
  this: unknown,
) {
  return this;
};

/** d3-zoom's glide along a transition: there are none. */
export function interpolateZoom(): never {
  throw new Error('Zaman makes no d3 transitions, so d3-zoom has nothing to interpolate.');
}
