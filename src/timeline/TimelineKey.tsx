import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface TimelineKeyProps {
  /** Whether anniversary brackets are drawn (the article has some, and there is room). */
  readonly brackets: boolean;
}

/**
 * Each mark the key explains: the timeline's own classes drawn in a small box (with the
 * mark and certainty attributes the stylesheet reads), or a shape of the key's own.
 */
const ENTRIES = [
  { text: 'timeline.key.day', shape: 'tl-dot' },
  { text: 'timeline.key.range', shape: 'tl-bar', mark: 'range' },
  { text: 'timeline.key.period', shape: 'tl-bar', mark: 'band' },
  { text: 'timeline.key.approximate', shape: 'tl-dot', certainty: 'approximate' },
  { text: 'timeline.key.uncertain', shape: 'tl-dot', certainty: 'uncertain' },
  { text: 'timeline.key.anniversary', shape: 'tl-key-bracket', bracket: true },
  { text: 'timeline.key.cluster', shape: 'tl-key-cluster' },
  { text: 'timeline.key.dateline', shape: 'tl-key-dateline' },
] as const;

/**
 * What the timeline's marks mean, one disclosure away: a dot, a bar, a hatched band, hollow
 * and dashed dots, brackets, clusters and the article's date, drawn as the timeline draws them.
 */
export function TimelineKey({ brackets }: TimelineKeyProps) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <details className="tl-key">
      <summary id={headingId}>{t('timeline.key.heading')}</summary>
      <ul aria-labelledby={headingId}>
        {ENTRIES.filter((entry) => brackets || !('bracket' in entry)).map((entry) => (
          <li key={entry.text}>
            <span
              className="tl-key-mark"
              data-mark={'mark' in entry ? entry.mark : undefined}
              data-certainty={'certainty' in entry ? entry.certainty : undefined}
              aria-hidden="true"
            >
              <span className={entry.shape} />
            </span>
            {t(entry.text)}
          </li>
        ))}
      </ul>
    </details>
  );
}
