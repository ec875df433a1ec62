/**
 * The authoring view's whole state, as plain data: what is typed in the form, the input dates
 * were last found for, and the edits made to the proposals. It is what localStorage keeps;
 * the proposals themselves are found again from `found` (the extractor is deterministic).
 */
import { editProposal, type Edits, type ProposalEdit } from './edits';
import type { ArticleInput } from './propose';

export interface WorkInProgress {
  readonly input: ArticleInput;
  readonly found?: ArticleInput;
  readonly edits: Edits;
}

/** The local calendar day of `now` as "YYYY-MM-DD" (the author's today, not UTC's). */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function emptyWork(today: string): WorkInProgress {
  return { input: { text: '', dateline: today, translation: '', translationLanguage: 'en' }, edits: {} };
}

export function withInput(work: WorkInProgress, change: Partial<ArticleInput>): WorkInProgress {
  return { ...work, input: { ...work.input, ...change } };
}

const sameInput = (a: ArticleInput | undefined, b: ArticleInput) =>
  a !== undefined &&
  a.text === b.text &&
  a.dateline === b.dateline &&
  a.translation === b.translation &&
  a.translationLanguage === b.translationLanguage;

/** Dates found for the current input. Finding again for the same input keeps the edits. */
export function withFound(work: WorkInProgress): WorkInProgress {
  return { ...work, found: work.input, edits: sameInput(work.found, work.input) ? work.edits : {} };
}

export function withEdit(work: WorkInProgress, id: string, change: ProposalEdit): WorkInProgress {
  return { ...work, edits: editProposal(work.edits, id, change) };
}
