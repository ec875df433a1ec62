/**
 * The one way into the app for a bundle: size limit, JSON, schema, cross-checks,
 * then the indexed Article. Never throws; every problem comes back at once.
 */
import * as v from 'valibot';
import type { Article } from './article';
import { buildArticle } from './buildArticle';
import { crossCheck } from './crossChecks';
import { problem, problemsFromIssues, type BundleProblem } from './problems';
import { MAX_BUNDLE_BYTES, tooLarge } from './limits';
import { BundleSchema } from './schema';

export { MAX_BUNDLE_BYTES, tooLarge };

export type LoadResult =
  | { readonly ok: true; readonly article: Article }
  | { readonly ok: false; readonly problems: readonly BundleProblem[] };

/** Parses and validates a bundle given as JSON text. */
export function loadBundleText(text: string): LoadResult {
  // A UTF-16 string never has fewer code units than its UTF-8 bytes / 3, so shorter text
  // cannot be too large; longer text has its bytes counted (Arabic takes two per letter).
  if (text.length > MAX_BUNDLE_BYTES / 3) {
    const bytes = new TextEncoder().encode(text).length;
    if (bytes > MAX_BUNDLE_BYTES) return tooLarge(bytes);
  }
  if (text.trim() === '') return { ok: false, problems: [problem('', 'empty-file')] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      problems: [problem('', 'not-json', { detail: error instanceof Error ? error.message : String(error) })],
    };
  }
  return loadBundleValue(value);
}

/** Validates an already parsed JSON value. */
export function loadBundleValue(value: unknown): LoadResult {
  try {
    const parsed = v.safeParse(BundleSchema, value);
    if (!parsed.success) return { ok: false, problems: problemsFromIssues(parsed.issues) };
    const bundle = parsed.output;
    const { problems, dates } = crossCheck(bundle);
    if (problems.length > 0) return { ok: false, problems };
    return { ok: true, article: buildArticle(bundle, dates) };
  } catch (error) {
    // A bug here must still end in a message, not a blank page.
    return {
      ok: false,
      problems: [problem('', 'internal', { detail: error instanceof Error ? error.message : String(error) })],
    };
  }
}
