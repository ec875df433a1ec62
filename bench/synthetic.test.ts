import { describe, expect, it } from 'vitest';
import { loadBundleText, MAX_BUNDLE_BYTES } from '../src/model/load';
import { generateBundle, SYNTHETIC_CATEGORIES, toTimelinesChart, toVisTimeline } from './synthetic';

describe('synthetic benchmark bundles', () => {
  it('makes a 1,000-event bundle that the app loader accepts', () => {
    const result = loadBundleText(JSON.stringify(generateBundle(1000, 1)));
    if (!result.ok) expect.fail(JSON.stringify(result.problems.slice(0, 5)));
    expect(result.article.events).toHaveLength(1000);
    expect(result.article.categories).toEqual([...SYNTHETIC_CATEGORIES]);
  });

  it('is deterministic, and smaller sizes are prefixes of larger ones', () => {
    const small = generateBundle(200, 7);
    expect(JSON.stringify(generateBundle(200, 7))).toBe(JSON.stringify(small));
    expect(generateBundle(400, 7).events.slice(0, 200)).toEqual(small.events);
    expect(JSON.stringify(generateBundle(200, 8).events)).not.toBe(JSON.stringify(small.events));
  });

  it('gives the peers the same events', () => {
    const bundle = generateBundle(500, 3);
    const vis = toVisTimeline(bundle);
    expect(vis.items.map((item) => item.id)).toEqual(bundle.events.map((event) => event.id));
    const segments = toTimelinesChart(bundle).flatMap((group) =>
      group.data.flatMap((line) => line.data),
    );
    expect(segments.map((s) => s.id).sort()).toEqual(bundle.events.map((e) => e.id).sort());
    for (const s of segments) expect(s.timeRange[1]).toBeGreaterThan(s.timeRange[0]);
    // Segments on one timelines-chart row never overlap.
    for (const line of toTimelinesChart(bundle).flatMap((group) => group.data)) {
      line.data.forEach((s, k) => {
        const next = line.data[k + 1];
        if (next) expect(next.timeRange[0]).toBeGreaterThanOrEqual(s.timeRange[1]);
      });
    }
  });

  it('fits 100,000 events under the loader size limit', () => {
    // Only serialises (validating 100,000 events would make this test slow).
    const bytes = Buffer.byteLength(JSON.stringify(generateBundle(100_000, 1)));
    expect(bytes, `${bytes} bytes, ${(bytes / 100_000).toFixed(0)} per event`).toBeLessThan(
      MAX_BUNDLE_BYTES,
    );
  });
});
