import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateBundle } from '../../../bench/synthetic';
import type { Article } from '../../model/article';
import { loadBundleValue } from '../../model/load';
import { aBundle, anEvent } from '../../testing/bundleBuilders';
import { buildLaneIndexes } from './laneIndex';
import {
  anchorTime,
  layoutTimeline,
  markKind,
  rowsNeeded,
  windowShowing,
  type LayoutInput,
} from './layoutTimeline';
import { maxRowsFor, METRICS } from './metrics';
import { fitWindow, MIN_WINDOW } from './zoom';

function articleOf(bundle: unknown): Article {
  const result = loadBundleValue(bundle);
  if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
  return result.article;
}

function inputFor(article: Article, t0: number, t1: number, length = 1000): LayoutInput {
  return {
    lanes: buildLaneIndexes(article.events, article.categories),
    orientation: 'horizontal',
    t0,
    t1,
    length,
    labelWidth: () => 80,
    clusterLabelWidth: () => 40,
    binLabelWidth: () => 30,
  };
}

/** How many events a layout accounts for: drawn, in clusters, or counted off either edge. */
function accounted(layout: ReturnType<typeof layoutTimeline>): number {
  let n = layout.before + layout.after;
  for (const block of layout.blocks) n += block.kind === 'event' ? 1 : block.count;
  return n;
}

