import { describe, expect, it } from 'vitest';
import { packLane, type PackItem, type PackOptions } from './pack';

const options: PackOptions = {
  rows: 2,
  markerRadius: 10,
  labelGap: 2,
  spacing: 4,
  clusterLabelWidth: () => 30,
};
const item = (id: string, u0: number, labelWidth = 50, u1 = u0): PackItem => ({
  id,
  u0,
  u1,
  labelWidth,
});

describe('packLane', () => {
  it('puts items that do not collide in the first row', () => {
    const blocks = packLane([item('a', 0), item('b', 100), item('c', 200)], options);
    expect(blocks.map((b) => (b.kind === 'event' ? [b.id, b.row] : b.kind))).toEqual([
      ['a', 0],
      ['b', 0],
      ['c', 0],
    ]);
  });

  it('moves a colliding label to the next row', () => {
    const blocks = packLane([item('a', 0), item('b', 20)], options);
    expect(blocks.map((b) => b.row)).toEqual([0, 1]);
  });

  it('merges what fits in no row into a cluster that keeps every id', () => {
    const blocks = packLane([item('a', 0), item('b', 10), item('c', 20), item('d', 30)], options);
    const ids = blocks.flatMap((b) => (b.kind === 'event' ? [b.id] : b.ids));
    expect(ids.sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(blocks.some((b) => b.kind === 'cluster')).toBe(true);
  });

  it.each([undefined, 400])('never lets two boxes in a row overlap (axis length %s)', (length) => {
    const items = Array.from({ length: 60 }, (_, i) =>
      item(`e${i}`, (i * 37) % 400, 20 + (i % 5) * 15),
    );
    items.sort((a, b) => a.u0 - b.u0);
    const blocks = packLane(items, { ...options, rows: 3, length });
    for (const a of blocks) {
      for (const b of blocks) {
        if (a === b || a.row !== b.row) continue;
        expect(a.boxEnd <= b.boxStart || b.boxEnd <= a.boxStart).toBe(true);
      }
    }
  });

  it('ends a cluster of bars that run on past the axis at the axis, so its centred count is on it', () => {
    // Three year-long bands seen a month at a time: each fills a row, the third clusters.
    const bars = ['a', 'b', 'c'].map((id) => item(id, 0, 50, 20_000));
    const blocks = packLane(bars, { ...options, length: 400 });
    const cluster = blocks.find((b) => b.kind === 'cluster');
    expect(cluster?.boxStart).toBeGreaterThanOrEqual(0);
    expect(cluster?.boxEnd).toBe(400);
  });

  it('puts a label before its marker when it would run past the end of the axis', () => {
    const [block] = packLane([item('a', 390, 60)], { ...options, length: 400 });
    expect(block?.kind === 'event' && block.labelStart).toBeLessThan(390);
    expect(block?.boxEnd).toBeLessThanOrEqual(400);
  });

  it('puts a bar’s label before the bar when the axis ends before the label would', () => {
    // The bar could hold half the label, but laid on it the label would end past the axis;
    // slid back, it would cover the bar's start.
    const [block] = packLane([item('a', 300, 150, 500)], { ...options, length: 400 });
    expect(block?.kind === 'event' && [block.onBar, block.labelStart]).toEqual([false, 148]);
    expect([block?.boxStart, block?.boxEnd]).toEqual([148, 400]);
  });

  it('keeps a label on a bar that starts at the axis’s start, even where the axis is short', () => {
    const [block] = packLane([item('a', 0, 150, 500)], { ...options, length: 100 });
    expect(block?.kind === 'event' && [block.onBar, block.labelStart]).toEqual([true, 2]);
  });

  it('lays a label on a bar that holds at least half of it', () => {
    const [block] = packLane([item('a', 100, 80, 140)], options);
    expect(block?.kind === 'event' && [block.onBar, block.labelStart]).toEqual([true, 102]);
  });

  it('puts the label after a bar too short to hold half of it, not across its edges', () => {
    const [block] = packLane([item('a', 100, 80, 120)], options);
    expect(block?.kind === 'event' && [block.onBar, block.labelStart]).toEqual([false, 122]);
  });

  it('puts a short bar’s label before it at the end of the axis', () => {
    const [block] = packLane([item('a', 370, 80, 390)], { ...options, length: 400 });
    expect(block?.kind === 'event' && [block.onBar, block.labelStart]).toEqual([false, 288]);
    expect(block?.boxEnd).toBe(390);
  });

  it('counts only the part of a bar on the axis as holding its label', () => {
    // 300 px long, but 20 px of it on the axis: the label goes before it.
    const [block] = packLane([item('a', 380, 80, 680)], { ...options, length: 400 });
    expect(block?.kind === 'event' && [block.onBar, block.labelStart]).toEqual([false, 298]);
  });

  it('makes a range’s box cover its whole bar', () => {
    const [block] = packLane([item('a', 0, 10, 300)], options);
    expect(block?.boxEnd).toBeGreaterThanOrEqual(300);
  });

  it('ends a range’s box with the axis when the bar runs on past it', () => {
    const [block] = packLane([item('a', 100, 60, 900)], { ...options, length: 400 });
    expect([block?.boxStart, block?.boxEnd]).toEqual([100, 400]);
  });
});

describe('packLane at the end of the axis', () => {
  it('slides a cluster’s count back so it is not cut by the end of the axis', () => {
    const blocks = packLane([item('a', 390, 60), item('b', 392, 60)], {
      ...options,
      rows: 1,
      length: 400,
    });
    const cluster = blocks.find((b) => b.kind === 'cluster');
    expect(cluster?.boxEnd).toBeLessThanOrEqual(400);
  });
});
