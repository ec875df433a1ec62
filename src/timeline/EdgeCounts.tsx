import { useTranslation } from 'react-i18next';

interface EdgeCountsProps {
  readonly before: number;
  readonly after: number;
  /** Pans by a share of the visible span (negative: earlier). */
  readonly onPan: (share: number) => void;
}

/** How many events lie outside the view on either side; with what is drawn, they add up to every event. */
export function EdgeCounts({ before, after, onPan }: EdgeCountsProps) {
  const { t } = useTranslation();
  return (
    <>
      {before > 0 && (
        <button type="button" className="tl-edge tl-edge-start" tabIndex={-1} onClick={() => onPan(-0.8)}>
          {t('timeline.earlier', { count: before })}
        </button>
      )}
      {after > 0 && (
        <button type="button" className="tl-edge tl-edge-end" tabIndex={-1} onClick={() => onPan(0.8)}>
          {t('timeline.later', { count: after })}
        </button>
      )}
    </>
  );
}
