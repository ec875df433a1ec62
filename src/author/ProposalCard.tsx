import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarId } from '../i18n/formatDate';
import { fallbackAttributes, pickText } from '../i18n/localize';
import { MarkedText } from '../reader/MarkedText';
import { AnniversaryLink, type LinkOption } from './AnniversaryLink';
import { DateText, eventDateText } from './DateText';
import type { ProposalEdit } from './edits';
import { ExplanationText } from './ExplanationText';
import { ProposalEditor } from './ProposalEditor';
import type { ResolvedProposal } from './resolve';

interface ProposalCardProps {
  readonly resolved: ResolvedProposal;
  readonly edit: ProposalEdit | undefined;
  /** The sentences of the article by id, for the evidence. */
  readonly sentences: ReadonlyMap<string, string>;
  /** The other kept proposals an anniversary can mark. */
  readonly linkOptions: readonly LinkOption[];
  /** Start dates of the kept proposals, for wording a link that does not add up. */
  readonly startOf: (id: string) => string | undefined;
  readonly selected: boolean;
  /** With the Hijri calendar, the date is given in it too. */
  readonly calendar: CalendarId;
  readonly onEdit: (id: string, change: ProposalEdit) => void;
}

export const proposalElementId = (id: string) => `proposal-${id}`;

/** One proposed event: keep or leave out, where the text says it, how its date was read, and its fields. */
export const ProposalCard = memo(function ProposalCard({
  resolved,
  edit,
  sentences,
  linkOptions,
  startOf,
  selected,
  calendar,
  onEdit,
}: ProposalCardProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const titleId = useId();
  const { proposal, event, accepted } = resolved;
  const title = pickText(event.title, language) ?? { text: event.id, language: 'en', fallback: true };
  const evidence = event.evidence[0];
  const sentence = evidence ? sentences.get(evidence.sentence) : undefined;
  const phrases = event.evidence.filter((e) => e.sentence === evidence?.sentence).map((e) => e.phrase);
  const change = (c: ProposalEdit) => onEdit(proposal.id, c);
  const proposed = proposal.event.grounding;
  const link = resolved.anniversary;
  const linkValue = link?.of ?? (edit?.anniversaryOf === null ? undefined : (edit?.anniversaryOf ?? proposal.anniversaryOf));

  return (
    <li
      id={proposalElementId(proposal.id)}
      className="proposal"
      data-category={event.category}
      data-removed={!accepted || undefined}
      data-selected={selected || undefined}
      tabIndex={-1}
    >
      <article aria-labelledby={titleId}>
        <div className="proposal-head">
          <div className="proposal-name">
            <h4 id={titleId} className="proposal-title" {...fallbackAttributes(title)}>
              {title.text}
            </h4>
            <span className="proposal-category">{t(`category.${event.category}`)}</span>
          </div>
          <label className="proposal-keep">
            <input
              type="checkbox"
              checked={accepted}
              aria-describedby={titleId}
              onChange={(e) => change({ removed: !e.target.checked })}
            />
            <span>{t('author.proposals.keep')}</span>
          </label>
        </div>
        {!accepted ? (
          <p className="proposal-removed">{t('author.proposals.removed')}</p>
        ) : (
          <>
            <dl className="proposal-facts">
              <div>
                <dt>{t('author.proposals.date')}</dt>
                <dd>
                  <DateText event={event} calendar={calendar} />
                </dd>
              </div>
              <div>
                <dt>{t('author.proposals.known')}</dt>
                <dd className="proposal-known">
                  <ExplanationText explanation={proposal.explanation} />
                  {resolved.datesEdited && (
                    <span>{t('author.proposals.edited', { date: eventDateText(proposal.event, language) })}</span>
                  )}
                  {proposed.kind === 'relative' && event.grounding.kind === 'stated' && (
                    <span>{t('author.proposals.nowStated', { phrase: proposed.phrase })}</span>
                  )}
                </dd>
              </div>
              {sentence !== undefined && (
                <div>
                  <dt>{t('author.proposals.evidence')}</dt>
                  <dd>
                    <blockquote className="evidence-original proposal-evidence" lang="ar" dir="rtl">
                      <MarkedText text={sentence} phrases={phrases} />
                    </blockquote>
                  </dd>
                </div>
              )}
            </dl>
            {/* Shown while a link exists too, so one made for an anniversary can be undone after a category change. */}
            {(event.category === 'anniversary' || link) && (
              <AnniversaryLink
                value={linkOptions.some((o) => o.id === linkValue) ? linkValue : undefined}
                options={linkOptions.filter((o) => o.id !== proposal.id)}
                check={link?.check}
                dates={link && { date: event.start, origin: startOf(link.of) ?? '' }}
                onEdit={change}
              />
            )}
            <details className="proposal-edit">
              <summary aria-describedby={titleId}>{t('author.proposals.edit')}</summary>
              <ProposalEditor proposal={proposal} event={event} edit={edit} onEdit={change} />
            </details>
          </>
        )}
      </article>
    </li>
  );
});
