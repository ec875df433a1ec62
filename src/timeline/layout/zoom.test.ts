import { describe, expect, it } from 'vitest';
import {
  clusterWindow,
  fitWindow,
  interpolateWindow,
  panWindow,
  sameWindow,
  transformForWindow,
  windowFromTransform,
  zoomWindow,
} from './zoom';

const base = { t0: 0, t1: 1000 };

describe('zoom windows', () => {
  it('turns a window into a transform and back, left to right', () => {
    const target = { t0: 200, t1: 400 };
    const transform = transformForWindow(base, 500, false, target);
    expect(transform.k).toBeCloseTo(5);
    const back = windowFromTransform(base, 500, false, transform);
    expect(back.t0).toBeCloseTo(200);
    expect(back.t1).toBeCloseTo(400);
  });

  it('turns a window into a transform and back when time runs right to left', () => {
    const target = { t0: 200, t1: 400 };
    const back = windowFromTransform(base, 500, true, transformForWindow(base, 500, true, target));
    expect(back.t0).toBeCloseTo(200);
    expect(back.t1).toBeCloseTo(400);
  });

  it('shows later time at the left edge when reversed', () => {
    // Identity transform, reversed: the left edge (x = 0) is the latest time.
    const w = windowFromTransform(base, 500, true, { k: 2, offset: 0 });
    expect(w).toEqual({ t0: 500, t1: 1000 });
  });

  it('zooms around a focus point that stays in place', () => {
    const w = zoomWindow({ t0: 0, t1: 100 }, 2, 0.25);
    expect(w).toEqual({ t0: 12.5, t1: 62.5 });
  });

  it('pans by a share of the span', () => {
    expect(panWindow({ t0: 0, t1: 100 }, -0.2)).toEqual({ t0: -20, t1: 80 });
  });

  it('interpolates evenly in log-span', () => {
    const mid = interpolateWindow({ t0: 0, t1: 100 }, { t0: 0, t1: 1 }, 0.5);
    expect(mid.t1 - mid.t0).toBeCloseTo(10);
  });

  it('fits all events with a margin on both sides', () => {
    const w = fitWindow([100_000_000_000], [200_000_000_000]);
    expect(w.t0).toBeLessThan(100_000_000_000);
    expect(w.t1).toBeGreaterThan(200_000_000_000);
  });

  it('sees a window carried through a transform and back as the same view, and a pan as another', () => {
    // Times as the timeline holds them: milliseconds since 1970, where rounding shows.
    const shown = fitWindow([Date.UTC(1900, 0, 1)], [Date.UTC(2030, 0, 1)]);
    for (const reversed of [false, true]) {
      const back = windowFromTransform(
        shown,
        1187,
        reversed,
        transformForWindow(shown, 1187, reversed, shown),
      );
      expect(sameWindow(shown, back)).toBe(true);
    }
    // A hundredth of a pixel's pan on a 1,000-pixel axis is a different view.
    expect(sameWindow(shown, panWindow(shown, 1e-5))).toBe(false);
  });

  it('zooms into a cluster, never out, when its events run far past the view', () => {
    // Two decade-long bands seen ten units at a time: their whole time is 100 times the view.
    const view = { t0: 500, t1: 510 };
    const target = clusterWindow({ t0: 0, t1: 1000 }, view, 1);
    expect(target.t1 - target.t0).toBeLessThanOrEqual((view.t1 - view.t0) / 2);
    expect(target.t0).toBeGreaterThanOrEqual(view.t0);
    expect(target.t1).toBeLessThanOrEqual(view.t1);
  });

  it('zooms to a cluster inside the view with a margin around it', () => {
    const target = clusterWindow({ t0: 200, t1: 300 }, { t0: 0, t1: 1000 }, 1);
    expect(target).toEqual({ t0: 190, t1: 310 });
  });

  it('zooms into the part of a cluster that is in view, around it', () => {
    const target = clusterWindow({ t0: -500, t1: 100 }, { t0: 0, t1: 1000 }, 1);
    expect(target).toEqual({ t0: -10, t1: 110 });
  });
});
