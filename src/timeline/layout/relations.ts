/**
 * Anniversary brackets: each `anniversary-of` relation is drawn as a bracket from
 * the origin to the anniversary with a pill saying how many years lie between.
 * Brackets stack in rows (above the lanes; upright, in columns before the tracks) so that
 * no two pills overlap.
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
  /** Where the pill is centred, inside the visible part of the bracket. */
  readonly uPill: number;
  readonly pillWidth: number;
}

export interface BracketInput {
  readonly article: Article;
  readonly t0: number;
  readonly t1: number;
  readonly length: number;
  readonly pillWidth: (years: number) => number;
}

export function relationBrackets({
  article,
  t0,
  t1,
  length,
  pillWidth,
}: BracketInput): RelationBracket[] {
  const toU = (ms: number) => ((ms - t0) / (t1 - t0)) * length;
  const rowsEnd: number[] = [];
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
    const uPill = Math.min(Math.max((visibleLo + visibleHi) / 2, width / 2), length - width / 2);
    const start = Math.min(lo, uPill - width / 2);
    const end = Math.max(hi, uPill + width / 2);
    let row = rowsEnd.findIndex((e) => e + METRICS.spacing <= start);
    if (row < 0) {
      row = rowsEnd.length < METRICS.maxRelationRows ? rowsEnd.length : indexOfMin(rowsEnd);
    }
    rowsEnd[row] = end;
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

function indexOfMin(values: readonly number[]): number {
  let best = 0;
  values.forEach((v, i) => {
    if (v < (values[best] ?? Infinity)) best = i;
  });
  return best;
}
