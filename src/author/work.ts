/**
 * The authoring view's whole state, as plain data: what is typed in the form, the input dates
 * were last found for, and the edits made to the proposals. It is what localStorage keeps;
 * the proposals themselves are found again from `found` (the extractor is deterministic).
 */
import { carryEdits } from './carryEdits';
import { editProposal, type Edits, type ProposalEdit } from './edits';
import { propose, type ArticleInput } from './propose';

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

/** The form has changed since dates were last found: the proposals are for other words or another date. */
export function isStale(work: WorkInProgress): boolean {
  return work.found !== undefined && !sameInput(work.found, work.input);
}

/**
 * Dates found for the current input. The edits stay with the proposals that are still
 * there (see carryEdits.ts); `dropped` counts those whose words are gone.
 */
export function withFound(work: WorkInProgress): { readonly work: WorkInProgress; readonly dropped: number } {
  const found = { ...work, found: work.input };
  if (sameInput(work.found, work.input)) return { work: found, dropped: 0 };
  const edited = Object.keys(work.edits).length;
  if (edited === 0 || work.found === undefined) return { work: { ...found, edits: {} }, dropped: 0 };
  const before = propose(work.found);
  const after = propose(work.input);
  if (!before.ok || !after.ok) return { work: { ...found, edits: {} }, dropped: edited };
  const { edits, dropped } = carryEdits(before.draft, after.draft, work.edits);
  return { work: { ...found, edits }, dropped };
}

export function withEdit(work: WorkInProgress, id: string, change: ProposalEdit): WorkInProgress {
  return { ...work, edits: editProposal(work.edits, id, change) };
}
