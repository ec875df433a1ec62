import { memo } from 'react';
import type { Article } from '../model/article';
import { anchorTime, markKind, type Block } from './layout/layoutTimeline';
import { METRICS } from './layout/metrics';

interface VerticalTracksProps {
  readonly blocks: readonly Block[];
  readonly article: Article;
  readonly lanes: readonly string[];
  readonly axisStart: number;
  readonly columnStart: number;
  readonly toU: (ms: number) => number;
}

/**
 * The narrow timeline's lane tracks: each event's mark in its category's track,
 * and a leader line from it towards the label column beside.
 */
export const VerticalTracks = memo(function VerticalTracks({
  blocks,
  article,
  lanes,
  axisStart,
  columnStart,
  toU,
}: VerticalTracksProps) {
  const marks: { key: string; lane: number; u0: number; u1: number; point: boolean; category: string }[] = [];
  for (const block of blocks) {
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
      {marks.map((m) => {
        const inline = axisStart + m.lane * METRICS.trackWidth;
        return (
          <span key={m.key}>
            <span
              className={m.point ? 'tl-track-dot' : 'tl-track-bar'}
              data-category={m.category}
              style={{
                insetInlineStart: inline + 1.5,
                insetBlockStart: m.point ? m.u0 - 4 : m.u0,
                blockSize: m.point ? 8 : m.u1 - m.u0,
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
