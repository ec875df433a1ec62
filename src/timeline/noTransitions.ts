/**
 * Stands in for d3-transition in the build (vite.config.ts aliases it here). d3-zoom imports
 * d3-transition for one thing, to stop a running transition (`interrupt`) before it applies a
 * transform, and the whole module comes with it: transitions for every selection, d3-color
 * and d3-interpolate's colours, ~7 KB gzip of the first load. Zaman never makes a d3
 * transition (the timeline animates its window itself, useTimeZoom.ts; double-click zoom is
 * off), so there is never one to stop. Anything that did try to make one would fail loudly:
 * selections here have no transition() at all.
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
