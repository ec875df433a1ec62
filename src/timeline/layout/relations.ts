/**
 * Anniversary brackets: each `anniversary-of` relation is drawn as a bracket from
 * the origin to the anniversary with a pill saying how many years lie between.
 * Brackets stack in rows (above the lanes; upright, in columns before the tracks) so that
 * no two pills overlap: a bracket gets a row of its own while there is one, else shares a row,
 * its pill moved along it clear of the pills there, or left out if there is no room (the years
 * are in both events' details, "Related events").
 */
import type { Article, ArticleEvent } from '../../model/article';
import { anchorTime, markKind } from './layoutTimeline';
import { METRICS } from './metrics';

/**
 * Where a bracket meets an event: its mark's anchor, but the middle of a month or a year's
 * band, so that "2022" is not joined at 1 January (a range still at its start).
 */
function bracketTime(event: ArticleEvent): number {
  return markKind(event) === 'band' ? (event.startMs + event.endMs) / 2 : anchorTime(event);
}

export interface RelationBracket {
  readonly key: string;
  readonly from: string;
  readonly to: string;
  readonly years: number;
  readonly row: number;
  /** Reading-space positions of the origin and the anniversary (may lie off screen). */
  readonly uOrigin: number;
  readonly uAnniversary: number;
  /** Where the pill is centred, inside the visible part of the bracket; none: no room for it. */
  readonly uPill: number | undefined;
  readonly pillWidth: number;
}

export interface BracketInput {
  readonly article: Article;
  readonly t0: number;
  readonly t1: number;
  readonly length: number;
  readonly pillWidth: (years: number) => number;
  /** Rows the view has room for; at most METRICS.maxRelationRows. */
  readonly rows?: number | undefined;
}

/** A pill's extent along time, [start, end]. */
type Extent = readonly [number, number];

export function relationBrackets({
  article,
  t0,
  t1,
  length,
  pillWidth,
  rows = METRICS.maxRelationRows,
}: BracketInput): RelationBracket[] {
  const toU = (ms: number) => ((ms - t0) / (t1 - t0)) * length;
  const rowsEnd: number[] = [];
  const rowPills: Extent[][] = [];
  const brackets: RelationBracket[] = [];
  const candidates = article.relations
    .filter((r) => r.type === 'anniversary-of')
    .flatMap((relation) => {
      if (relation.type !== 'anniversary-of') return [];
      const later = article.eventById.get(relation.from);
      const origin = article.eventById.get(relation.to);
      if (!later || !origin) return [];
      const uOrigin = toU(bracketTime(origin));
      const uAnniversary = toU(bracketTime(later));
      const lo = Math.min(uOrigin, uAnniversary);
      const hi = Math.max(uOrigin, uAnniversary);
      if (hi < 0 || lo > length) return []; // Wholly off screen.
      return [{ relation, uOrigin, uAnniversary, lo, hi }];
    })
    .sort((a, b) => a.lo - b.lo);

  for (const { relation, uOrigin, uAnniversary, lo, hi } of candidates) {
    if (relation.type !== 'anniversary-of') continue;
    const width = pillWidth(relation.years);
    const visibleLo = Math.max(lo, 0);
    const visibleHi = Math.min(hi, length);
    const middle = Math.min(Math.max((visibleLo + visibleHi) / 2, width / 2), length - width / 2);
    const start = Math.min(lo, middle - width / 2);
    const end = Math.max(hi, middle + width / 2);
    let row = rowsEnd.findIndex((e) => e + METRICS.spacing <= start);
    let uPill: number | undefined = middle;
    if (row < 0 && rowsEnd.length < rows) row = rowsEnd.length;
    if (row < 0) {
      // Every row has a bracket here: share the one whose pills leave room nearest the middle.
      const shared = sharedPlace(rowPills, visibleLo, visibleHi, middle, width);
      row = shared?.row ?? indexOfMin(rowsEnd);
      uPill = shared?.u;
    }
    rowsEnd[row] = Math.max(rowsEnd[row] ?? -Infinity, end);
    if (uPill !== undefined) (rowPills[row] ??= []).push([uPill - width / 2, uPill + width / 2]);
    brackets.push({
      key: `${relation.from}>${relation.to}`,
      from: relation.from,
      to: relation.to,
      years: relation.years,
      row,
      uOrigin,
      uAnniversary,
      uPill,
      pillWidth: width,
    });
  }
  return brackets;
}

/** How many bracket rows the article needs at most (fixed, so lanes never jump while zooming). */
export function relationRowCount(article: Article): number {
  const count = article.relations.filter((r) => r.type === 'anniversary-of').length;
  return Math.min(count, METRICS.maxRelationRows);
}

/**
 * Where a pill of `width` can go on a bracket whose visible part is [lo, hi] in a row that
 * already holds other pills: the free place nearest `middle` over all rows (beside a pill
 * there, or the middle itself), or none.
 */
function sharedPlace(
  rowPills: readonly (readonly Extent[])[],
  lo: number,
  hi: number,
  middle: number,
  width: number,
): { row: number; u: number } | undefined {
  const half = width / 2;
  const gap = METRICS.spacing;
  // The pill stays on its bracket's visible part (a bracket shorter than its pill: at the middle).
  const first = Math.min(lo + half, middle);
  const last = Math.max(hi - half, middle);
  let best: { row: number; u: number } | undefined;
  rowPills.forEach((pills, row) => {
    const free = (u: number) => pills.every(([a, b]) => u + half + gap <= a + 1e-6 || u - half - gap >= b - 1e-6);
    for (const u of [middle, ...pills.flatMap(([a, b]) => [b + gap + half, a - gap - half])]) {
      if (u < first || u > last || !free(u)) continue;
      if (!best || Math.abs(u - middle) < Math.abs(best.u - middle)) best = { row, u };
    }
  });
  return best;
}

function indexOfMin(values: readonly number[]): number {
  let best = 0;
  values.forEach((v, i) => {
    if (v < (values[best] ?? Infinity)) best = i;
  });
  return best;
}
