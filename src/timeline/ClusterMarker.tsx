import { memo, type CSSProperties, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n/formatters';
import type { BlockPosition } from './blockPosition';
import type { ClusterBlock } from './layout/layoutTimeline';

interface ClusterMarkerProps {
  readonly block: ClusterBlock;
  readonly rangeText: string;
  readonly position: BlockPosition;
  /** A density bin's share of the densest bin in view (0–1), which shades it; none for packed clusters. */
  readonly density: number | undefined;
  readonly highlighted: boolean;
  /** The selected event is one of those summarized here (it is not drawn on its own). */
  readonly holdsSelection: boolean;
  readonly tabbable: boolean;
  readonly onActivate: (block: ClusterBlock) => void;
  readonly onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void;
}

/**
 * Events summarized where they would not fit one by one; activating it zooms in (or lists
 * them). A density bin shows its count alone, shaded by how full it is, so that bins stay
 * narrow and a lane reads as a strip; its words ("528 events") are in its name and tooltip.
 */
export const ClusterMarker = memo(function ClusterMarker({
  block,
  rangeText,
  position,
  density,
  highlighted,
  holdsSelection,
  tabbable,
  onActivate,
  onKeyDown,
}: ClusterMarkerProps) {
  const { t, i18n } = useTranslation();
  const words = t('timeline.cluster', { count: block.count });
  const bin = density !== undefined;
  const style: CSSProperties = bin ? { ...position, ['--density' as string]: density.toFixed(3) } : position;
  return (
    <button
      type="button"
      className="tl-cluster"
      data-cluster-count={block.count}
      data-cluster-key={block.key}
      data-row={block.row}
      data-bin={bin || undefined}
      data-highlighted={highlighted || undefined}
      data-holds-selection={holdsSelection || undefined}
      tabIndex={tabbable ? 0 : -1}
      style={style}
      title={bin ? words : undefined}
      onClick={() => onActivate(block)}
      onKeyDown={onKeyDown}
    >
      {bin ? (
        <>
          <span className="tl-cluster-count" aria-hidden="true">
            {formatNumber(block.count, i18n.language)}
          </span>
          <span className="visually-hidden">{words}</span>
        </>
      ) : (
        <span className="tl-cluster-count">{words}</span>
      )}
      {holdsSelection && <span className="visually-hidden">{t('timeline.clusterHoldsSelection')}</span>}
      <span className="visually-hidden">{t('timeline.clusterHint', { range: rangeText })}</span>
    </button>
  );
});
