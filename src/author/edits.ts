/**
 * What the author changed in the proposals, kept apart from the proposals themselves: the
 * extractor's reading stays as it was (to explain it, and to undo), and only the edits are saved.
 */
import type { Precision } from '../model/dates';
import type { Category } from '../model/schema';

export interface EditedDates {
  readonly start: string;
  readonly end?: string;
  readonly precision: Precision;
}

export interface ProposalEdit {
  /** Left out of the bundle. */
  readonly removed?: boolean;
  /** Titles the author wrote, by language; "" when cleared. */
  readonly title?: Readonly<Record<string, string>>;
  readonly category?: Category;
  /** Dates the author set; from then on they no longer follow the text's arithmetic. */
  readonly dates?: EditedDates;
  /** The proposal this one is the anniversary of; null when the author unset the extractor's choice. */
  readonly anniversaryOf?: string | null;
}

/** Edits by proposal id. */
export type Edits = Readonly<Record<string, ProposalEdit>>;

/** The edits with `change` applied to one proposal (titles are merged language by language). */
export function editProposal(edits: Edits, id: string, change: ProposalEdit): Edits {
  const before = edits[id] ?? {};
  const title = change.title ? { ...before.title, ...change.title } : before.title;
  return { ...edits, [id]: { ...before, ...change, ...(title && { title }) } };
}
