/** Every pattern the extractor runs, in no particular order: the longest match wins (see extract.ts). */
import { ANNIVERSARY_PATTERNS } from './anniversaries';
import { CLOCK_PATTERNS } from './clock';
import { GREGORIAN_PATTERNS } from './gregorian';
import { HIJRI_PATTERNS } from './hijri';
import type { Pattern } from './pattern';
import { PERIOD_PATTERNS } from './periods';
import { QUANTITY_PATTERNS } from './quantities';
import { RANGE_PATTERNS } from './ranges';
import { RELATIVE_PATTERNS } from './relative';
import { SCHOOL_YEAR_PATTERNS } from './schoolYears';
import { SEASON_PATTERNS } from './seasons';
import { SET_PATTERNS } from './sets';
import { WEEKDAY_PATTERNS } from './weekday';
import { YEAR_PATTERNS } from './years';

export const PATTERNS: readonly Pattern[] = [
  ...GREGORIAN_PATTERNS,
  ...HIJRI_PATTERNS,
  ...YEAR_PATTERNS,
  ...SCHOOL_YEAR_PATTERNS,
  ...RANGE_PATTERNS,
  ...RELATIVE_PATTERNS,
  ...WEEKDAY_PATTERNS,
  ...QUANTITY_PATTERNS,
  ...PERIOD_PATTERNS,
  ...SEASON_PATTERNS,
  ...ANNIVERSARY_PATTERNS,
  ...SET_PATTERNS,
  ...CLOCK_PATTERNS,
];
