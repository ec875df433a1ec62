/**
 * Scores predicted expressions against gold ones: span precision/recall/F1 (strict and
 * overlapping), value accuracy on overlapping matches, and value F1 (a prediction counts only
 * when it overlaps a gold expression and has its value). Matching is one-to-one.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
  readonly value: string;
}

/** Raw counts, so texts can be summed before ratios are taken (micro-average). */
export interface Counts {
  readonly gold: number;
  readonly predicted: number;
  readonly strict: number;
  readonly overlap: number;
  /** Overlap matches whose values agree. */
  readonly overlapSameValue: number;
  /** Matches of the value-F1 matching (overlap and equal value, one-to-one). */
  readonly valueMatches: number;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const overlapLength = (a: Span, b: Span) => Math.min(a.end, b.end) - Math.max(a.start, b.start);

/** Pairs each gold span with at most one prediction that `fits`, preferring the largest overlap. */
function match(
  gold: readonly Span[],
  predicted: readonly Span[],
  fits: (g: Span, p: Span) => boolean,
): [Span, Span][] {
  const used = new Set<Span>();
  const pairs: [Span, Span][] = [];
  for (const g of gold) {
    const best = predicted
      .filter((p) => !used.has(p) && fits(g, p))
      .sort((a, b) => overlapLength(g, b) - overlapLength(g, a))[0];
    if (best) {
      used.add(best);
      pairs.push([g, best]);
    }
  }
  return pairs;
}

export function count(gold: readonly Span[], predicted: readonly Span[]): Counts {
  const overlapPairs = match(gold, predicted, overlaps);
  return {
    gold: gold.length,
    predicted: predicted.length,
    strict: match(gold, predicted, (g, p) => g.start === p.start && g.end === p.end).length,
    overlap: overlapPairs.length,
    overlapSameValue: overlapPairs.filter(([g, p]) => g.value === p.value).length,
    valueMatches: match(gold, predicted, (g, p) => overlaps(g, p) && g.value === p.value).length,
  };
}

export function sum(all: readonly Counts[]): Counts {
  const zero: Counts = {
    gold: 0,
    predicted: 0,
    strict: 0,
    overlap: 0,
    overlapSameValue: 0,
    valueMatches: 0,
  };
  return all.reduce(
    (a, b) => ({
      gold: a.gold + b.gold,
      predicted: a.predicted + b.predicted,
      strict: a.strict + b.strict,
      overlap: a.overlap + b.overlap,
      overlapSameValue: a.overlapSameValue + b.overlapSameValue,
      valueMatches: a.valueMatches + b.valueMatches,
    }),
    zero,
  );
}

export interface Prf {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export function prf(matched: number, predicted: number, gold: number): Prf {
  const precision = predicted === 0 ? 0 : matched / predicted;
  const recall = gold === 0 ? 0 : matched / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export interface Scores {
  readonly strict: Prf;
  readonly overlap: Prf;
  /** Share of overlap matches with the gold value (0 when nothing matched). */
  readonly valueAccuracy: number;
  readonly value: Prf;
}

export function scores(c: Counts): Scores {
  return {
    strict: prf(c.strict, c.predicted, c.gold),
    overlap: prf(c.overlap, c.predicted, c.gold),
    valueAccuracy: c.overlap === 0 ? 0 : c.overlapSameValue / c.overlap,
    value: prf(c.valueMatches, c.predicted, c.gold),
  };
}
