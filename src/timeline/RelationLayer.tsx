import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '../model/article';
import { Anchor } from './Anchor';
import type { BlockPosition } from './blockPosition';
import { eventTitle } from './eventText';
import type { Block } from './layout/layoutTimeline';
import { METRICS } from './layout/metrics';
import type { RelationBracket } from './layout/relations';

interface RelationLayerProps {
  readonly brackets: readonly RelationBracket[];
  /** The drawn block of each event (itself or the cluster holding it). */
  readonly blocks: ReadonlyMap<string, Block>;
  readonly positionOf: (block: Block) => BlockPosition;
  readonly article: Article;
  readonly length: number;
  readonly dir: 'ltr' | 'rtl';
  readonly top: number;
  readonly selectedId: string | undefined;
}

/** Anniversary brackets: lines down to the two events and a pill with the years between them. */
export const RelationLayer = memo(function RelationLayer({
  brackets,
  blocks,
  positionOf,
  article,
  length,
  dir,
  top,
  selectedId,
}: RelationLayerProps) {
  const { t, i18n } = useTranslation();
  const x = (u: number) => (dir === 'rtl' ? length - u : u);
  const clampU = (u: number) => Math.min(Math.max(u, -2), length + 2);
  const markerY = (id: string): number | undefined => {
    const block = blocks.get(id);
    if (!block) return undefined;
    return positionOf(block).insetBlockStart + METRICS.rowHeight / 2 - 4;
  };
  return (
    <>
      <svg className="tl-relations-svg" width={length} height="100%" aria-hidden="true" focusable="false">
        {brackets.map((b) => {
          const y = top + b.row * METRICS.relationRowHeight + METRICS.relationRowHeight / 2;
          const active = selectedId === b.from || selectedId === b.to;
          const ends = [
            { u: b.uOrigin, y: markerY(b.to) },
            { u: b.uAnniversary, y: markerY(b.from) },
          ];
          return (
            <g key={b.key} className="tl-bracket" data-from={b.from} data-to={b.to} data-active={active || undefined}>
              <line x1={x(clampU(b.uOrigin))} x2={x(clampU(b.uAnniversary))} y1={y} y2={y} />
              {ends.map(
                (end, i) =>
                  end.u >= 0 &&
                  end.u <= length &&
                  end.y !== undefined && <line key={i} x1={x(end.u)} x2={x(end.u)} y1={y} y2={end.y} />,
              )}
            </g>
          );
        })}
      </svg>
      {brackets.map((b) => {
        const anniversary = article.eventById.get(b.from);
        const origin = article.eventById.get(b.to);
        const years = t('timeline.years', { count: b.years });
        return (
          <Anchor
            key={b.key}
            className="tl-pill"
            title={
              anniversary && origin
                ? t('timeline.bracket', {
                    anniversary: eventTitle(anniversary, i18n.language).text,
                    origin: eventTitle(origin, i18n.language).text,
                    years,
                  })
                : undefined
            }
            style={{
              insetInlineStart: b.uPill,
              insetBlockStart: top + b.row * METRICS.relationRowHeight + METRICS.relationRowHeight / 2,
            }}
          >
            {years}
          </Anchor>
        );
      })}
    </>
  );
});
