import { describe, expect, it } from 'vitest';
import { generateBundle } from '../../../bench/synthetic';
import type { ArticleEvent } from '../../model/article';
import { loadBundleValue } from '../../model/load';
import { clusterHighlighted, highlightIndex } from './highlights';
import { buildLaneIndexes } from './laneIndex';
import { layoutTimeline, type ClusterBlock } from './layoutTimeline';
import { fitWindow } from './zoom';

const loaded = loadBundleValue(generateBundle(10_000));
if (!loaded.ok) throw new Error('the synthetic bundle does not load');
const article = loaded.article;
const lanes = buildLaneIndexes(article.events, article.categories);
const base = fitWindow(
  article.events.map((e) => e.startMs),
  article.events.map((e) => e.endMs),
);

/** The layout of a window, with fixed label widths. */
function layoutAt(t0: number, t1: number, orientation: 'horizontal' | 'vertical', length: number) {
  const widths = { labelWidth: () => 80, clusterLabelWidth: () => 40, binLabelWidth: () => 30 };
  return layoutTimeline({ lanes, orientation, t0, t1, length, ...widths });
}

/** By definition (a scan of the lane): the bin counts its starts, the window's first bin also what runs into the window. */
function binHolds(block: ClusterBlock, event: ArticleEvent, t0: number): boolean {
  // A bin of the narrow column (lane -1) holds every lane's events.
  if (block.lane >= 0 && lanes[block.lane]?.category !== event.category) return false;
  if (event.startMs >= block.t0 && event.startMs < block.t1) return true;
  return block.t0 <= t0 && event.startMs < t0 && event.endMs > t0;
}

describe('clusterHighlighted', () => {
  const chosen = new Set(article.events.filter((_, i) => i % 997 === 0).map((e) => e.id));
  const index = highlightIndex(chosen, lanes, article.eventById);

  it('marks exactly the density bins that hold a chosen event, at the full view and zoomed in', () => {
    const span = base.t1 - base.t0;
    const windows = [base, { t0: base.t0 + span * 0.3, t1: base.t0 + span * 0.45 }];
    for (const { t0, t1 } of windows) {
      const layout = layoutAt(t0, t1, 'horizontal', 1000);
      const bins = layout.blocks.filter((b): b is ClusterBlock => b.kind === 'cluster' && !b.ids);
      expect(bins.length).toBeGreaterThan(20);
      let marked = 0;
      for (const bin of bins) {
        const expected = article.events.some((e) => chosen.has(e.id) && binHolds(bin, e, t0));
        expect(clusterHighlighted(bin, index, t0), bin.key).toBe(expected);
        if (expected) marked += 1;
      }
      // Some bins are marked and some are not: the test sees both answers.
      expect(marked).toBeGreaterThan(0);
      expect(marked).toBeLessThan(bins.length);
    }
  });

  it('marks the bins of the narrow column that hold a chosen event, whatever its lane', () => {
    const layout = layoutAt(base.t0, base.t1, 'vertical', 560);
    const bins = layout.blocks.filter((b): b is ClusterBlock => b.kind === 'cluster' && b.lane === -1);
    expect(bins.length).toBeGreaterThan(5);
    const few = new Set(article.events.filter((_, i) => i % 2_503 === 0).map((e) => e.id));
    const fewIndex = highlightIndex(few, lanes, article.eventById);
    let marked = 0;
    for (const bin of bins) {
      const expected = article.events.some((e) => few.has(e.id) && binHolds(bin, e, base.t0));
      expect(clusterHighlighted(bin, fewIndex, base.t0), bin.key).toBe(expected);
      if (expected) marked += 1;
    }
    expect(marked).toBeGreaterThan(0);
    expect(marked).toBeLessThan(bins.length);
  });

  it('marks the first bin for a chosen event that began before the window and still runs', () => {
    const long = [...article.events].sort((a, b) => b.endMs - b.startMs - (a.endMs - a.startMs))[0];
    if (!long) throw new Error('no events');
    const t0 = long.startMs + 86_400_000;
    const t1 = t0 + (base.t1 - base.t0) * 0.4;
    expect(long.endMs).toBeGreaterThan(t0);
    const layout = layoutAt(t0, t1, 'horizontal', 1000);
    const lane = lanes.findIndex((l) => l.category === long.category);
    const bins = layout.blocks.filter((b): b is ClusterBlock => b.kind === 'cluster' && !b.ids && b.lane === lane);
    const first = bins.find((b) => b.t0 === t0);
    expect(first, 'the lane is summarized in bins from the window start').toBeDefined();
    const only = highlightIndex(new Set([long.id]), lanes, article.eventById);
    expect(bins.filter((b) => clusterHighlighted(b, only, t0))).toEqual([first]);
  });

  it('marks a packed cluster by its members, and nothing when no sentence is chosen', () => {
    const [member, other] = article.events;
    if (!member || !other) throw new Error('no events');
    const cluster: ClusterBlock = {
      kind: 'cluster',
      key: 'c',
      lane: 0,
      row: 0,
      count: 1,
      t0: member.startMs,
      t1: member.endMs,
      ids: [member.id],
      u0: 0,
      u1: 10,
      boxStart: 0,
      boxEnd: 10,
    };
    expect(clusterHighlighted(cluster, highlightIndex(new Set([member.id]), lanes, article.eventById), 0)).toBe(true);
    expect(clusterHighlighted(cluster, highlightIndex(new Set([other.id]), lanes, article.eventById), 0)).toBe(false);
    expect(clusterHighlighted(cluster, highlightIndex(new Set(), lanes, article.eventById), 0)).toBe(false);
  });
});
