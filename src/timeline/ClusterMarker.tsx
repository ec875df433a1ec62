import { memo, type KeyboardEvent } from 'react';
import type { BlockPosition } from './blockPosition';
import { useTranslation } from 'react-i18next';
import type { ClusterBlock } from './layout/layoutTimeline';

interface ClusterMarkerProps {
  readonly block: ClusterBlock;
  readonly rangeText: string;
  readonly position: BlockPosition;
  readonly highlighted: boolean;
  readonly tabbable: boolean;
  readonly onActivate: (block: ClusterBlock) => void;
  readonly onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void;
}

/** Events summarized where they would not fit one by one; activating it zooms in (or lists them). */
export const ClusterMarker = memo(function ClusterMarker({
  block,
  rangeText,
  position,
  highlighted,
  tabbable,
  onActivate,
  onKeyDown,
}: ClusterMarkerProps) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="tl-cluster"
      data-cluster-count={block.count}
      data-cluster-key={block.key}
      data-row={block.row}
      data-highlighted={highlighted || undefined}
      tabIndex={tabbable ? 0 : -1}
      style={position}
      onClick={() => onActivate(block)}
      onKeyDown={onKeyDown}
    >
      <span className="tl-cluster-count">{t('timeline.cluster', { count: block.count })}</span>
      <span className="visually-hidden">{t('timeline.clusterHint', { range: rangeText })}</span>
    </button>
  );
});
