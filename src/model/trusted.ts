/**
 * The embedded seed article is the app's own data: the test suite proves it passes
 * every schema rule and cross-check (src/data/seed.test.ts), so at run time it is
 * indexed without the validator, which then loads only for bundles from outside.
 */
import type { Article } from './article';
import { buildArticle } from './buildArticle';
import type { ParsedDates } from './crossChecks';
import { mustParseIsoDate } from './dates';
import type { BundleData } from './schema';

export function articleFromTrustedBundle(data: BundleData): Article {
  const dates: ParsedDates = data.events.map((event) => ({
    start: mustParseIsoDate(event.start),
    end: event.end === undefined ? undefined : mustParseIsoDate(event.end),
  }));
  return buildArticle(data, dates);
}
