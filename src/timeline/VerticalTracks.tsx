import { memo } from 'react';
import type { Article } from '../model/article';
import { anchorTime, markKind, type Block } from './layout/layoutTimeline';
import { METRICS } from './layout/metrics';

interface VerticalTracksProps {
  readonly blocks: readonly Block[];
  readonly article: Article;
  readonly lanes: readonly string[];
  readonly tracksStart: number;
  readonly columnStart: number;
  readonly toU: (ms: number) => number;
}

/** A mark stands this far into its lane's track, and is this wide (styles.css .tl-track-dot). */
const MARK_INSET = 1.5;
const MARK_SIZE = 8;

/** Where a lane's marks start across the upright timeline. */
const trackMarkStart = (tracksStart: number, lane: number) =>
  tracksStart + lane * METRICS.trackWidth + MARK_INSET;

/** The middle of a lane's marks across the upright timeline (where a bracket reaches them). */
export const trackMarkCentre = (tracksStart: number, lane: number) =>
  trackMarkStart(tracksStart, lane) + MARK_SIZE / 2;

/**
 * The narrow timeline's lane tracks: each event's mark in its category's track,
 * and a leader line from it towards the label column beside; where the column is
 * summarized in bins, each lane's track is shaded by how many of its events a bin holds.
 */
export const VerticalTracks = memo(function VerticalTracks({
  blocks,
  article,
  lanes,
  tracksStart,
  columnStart,
  toU,
}: VerticalTracksProps) {
  const marks: {
    key: string;
    lane: number;
    u0: number;
    u1: number;
    point: boolean;
    category: string;
  }[] = [];
  // A bin of the column shades each lane's track over its time by that lane's share.
  const shades: { key: string; lane: number; u0: number; u1: number; share: number }[] = [];
  let fullest = 0;
  for (const block of blocks) {
    if (block.kind === 'cluster')
      for (const count of block.laneCounts ?? []) fullest = Math.max(fullest, count);
  }
  for (const block of blocks) {
    if (block.kind === 'cluster' && block.laneCounts) {
      block.laneCounts.forEach((count, lane) => {
        if (count > 0)
          shades.push({
            key: `${block.key}:${lane}`,
            lane,
            u0: block.u0,
            u1: block.u1,
            share: count / fullest,
          });
      });
      continue;
    }
    const ids = block.kind === 'event' ? [block.event.id] : (block.ids ?? []);
    for (const id of ids) {
      const event = article.eventById.get(id);
      if (!event) continue;
      const lane = lanes.indexOf(event.category);
      const point = markKind(event) === 'point';
      const u0 = toU(anchorTime(event));
      marks.push({
        key: id,
        lane,
        u0,
        u1: point ? u0 : Math.max(u0 + 4, toU(event.endMs)),
        point,
        category: event.category,
      });
    }
  }
  return (
    <div className="tl-track-marks" aria-hidden="true">
      {shades.map((m) => (
        <span
          key={m.key}
          className="tl-track-shade"
          data-category={lanes[m.lane]}
          style={{
            insetInlineStart: trackMarkStart(tracksStart, m.lane),
            insetBlockStart: m.u0 + 1,
            blockSize: Math.max(2, m.u1 - m.u0 - 2),
            opacity: 0.2 + 0.8 * m.share,
          }}
        />
      ))}
      {marks.map((m) => {
        const inline = tracksStart + m.lane * METRICS.trackWidth;
        return (
          <span key={m.key}>
            <span
              className={m.point ? 'tl-track-dot' : 'tl-track-bar'}
              data-category={m.category}
              data-mark-of={m.key}
              style={{
                insetInlineStart: trackMarkStart(tracksStart, m.lane),
                insetBlockStart: m.point ? m.u0 - MARK_SIZE / 2 : m.u0,
                blockSize: m.point ? MARK_SIZE : m.u1 - m.u0,
              }}
            />
            <span
              className="tl-leader"
              style={{
                insetInlineStart: inline + METRICS.trackWidth - 2,
                inlineSize: Math.max(0, columnStart - inline - METRICS.trackWidth + 2),
                insetBlockStart: m.u0,
              }}
            />
          </span>
        );
      })}
    </div>
  );
});
