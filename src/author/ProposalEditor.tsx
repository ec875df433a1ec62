import { useId } from 'react';
import type { TFunction } from 'i18next';
import { Trans, useTranslation } from 'react-i18next';
import { directionOf } from '../i18n/languages';
import { precisionOf, type Precision } from '../model/dates';
import { isolate } from '../i18n/isolate';
import type { EventData } from '../model/schema';
import { CATEGORIES, PRECISIONS, type Category } from '../model/vocabulary';
import { withWesternDigits } from '../extract/normalize';
import { dateFieldProblem, type DateFieldProblem } from './dateFieldProblem';
import type { EditedDates, ProposalEdit } from './edits';
import { datesAtPrecision } from './precision';
import type { Proposal } from './propose';

interface ProposalEditorProps {
  readonly proposal: Proposal;
  /** The event as it stands (edits applied). */
  readonly event: EventData;
  readonly edit: ProposalEdit | undefined;
  readonly onEdit: (change: ProposalEdit) => void;
}

const DATE_HINTS = {
  day: 'author.field.dateDay',
  month: 'author.field.dateMonth',
  year: 'author.field.dateYear',
} as const;

/** A date as typed, read as the field's form: Western digits (an Arabic keyboard types «٢٠٢١»), no spaces around it. */
const typedDate = (text: string) => withWesternDigits(text).trim();

const PROBLEMS = {
  missing: 'author.field.startNeeded',
  form: 'author.field.badDate',
  'no-such-date': 'author.field.noSuchDate',
  'before-start': 'author.field.endBeforeStart',
} as const;

/** A date field's problem in words; one at another precision says which, as the preview's list does. */
function problemText(t: TFunction, problem: DateFieldProblem | undefined, value: string, precision: Precision) {
  if (problem === undefined) return undefined;
  if (problem === 'precision') {
    return t('problem.precision-mismatch', { value: isolate(value), written: precisionOf(value), precision });
  }
  return t(PROBLEMS[problem]);
}

/** Title (in the interface language and in Arabic), dates, precision and category of one proposal. */
export function ProposalEditor({ proposal, event, edit, onEdit }: ProposalEditorProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const language = i18n.language;
  const titleLanguages = language === 'ar' ? ['ar'] : [language, 'ar'];
  const dates: EditedDates = {
    start: event.start,
    ...(event.end !== undefined && { end: event.end }),
    precision: event.precision,
  };
  // An end set to undefined is cleared.
  const setDates = (change: { start?: string; end?: string | undefined; precision?: Precision }) => {
    const { end, ...next } = { ...dates, ...change };
    onEdit({ dates: end ? { ...next, end } : next });
  };
  const hint = `${id}-date-hint`;

  return (
    <div className="proposal-editor">
      {titleLanguages.map((lang) => (
        <div key={lang} className="author-field proposal-title-field">
          <label htmlFor={`${id}-title-${lang}`}>{t('author.field.title', { language: lang })}</label>
          <input
            id={`${id}-title-${lang}`}
            className="author-input"
            type="text"
            lang={lang}
            dir={directionOf(lang)}
            value={edit?.title?.[lang] ?? event.title[lang] ?? ''}
            onChange={(e) => onEdit({ title: { [lang]: e.target.value } })}
          />
        </div>
      ))}
      <p id={hint} className="author-hint proposal-date-hint">
        {/* The forms are isolated: after Arabic words, "2021-09-07" would otherwise show as "07-09-2021". */}
        <Trans t={t} i18nKey={DATE_HINTS[dates.precision]} components={{ iso: <bdi dir="ltr" /> }} />
      </p>
      <DateField
        id={`${id}-start`}
        label={t('author.field.start')}
        value={dates.start}
        problem={problemText(t, dateFieldProblem(dates.start, dates.precision, true), dates.start, dates.precision)}
        hint={hint}
        onChange={(start) => setDates({ start: typedDate(start) })}
      />
      <DateField
        id={`${id}-end`}
        label={t('author.field.end')}
        value={dates.end ?? ''}
        problem={problemText(
          t,
          dateFieldProblem(dates.end ?? '', dates.precision, false, dates.start),
          dates.end ?? '',
          dates.precision,
        )}
        hint={hint}
        onChange={(end) => setDates({ end: end.trim() === '' ? undefined : typedDate(end) })}
      />
      <div className="author-field">
        <label htmlFor={`${id}-precision`}>{t('author.field.precision')}</label>
        <select
          id={`${id}-precision`}
          className="author-select"
          value={dates.precision}
          onChange={(e) => {
            const precision = e.target.value as Precision;
            setDates({ ...datesAtPrecision(dates, precision, proposal.event), precision });
          }}
        >
          {PRECISIONS.map((p) => (
            <option key={p} value={p}>
              {t(`author.precision.${p}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="author-field">
        <label htmlFor={`${id}-category`}>{t('author.field.category')}</label>
        <select
          id={`${id}-category`}
          className="author-select"
          value={event.category}
          onChange={(e) => onEdit({ category: e.target.value as Category })}
        >
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`category.${c}`)}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

interface DateFieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  /** What is wrong with the date, in words; undefined when it is a date. */
  readonly problem: string | undefined;
  readonly hint: string;
  readonly onChange: (value: string) => void;
}

/** An ISO date typed as text: the precision decides its form, so one field serves days, months and years. */
function DateField({ id, label, value, problem, hint, onChange }: DateFieldProps) {
  const valid = problem === undefined;
  return (
    <div className="author-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="author-input author-iso-date"
        type="text"
        dir="ltr"
        autoComplete="off"
        spellCheck={false}
        value={value}
        aria-invalid={!valid || undefined}
        aria-describedby={valid ? hint : `${hint} ${id}-error`}
        onChange={(e) => onChange(e.target.value)}
      />
      {problem && (
        <p id={`${id}-error`} className="author-problem">
          {problem}
        </p>
      )}
    </div>
  );
}
