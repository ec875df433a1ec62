/**
 * The Arabic temporal-expression extractor: pure TypeScript, no React.
 *
 *   extractTemporalExpressions(text, dateline) → TemporalExpression[]   (find and resolve)
 *   toBundle(text, dateline, options?)        → BundleData              (a draft bundle that passes the loader)
 *   splitSentences(text)                      → SentenceSpan[]          (the sentences a bundle shows)
 */
export { extractTemporalExpressions } from './extract';
export { englishOrdinal } from './describe';
export { splitSentences, type SentenceSpan } from './sentences';
export { toBundle, type BundleOptions } from './toBundle';
export type {
  AnniversaryBasis,
  Arithmetic,
  CalendarPeriod,
  Completion,
  CompletionRule,
  ExpressionType,
  Granularity,
  HijriFields,
  Resolution,
  TemporalExpression,
  TextSpan,
  YearPart,
} from './types';
export type { Unit } from './units';
export type { WeekdayDirection } from './weekdays';
