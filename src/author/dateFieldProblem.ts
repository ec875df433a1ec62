/**
 * What is wrong with a date typed in a proposal's Start or End field, so the field can say it
 * in words: nothing typed, not a date's form, a date at another precision than the one chosen, no
 * such day, or an end before the start.
 */
import { parseIsoDate, periodStart, precisionOf, type Precision } from '../model/dates';

export type DateFieldProblem = 'missing' | 'form' | 'precision' | 'no-such-date' | 'before-start';

/**
 * Undefined when `text` is a date at `precision`; an empty optional field is no problem. An
 * end given its `start` must not begin before it (the loader's rule, crossChecks.ts).
 */
export function dateFieldProblem(
  text: string,
  precision: Precision,
  required: boolean,
  start?: string,
): DateFieldProblem | undefined {
  if (text.trim() === '') return required ? 'missing' : undefined;
  // «2021-02-30» is written as a day; it is the day that does not exist. «2021-09» is a date,
  // written to another precision than the one chosen.
  const written = precisionOf(text);
  if (written === undefined) return 'form';
  if (written !== precision) return 'precision';
  const date = parseIsoDate(text);
  if ('error' in date) return 'no-such-date';
  const from = start === undefined ? undefined : parseIsoDate(start);
  return from && !('error' in from) && periodStart(date) < periodStart(from) ? 'before-start' : undefined;
}
