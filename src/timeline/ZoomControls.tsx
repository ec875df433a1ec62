import { useTranslation } from 'react-i18next';

interface ZoomControlsProps {
  readonly onZoomIn: () => void;
  readonly onZoomOut: () => void;
  readonly onFit: () => void;
}

export function ZoomControls({ onZoomIn, onZoomOut, onFit }: ZoomControlsProps) {
  const { t } = useTranslation();
  return (
    <div className="tl-zoom" role="toolbar" aria-label={t('timeline.heading')}>
      <button type="button" className="icon-button" onClick={onZoomOut} aria-label={t('timeline.zoomOut')} title={t('timeline.zoomOut')}>
        −
      </button>
      <button type="button" className="icon-button" onClick={onZoomIn} aria-label={t('timeline.zoomIn')} title={t('timeline.zoomIn')}>
        +
      </button>
      <button type="button" className="text-button" onClick={onFit}>
        {t('timeline.fitAll')}
      </button>
    </div>
  );
}
