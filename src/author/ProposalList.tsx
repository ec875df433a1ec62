import { memo, useCallback, useEffect, useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarId } from '../i18n/formatDate';
import { pickText } from '../i18n/localize';
import type { LinkOption } from './AnniversaryLink';
import { eventDateText } from './DateText';
import type { Edits, ProposalEdit } from './edits';
import { ProposalCard } from './ProposalCard';
import type { Draft } from './propose';
import type { ResolvedProposal } from './resolve';

interface ProposalListProps {
  readonly draft: Draft;
  readonly resolved: readonly ResolvedProposal[];
  readonly edits: Edits;
  readonly selectedId: string | undefined;
  /** Changes each time dates are found, to bring the list into view and focus (not on a restore). */
  readonly revealKey: number;
  readonly calendar: CalendarId;
  readonly onEdit: (id: string, change: ProposalEdit) => void;
}

/**
 * Memoized, like each card: typing in the article's text re-renders the view on every key,
 * and hundreds of cards re-rendered each time made typing lag.
 */
export const ProposalList = memo(function ProposalList({
  draft,
  resolved,
  edits,
  selectedId,
  revealKey,
  calendar,
  onEdit,
}: ProposalListProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const heading = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (revealKey > 0) headingRef.current?.focus();
  }, [revealKey]);
  const kept = useMemo(() => resolved.filter((r) => r.accepted), [resolved]);
  const sentences = useMemo(() => new Map(draft.bundle.sentences.map((s) => [s.id, s.text])), [draft]);
  const linkOptions = useMemo(
    () =>
      kept.map((r): LinkOption => {
        const title = pickText(r.event.title, language)?.text ?? r.proposal.id;
        const date = eventDateText(r.event, language);
        // A proposal's own title often holds its date ("5 June 2017 (sentence 3)"): not twice.
        return { id: r.proposal.id, label: title.includes(date) ? title : t('author.anniversary.option', { title, date }) };
      }),
    [kept, language, t],
  );
  const starts = useMemo(() => new Map(kept.map((r) => [r.proposal.id, r.event.start])), [kept]);
  const startOf = useCallback((id: string) => starts.get(id), [starts]);

  return (
    <section className="panel author-proposals" aria-labelledby={heading}>
      <div className="author-panel-head">
        <h3 id={heading} ref={headingRef} tabIndex={-1} className="author-panel-heading">
          {t('author.proposals.heading')}
        </h3>
        {resolved.length > 0 && (
          <span className="author-count">{t('author.proposals.kept', { kept: kept.length, total: resolved.length })}</span>
        )}
      </div>
      {resolved.length === 0 ? (
        <p className="author-hint">{t('author.proposals.none')}</p>
      ) : (
        <ol className="proposals">
          {resolved.map((r) => (
            <ProposalCard
              key={r.proposal.id}
              resolved={r}
              edit={edits[r.proposal.id]}
              sentences={sentences}
              linkOptions={linkOptions}
              startOf={startOf}
              selected={r.proposal.id === selectedId}
              calendar={calendar}
              onEdit={onEdit}
            />
          ))}
        </ol>
      )}
    </section>
  );
});
