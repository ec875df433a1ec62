import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface TimelineKeyProps {
  /** The narrow timeline draws no anniversary brackets: their line is left out. */
  readonly vertical: boolean;
}

/**
 * What the timeline's marks mean, one disclosure away: a dot, a bar, a hatched band, hollow
 * and dashed dots, brackets, clusters and the article's date. The marks are drawn with the
 * timeline's own classes, so the key looks like what it explains.
 */
export function TimelineKey({ vertical }: TimelineKeyProps) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <details className="tl-key">
      <summary id={headingId}>{t('timeline.key.heading')}</summary>
      <ul aria-labelledby={headingId}>
        <li>
          <span className="tl-key-mark" aria-hidden="true">
            <span className="tl-dot" />
          </span>
          {t('timeline.key.day')}
        </li>
        <li>
          <span className="tl-key-mark" data-mark="range" aria-hidden="true">
            <span className="tl-bar" />
          </span>
          {t('timeline.key.range')}
        </li>
        <li>
          <span className="tl-key-mark" data-mark="band" aria-hidden="true">
            <span className="tl-bar" />
          </span>
          {t('timeline.key.period')}
        </li>
        <li>
          <span className="tl-key-mark" data-certainty="approximate" aria-hidden="true">
            <span className="tl-dot" />
          </span>
          {t('timeline.key.approximate')}
        </li>
        <li>
          <span className="tl-key-mark" data-certainty="uncertain" aria-hidden="true">
            <span className="tl-dot" />
          </span>
          {t('timeline.key.uncertain')}
        </li>
        {!vertical && (
          <li>
            <span className="tl-key-mark" aria-hidden="true">
              <span className="tl-key-bracket" />
            </span>
            {t('timeline.key.anniversary')}
          </li>
        )}
        <li>
          <span className="tl-key-mark" aria-hidden="true">
            <span className="tl-key-cluster" />
          </span>
          {t('timeline.key.cluster')}
        </li>
        <li>
          <span className="tl-key-mark" aria-hidden="true">
            <span className="tl-key-dateline" />
          </span>
          {t('timeline.key.dateline')}
        </li>
      </ul>
    </details>
  );
}