describe('layoutTimeline', () => {
  it('lets few lanes stack deeper: three rows among four lanes or more, up to eight alone', () => {
    expect([1, 2, 3, 4, 7].map(maxRowsFor)).toEqual([8, 6, 4, 3, 3]);
  });

  it('spreads a one-lane article over more rows instead of clustering it', () => {
    // Six months close together and a year, all in one lane, as a new article's "other" dates often are.
    const article = articleOf(
      aBundle({
        events: [
          anEvent({ id: 'year', start: '2025', precision: 'year' }),
          ...[1, 2, 3, 4, 5, 6].map((d) => anEvent({ id: `d${d}`, start: `2025-03-0${d}` })),
        ],
      }),
    );
    const base = fitWindow(article.events.map((e) => e.startMs), article.events.map((e) => e.endMs));
    const input = inputFor(article, base.t0, base.t1, 600);
    const laneRows = rowsNeeded(input);
    expect(laneRows[0]).toBeGreaterThan(METRICS.maxRows);
    const layout = layoutTimeline({ ...input, laneRows });
    expect(layout.blocks.filter((b) => b.kind === 'event')).toHaveLength(7);
  });

  it('shows a long event whole when the dates inside it keep it in a cluster', () => {
    // A school year with a day inside it every four days: never alone, however close the zoom.
    const days = Array.from({ length: 90 }, (_, i) => {
      const d = new Date(Date.UTC(2024, 8, 1 + i * 4)).toISOString().slice(0, 10);
      return anEvent({ id: `d${i}`, start: d });
    });
    const article = articleOf(
      aBundle({ events: [anEvent({ id: 'school-year', start: '2024', end: '2025', precision: 'year' }), ...days] }),
    );
    const event = article.eventById.get('school-year')!;
    const base = fitWindow(article.events.map((e) => e.startMs), article.events.map((e) => e.endMs));
    const input = inputFor(article, base.t0, base.t1, 600);
    const shown = windowShowing({ ...input, laneRows: [1] }, event, base.t1 - base.t0, MIN_WINDOW);
    expect(shown.t0).toBeLessThanOrEqual(event.startMs);
    expect(shown.t1).toBeGreaterThanOrEqual(event.endMs);
  });

  it('draws a day as a point, a day range as a bar and a year as a band', () => {
    const article = articleOf(
      aBundle({
        events: [
          anEvent({ id: 'day', start: '2020-05-01' }),
          anEvent({ id: 'range', start: '2020-05-03', end: '2020-05-09' }),
          anEvent({ id: 'year', start: '2019', precision: 'year' }),
        ],
      }),
    );
    expect(article.events.map((e) => [e.id, markKind(e)])).toEqual([
      ['year', 'band'],
      ['day', 'point'],
      ['range', 'range'],
    ]);
  });

  it('anchors a year-precision event at the start of its year, never at a point on 1 January', () => {
    const article = articleOf(
      aBundle({ events: [anEvent({ id: 'y', start: '2019', precision: 'year' })] }),
    );
    const event = article.eventById.get('y');
    if (!event) throw new Error('missing');
    const window = fitWindow([event.startMs], [event.endMs]);
    const layout = layoutTimeline(inputFor(article, window.t0, window.t1));
    const block = layout.blocks[0];
    expect(block?.kind === 'event' && block.mark).toBe('band');
    // The band spans the whole year: most of the fitted view.
    expect(block && block.u1 - block.u0).toBeGreaterThan(800);
  });

  it('packs the embedded article’s narrow column as before: its clusters list their events, no bins', () => {
    const article = articleOf(JSON.parse(readFileSync('src/data/seed.bundle.json', 'utf8')));
    const base = fitWindow(
      article.events.map((e) => e.startMs),
      article.events.map((e) => e.endMs),
    );
    for (const length of [420, 560, 800]) {
      const layout = layoutTimeline({
        ...inputFor(article, base.t0, base.t1, length),
        orientation: 'vertical',
      });
      expect(accounted(layout)).toBe(article.events.length);
      expect(layout.blocks.every((b) => b.kind === 'event' || b.ids !== undefined)).toBe(true);
    }
  });

  it('keeps the narrow column’s labels and clusters clear of the plot’s ends, with room for a ring', () => {
    // A shared view of August and September 2021: events sit at its very start, and later.
    const article = articleOf(JSON.parse(readFileSync('src/data/seed.bundle.json', 'utf8')));
    const length = 560;
    const layout = layoutTimeline({
      ...inputFor(article, Date.UTC(2021, 7, 1), Date.UTC(2021, 9, 1, 23), length),
      orientation: 'vertical',
    });
    expect(layout.blocks.length).toBeGreaterThan(0);
    for (const block of layout.blocks) {
      expect(block.boxStart, block.key).toBeGreaterThanOrEqual(METRICS.columnInset);
      expect(block.boxEnd, block.key).toBeLessThanOrEqual(length - METRICS.columnInset);
    }
  });

  describe('with 10,000 generated events', () => {
    const article = articleOf(generateBundle(10_000, 7));
    const base = fitWindow(
      article.events.map((e) => e.startMs),
      article.events.map((e) => e.endMs),
    );

    it('accounts for every event at every zoom level, in clusters or one by one', () => {
      const center = (base.t0 + base.t1) / 2;
      for (let span = base.t1 - base.t0; span > MIN_WINDOW; span /= 4) {
        const layout = layoutTimeline(inputFor(article, center - span / 2, center + span / 2));
        expect(accounted(layout)).toBe(10_000);
      }
    });

    it('never lets two clusters or labels overlap in a row, however long their counts', () => {
      const center = (base.t0 + base.t1) / 2;
      for (let span = base.t1 - base.t0; span > MIN_WINDOW; span /= 3) {
        const input = {
          ...inputFor(article, center - span / 2, center + span / 2),
          clusterLabelWidth: (count: number) => 40 + 8 * String(count).length,
          binLabelWidth: (count: number) => 12 + 8 * String(count).length,
        };
        const blocks = layoutTimeline(input).blocks;
        for (const a of blocks) {
          for (const b of blocks) {
            if (a === b || a.lane !== b.lane || a.row !== b.row) continue;
            expect(a.boxEnd <= b.boxStart || b.boxEnd <= a.boxStart, `${a.key} × ${b.key}`).toBe(
              true,
            );
          }
        }
      }
    });

    it('sums up the narrow column in bins whose counts, lane by lane, add up to every event', () => {
      const center = (base.t0 + base.t1) / 2;
      for (let span = base.t1 - base.t0; span > MIN_WINDOW; span /= 4) {
        const input = {
          ...inputFor(article, center - span / 2, center + span / 2, 560),
          orientation: 'vertical' as const,
        };
        const layout = layoutTimeline(input);
        expect(accounted(layout)).toBe(10_000);
        for (const block of layout.blocks) {
          if (block.kind !== 'cluster' || !block.laneCounts) continue;
          expect(block.laneCounts.reduce((a, b) => a + b, 0)).toBe(block.count);
          // A bin is at least one line of label high, and bins do not overlap.
          expect(block.boxEnd - block.boxStart).toBeGreaterThanOrEqual(METRICS.verticalLabelHeight - 4);
        }
        const boxes = layout.blocks.map((b) => [b.boxStart, b.boxEnd] as const).sort((a, b) => a[0] - b[0]);
        for (let i = 1; i < boxes.length; i++) {
          expect(boxes[i]![0]).toBeGreaterThanOrEqual(boxes[i - 1]![1]);
        }
      }
      const full = layoutTimeline({ ...inputFor(article, base.t0, base.t1, 560), orientation: 'vertical' });
      expect(full.blocks.length).toBeGreaterThan(5);
      expect(full.blocks.length).toBeLessThan(40);
      expect(full.blocks.every((b) => b.kind === 'cluster' && b.laneCounts)).toBe(true);
    });

    it('keeps the fit-all view small enough to draw: a few hundred blocks, not ten thousand', () => {
      const layout = layoutTimeline(inputFor(article, base.t0, base.t1));
      expect(layout.blocks.length).toBeLessThan(400);
    });

    it('gives each lane the rows its fit-all layout uses, dense lanes included', () => {
      // rowsNeeded skips computing density bins; the rows must be those a full layout uses.
      for (const length of [320, 1000, 2400]) {
        const input = inputFor(article, base.t0, base.t1, length);
        const full = layoutTimeline({ ...input, laneRows: input.lanes.map(() => METRICS.maxRows) });
        const used = input.lanes.map((_, lane) =>
          full.blocks.reduce((most, b) => (b.lane === lane ? Math.max(most, b.row + 1) : most), 1),
        );
        expect(full.blocks.some((b) => b.kind === 'cluster' && b.ids === undefined)).toBe(true);
        expect(rowsNeeded(input)).toEqual(used);
      }
    });

    it('draws any event on its own once zoomed in around it', () => {
      const input = inputFor(article, base.t0, base.t1);
      const laneRows = rowsNeeded(input);
      for (let i = 0; i < article.events.length; i += 997) {
        const event = article.events[i];
        if (!event) continue;
        const at = anchorTime(event);
        let found = false;
        for (let span = base.t1 - base.t0; span >= MIN_WINDOW && !found; span /= 2) {
          const layout = layoutTimeline({
            ...input,
            laneRows,
            t0: at - span / 2,
            t1: at + span / 2,
          });
          found = layout.blocks.some(
            (b) =>
              (b.kind === 'event' && b.event.id === event.id) ||
              (b.kind === 'cluster' && b.ids?.includes(event.id)),
          );
        }
        expect(found, event.id).toBe(true);
      }
    });
  });
});
