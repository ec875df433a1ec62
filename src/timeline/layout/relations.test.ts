import { describe, expect, it } from 'vitest';
import type { Article } from '../../model/article';
import { loadBundleValue } from '../../model/load';
import type { EventData } from '../../model/schema';
import { aBundle, anEvent } from '../../testing/bundleBuilders';
import { METRICS } from './metrics';
import { relationBrackets, type RelationBracket } from './relations';
import { fitWindow } from './zoom';

/**
 * An article whose anniversaries all fall in 2024 and mark events `years` earlier, with an
 * event in 1650 widening the view so that the brackets are short and end together at its
 * far end, their pills close together: as in a long text dated 2024.
 */
function anniversaries(years: readonly number[]): Article {
  const events: EventData[] = [anEvent({ id: 'old', start: '1650', precision: 'year' })];
  const relations = years.map((count, i) => {
    const month = String(1 + i).padStart(2, '0');
    events.push(
      anEvent({ id: `a${i}`, category: 'anniversary', start: `2024-${month}-06` }),
      anEvent({ id: `o${i}`, start: `${2024 - count}-${month}-06` }),
    );
    return { type: 'anniversary-of' as const, from: `a${i}`, to: `o${i}`, years: count };
  });
  const result = loadBundleValue(aBundle({ events, relations }));
  if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
  return result.article;
}

function bracketsOf(article: Article, rows?: number): RelationBracket[] {
  const all = fitWindow(
    article.events.map((e) => e.startMs),
    article.events.map((e) => e.endMs),
  );
  return relationBrackets({ article, ...all, length: 1150, pillWidth: () => 59, rows });
}

/** Pairs of pills drawn in the same row that overlap (or come closer than the spacing). */
function collisions(brackets: readonly RelationBracket[]): string[] {
  const found: string[] = [];
  for (const a of brackets) {
    for (const b of brackets) {
      if (a.key >= b.key || a.row !== b.row || a.uPill === undefined || b.uPill === undefined) continue;
      const apart = Math.abs(a.uPill - b.uPill) >= (a.pillWidth + b.pillWidth) / 2 + METRICS.spacing - 1e-6;
      if (!apart) found.push(`${a.key} × ${b.key} in row ${a.row}`);
    }
  }
  return found;
}

describe('relationBrackets', () => {
  it('gives four anniversaries whose pills would collide a row each', () => {
    const brackets = bracketsOf(anniversaries([49, 40, 25, 25]));
    expect(new Set(brackets.map((b) => b.row)).size).toBe(4);
    expect(brackets.every((b) => b.uPill !== undefined)).toBe(true);
    expect(collisions(brackets)).toEqual([]);
  });

  it('moves a pill along its bracket when four anniversaries share fewer rows', () => {
    const brackets = bracketsOf(anniversaries([49, 40, 25, 25]), 2);
    expect(Math.max(...brackets.map((b) => b.row))).toBe(1);
    expect(collisions(brackets)).toEqual([]);
    for (const b of brackets) {
      if (b.uPill === undefined) continue;
      // A moved pill stays on its bracket.
      const lo = Math.min(b.uOrigin, b.uAnniversary);
      const hi = Math.max(b.uOrigin, b.uAnniversary);
      expect(b.uPill - b.pillWidth / 2, b.key).toBeGreaterThanOrEqual(Math.min(lo, hi - b.pillWidth) - 1e-6);
      expect(b.uPill + b.pillWidth / 2, b.key).toBeLessThanOrEqual(Math.max(hi, lo + b.pillWidth) + 1e-6);
    }
  });

  it('never overlaps pills when an article has more anniversaries than rows, and leaves out only those with no room', () => {
    const brackets = bracketsOf(anniversaries([49, 40, 25, 25, 30, 45, 100]));
    expect(brackets).toHaveLength(7);
    expect(Math.max(...brackets.map((b) => b.row))).toBe(METRICS.maxRelationRows - 1);
    expect(collisions(brackets)).toEqual([]);
    // The long brackets leave room along them: most pills are still drawn.
    expect(brackets.filter((b) => b.uPill !== undefined).length).toBeGreaterThan(4);
  });
});
