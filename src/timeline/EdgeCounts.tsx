import { useTranslation } from 'react-i18next';

interface EdgeCountProps {
  readonly side: 'before' | 'after';
  readonly count: number;
  /** Pans by a share of the visible span (negative: earlier). */
  readonly onPan: (share: number) => void;
}

/**
 * How many events lie outside the view on one side; with what is drawn, the counts
 * add up to every event. Outside the plot, so it never covers a label. Keyboard
 * users pan with the time axis, so these mouse shortcuts stay out of the tab order.
 */
export function EdgeCount({ side, count, onPan }: EdgeCountProps) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className={`tl-edge tl-edge-${side}`}
      data-count={count}
      tabIndex={-1}
      // Kept in the layout when zero, so the plot does not jump as counts come and go.
      style={count > 0 ? undefined : { visibility: 'hidden' }}
      onClick={() => onPan(side === 'before' ? -0.8 : 0.8)}
    >
      {side === 'before' ? t('timeline.earlier', { count }) : t('timeline.later', { count })}
    </button>
  );
}
