/** Sizes the timeline's layout is computed with (CSS pixels). The stylesheet uses the same values. */
export const METRICS = {
  /** Height of one row of markers in a lane (horizontal timeline). */
  rowHeight: 32,
  /** Space above and below the rows of a lane. */
  lanePadding: 6,
  /** Most rows a lane gets when there are several; what does not fit clusters. */
  maxRows: 3,
  /** Rows the lanes may share between them: with few lanes, each may stack deeper (see maxRowsFor). */
  rowBudget: 12,
  /** Most rows a single lane ever gets. */
  maxRowsAlone: 8,
  /** Half the hit area of a point marker: 24 px targets (WCAG 2.2 target size). */
  markerRadius: 12,
  labelGap: 2,
  spacing: 4,
  /** Labels longer than this are cut with an ellipsis (the full title stays in the accessible name). */
  maxLabelWidth: 200,
  /** Horizontal padding inside a label pill. */
  labelPadding: 6,
  /** Height of one row of anniversary brackets above the lanes. */
  relationRowHeight: 22,
  maxRelationRows: 4,
  /** Upright, each row of brackets is a column this wide before the tracks. */
  bracketColumnWidth: 18,
  /** Narrow (vertical) timeline: a label line, and the width of each lane's track. */
  verticalLabelHeight: 28,
  trackWidth: 11,
  /** Upright, labels stay this far inside the plot's ends, clear of its top rule, with room for a ring. */
  columnInset: 4,
  /** Dense lanes are summarized in bins about this wide. */
  binWidth: 56,
  /** A lane with more visible events than this per pixel of length is summarized. */
  detailDensity: 1 / 24,
} as const;

/**
 * Most rows a lane gets among `laneCount` lanes: three when there are four or more (the seed
 * article has seven), more when there are fewer, so that an article whose events fall in one
 * or two lanes (a new article's are mostly "other") spreads them out instead of clustering
 * them in a strip of two rows under an empty panel.
 */
export function maxRowsFor(laneCount: number): number {
  const shared = Math.floor(METRICS.rowBudget / Math.max(1, laneCount));
  return Math.max(METRICS.maxRows, Math.min(METRICS.maxRowsAlone, shared));
}
