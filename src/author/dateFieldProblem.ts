/**
 * What is wrong with a date typed in a proposal's Start or End field, so the field can say it
 * in words: nothing typed, not the form the precision asks for, or no such day.
 */
import { parseIsoDate, precisionOf, type Precision } from '../model/dates';

export type DateFieldProblem = 'missing' | 'form' | 'no-such-date';

/** Undefined when `text` is a date at `precision`; an empty optional field is no problem. */
export function dateFieldProblem(text: string, precision: Precision, required: boolean): DateFieldProblem | undefined {
  if (text.trim() === '') return required ? 'missing' : undefined;
  // «2021-02-30» is written as a day; it is the day that does not exist.
  if (precisionOf(text) !== precision) return 'form';
  return 'error' in parseIsoDate(text) ? 'no-such-date' : undefined;
}
