/**
 * Issue 7's targets for the extractor, held by the suite (npm run eval:extract prints the
 * whole table): value F1 of at least 0.9 over all the gold texts, and ahead of chrono-node's
 * Arabic locale on every text. A change that loses ground on the gold set fails here.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractTemporalExpressions } from '../src/extract/extract';
import { chronoExpressions } from './chrono';
import { loadGold } from './gold';
import { count, scores, sum } from './score';

const gold = loadGold(join(process.cwd(), 'eval'));
const zaman = gold.map((g) => count(g.annotations, extractTemporalExpressions(g.text, g.dateline)));
const chrono = gold.map((g) => count(g.annotations, chronoExpressions(g.text, g.dateline)));

describe('the extractor on the gold texts', () => {
  it('reaches a value F1 of at least 0.9 over all of them, the held-out text included', () => {
    expect(gold.length).toBeGreaterThan(5);
    expect(scores(sum(zaman)).value.f1).toBeGreaterThanOrEqual(0.9);
    const heldOut = zaman.filter((_, i) => gold[i]?.split === 'held-out');
    expect(heldOut.length).toBeGreaterThan(0);
    expect(scores(sum(heldOut)).value.f1).toBeGreaterThanOrEqual(0.9);
  });

  it.each(gold.map((g, i) => [g.name, i] as const))('is ahead of chrono-node on %s', (_name, i) => {
    const ours = scores(zaman[i] ?? sum([])).value.f1;
    const theirs = scores(chrono[i] ?? sum([])).value.f1;
    expect(ours).toBeGreaterThan(theirs);
  });
});
