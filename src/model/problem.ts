/**
 * A problem with a bundle, as data: a path into the document ("events[3].start") and a
 * code with parameters; the UI words it in the reader's language (i18n key
 * `problem.<code>`). Apart from problems.ts (which turns schema issues into problems), so
 * the first load, which only ever makes one, does not carry the rest.
 */
export type ProblemCode =
  | 'too-large'
  | 'empty-file'
  | 'not-json'
  | 'fetch-failed'
  | 'not-same-origin'
  | 'web-page'
  | 'not-found'
  | 'wrong-type'
  | 'missing'
  | 'unknown-field'
  | 'wrong-value'
  | 'not-one-of'
  | 'empty'
  | 'bad-id'
  | 'bad-language'
  | 'bad-date-form'
  | 'bad-day-form'
  | 'bad-url'
  | 'not-integer'
  | 'below-one'
  | 'no-evidence'
  | 'no-sentences'
  | 'needs-language'
  | 'invalid-date'
  | 'precision-mismatch'
  | 'end-before-start'
  | 'duplicate-id'
  | 'unknown-sentence'
  | 'unknown-event'
  | 'phrase-not-in-sentence'
  | 'phrase-not-in-translation'
  | 'evidence-translation-missing'
  | 'unknown-translation'
  | 'translation-missing-sentence'
  | 'translation-unknown-sentence'
  | 'translation-empty'
  | 'background-needs-reference'
  | 'relative-mismatch'
  | 'relative-too-precise'
  | 'self-relation'
  | 'anniversary-mismatch'
  | 'headline-not-first'
  | 'internal';

/** Values a problem's sentence mentions; all are shown as plain text. */
export type ProblemParams = Readonly<Record<string, string | number>>;

export interface BundleProblem {
  /** Where in the document, e.g. "events[3].evidence[0].phrase"; "" for the whole file. */
  readonly path: string;
  readonly code: ProblemCode;
  readonly params: ProblemParams;
}

export function problem(path: string, code: ProblemCode, params: ProblemParams = {}): BundleProblem {
  return { path, code, params };
}
