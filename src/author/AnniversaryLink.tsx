import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPartialDate } from '../i18n/formatDate';
import { parseIsoDate } from '../model/dates';
import type { AnniversaryCheck } from './anniversary';
import type { ProposalEdit } from './edits';

export interface LinkOption {
  readonly id: string;
  readonly label: string;
}

interface AnniversaryLinkProps {
  /** The proposal it is the anniversary of, if one is chosen and kept. */
  readonly value: string | undefined;
  readonly options: readonly LinkOption[];
  readonly check: AnniversaryCheck | undefined;
  /** For the dates in a mismatch message. */
  readonly dates: { readonly date: string; readonly origin: string } | undefined;
  readonly onEdit: (change: ProposalEdit) => void;
}

/** "Anniversary of…": links an anniversary to the event it marks, with the years the two dates give. */
export function AnniversaryLink({ value, options, check, dates, onEdit }: AnniversaryLinkProps) {
  const { t, i18n } = useTranslation();
  // Dates as the reader's language writes them; what is not a date yet, as typed.
  const shown = (iso: string | undefined) => {
    const date = parseIsoDate(iso ?? '');
    return 'error' in date ? (iso ?? '') : formatPartialDate(date, i18n.language);
  };
  const id = useId();
  const message = `${id}-message`;
  return (
    <div className="author-field proposal-link">
      <label htmlFor={id}>{t('author.anniversary.of')}</label>
      <select
        id={id}
        className="author-select"
        value={value ?? ''}
        aria-describedby={check ? message : undefined}
        onChange={(e) => onEdit({ anniversaryOf: e.target.value === '' ? null : e.target.value })}
      >
        <option value="">{t('author.anniversary.none')}</option>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.label}
          </option>
        ))}
      </select>
      <p id={message} className="author-hint" aria-live="polite">
        {check?.ok === true && (
          <>
            <span>{t('author.anniversary.years', { count: check.years })}</span>
            {check.textSays !== undefined && (
              <span className="author-warning">{t('author.anniversary.textSays', { count: check.textSays })}</span>
            )}
          </>
        )}
        {check?.ok === false && (
          <span className="author-problem">
            {check.reason === 'not-on-anniversary'
              ? t('author.anniversary.not-on-anniversary', { date: shown(dates?.date), origin: shown(dates?.origin) })
              : t(`author.anniversary.${check.reason}`)}
          </span>
        )}
      </p>
    </div>
  );
}
