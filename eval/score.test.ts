import { describe, expect, it } from 'vitest';
import { count, prf, scores, sum } from './score';

const span = (start: number, end: number, value = 'v') => ({ start, end, value });

describe('count', () => {
  it('counts an exact span as both a strict and an overlap match', () => {
    expect(count([span(0, 5)], [span(0, 5)])).toMatchObject({
      strict: 1,
      overlap: 1,
      valueMatches: 1,
    });
  });

  it('counts a partly overlapping span as an overlap match only', () => {
    expect(count([span(0, 5)], [span(3, 8)])).toMatchObject({ strict: 0, overlap: 1 });
  });

  it('uses each prediction for one gold expression at most', () => {
    expect(count([span(0, 5), span(6, 9)], [span(0, 9)])).toMatchObject({ overlap: 1 });
  });

  it('counts a value match only when the span overlaps and the value is equal', () => {
    expect(count([span(0, 5, '2021')], [span(0, 5, '2022'), span(10, 12, '2021')])).toMatchObject({
      overlap: 1,
      overlapSameValue: 0,
      valueMatches: 0,
    });
  });
});

describe('scores', () => {
  it('gives precision, recall and F1 from counts', () => {
    expect(prf(1, 2, 4)).toEqual({ precision: 0.5, recall: 0.25, f1: 1 / 3 });
  });

  it('gives zeros rather than NaN when nothing was predicted', () => {
    expect(scores(count([span(0, 1)], [])).value).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it('sums counts so that texts are micro-averaged', () => {
    const total = sum([count([span(0, 1)], [span(0, 1)]), count([span(0, 1), span(2, 3)], [])]);
    expect(scores(total).value.recall).toBeCloseTo(1 / 3);
  });
});
