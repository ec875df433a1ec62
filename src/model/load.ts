/**
 * The one way into the app for a bundle: size limit, JSON, schema, cross-checks,
 * then the indexed Article. Never throws; every problem comes back at once.
 */
import * as v from 'valibot';
import type { Article } from './article';
import { buildArticle } from './buildArticle';
import { crossCheck, type ParsedDates } from './crossChecks';
import { salvage } from './salvage';
import { kindOf, problem, problemsFromIssues, type BundleProblem } from './problems';
import { MAX_BUNDLE_BYTES, tooLarge } from './limits';
import { validate as hasBundleShape } from './bundleShape.generated.js';
import { BundleSchema, type BundleData } from './schema';

export { MAX_BUNDLE_BYTES, tooLarge };

export type LoadResult =
  | { readonly ok: true; readonly article: Article }
  | { readonly ok: false; readonly problems: readonly BundleProblem[] };

/** A bundle that passed every check, with the dates the checks parsed; or why it did not. */
export type CheckResult =
  | { readonly ok: true; readonly bundle: BundleData; readonly dates: ParsedDates }
  | { readonly ok: false; readonly problems: readonly BundleProblem[] };

/**
 * Parses and validates a bundle given as JSON text. Callers that read the text from
 * bytes pass their count, so the text is not measured again.
 */
export function loadBundleText(text: string, byteLength?: number): LoadResult {
  return toLoadResult(checkBundleText(text, byteLength));
}

/** Validates an already parsed JSON value. */
export function loadBundleValue(value: unknown): LoadResult {
  return toLoadResult(checkBundleValue(value));
}

function toLoadResult(checked: CheckResult): LoadResult {
  if (!checked.ok) return checked;
  try {
    return { ok: true, article: buildArticle(checked.bundle, checked.dates) };
  } catch (error) {
    return { ok: false, problems: [internal(error)] };
  }
}

/** Every check of loadBundleText, without building the article. */
export function checkBundleText(text: string, byteLength?: number): CheckResult {
  const parsed = parseBundleText(text, byteLength);
  return 'problems' in parsed
    ? { ok: false, problems: parsed.problems }
    : checkBundleValue(parsed.value);
}

/**
 * The checks up to the schema: what the validation worker runs while the main thread runs
 * crossCheck on its own parse of the same bytes (app/parallelLoad.ts). A bundle the schema
 * refuses gets its whole verdict here, cross-checks of what the schema accepted included;
 * none means the shape is right and the cross-checks decide.
 */
export function checkBundleShape(text: string, byteLength?: number): readonly BundleProblem[] {
  const parsed = parseBundleText(text, byteLength);
  if ('problems' in parsed) return parsed.problems;
  try {
    const shaped = checkShape(parsed.value);
    return 'problems' in shaped ? shaped.problems : [];
  } catch (error) {
    return [internal(error)];
  }
}

function parseBundleText(
  text: string,
  byteLength: number | undefined,
): { readonly value: unknown } | { readonly problems: readonly BundleProblem[] } {
  // A UTF-16 string never has fewer code units than its UTF-8 bytes / 3, so shorter text
  // cannot be too large; longer text has its bytes counted (Arabic takes two per letter).
  if (
    byteLength !== undefined ? byteLength > MAX_BUNDLE_BYTES : text.length > MAX_BUNDLE_BYTES / 3
  ) {
    const bytes = byteLength ?? utf8Length(text);
    if (bytes > MAX_BUNDLE_BYTES) return tooLarge(bytes);
  }
  // A test that stops at the first visible character, rather than trimming a copy of it all.
  if (!/\S/.test(text)) return { problems: [problem('', 'empty-file')] };
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return {
      problems: [
        // The parser's own words are in English whatever the reader's language: show where the
        // file starts instead, which tells a web page, prose or a cut-off file apart.
        problem('', 'not-json', { start: openingWords(text) }),
      ],
    };
  }
}

/** How a text begins: its first line that is not blank, cut to about forty characters. */
export function openingWords(text: string, length = 40): string {
  const line = /\S[^\n\r]*/u.exec(text)?.[0].trimEnd() ?? '';
  const chars = Array.from(line);
  return chars.length <= length ? line : `${chars.slice(0, length).join('').trimEnd()}…`;
}

/** Every check of loadBundleValue, without building the article. */
export function checkBundleValue(value: unknown): CheckResult {
  try {
    const shaped = checkShape(value);
    if ('problems' in shaped) return { ok: false, problems: shaped.problems };
    const { bundle } = shaped;
    const { problems, dates } = crossCheck(bundle);
    if (problems.length > 0) return { ok: false, problems };
    return { ok: true, bundle, dates };
  } catch (error) {
    return { ok: false, problems: [internal(error)] };
  }
}

/**
 * The schema's verdict; a refused bundle's problems include the cross-checks of what it
 * accepted. The schema compiled to one plain function answers first, faster than valibot
 * and without copying the bundle (~15 ms saved at 10,000 events). When it says no, valibot
 * decides and words what is wrong; it never says yes to what valibot refuses (a property
 * test holds it to that), so the verdict is always valibot's.
 */
function checkShape(
  value: unknown,
): { readonly bundle: BundleData } | { readonly problems: readonly BundleProblem[] } {
  if (hasBundleShape(value)) return { bundle: value as BundleData };
  // A list (or a number…) is not a bundle with its fields wrong: one problem says what it is,
  // not one "unknown field" per element.
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { problems: [problem('', 'wrong-type', { expected: 'object', received: kindOf(value) })] };
  }
  const parsed = v.safeParse(BundleSchema, value);
  if (parsed.success) return { bundle: parsed.output };
  const issues = withEveryUnknownField(value, parsed.issues);
  return { problems: [...problemsFromIssues(issues), ...checkTheRest(value, issues)] };
}

/** At most this many unknown fields are named per object (each takes one more check). */
const UNKNOWN_FIELD_ROUNDS = 20;

const isUnknownField = (issue: v.BaseIssue<unknown>) =>
  issue.type === 'strict_object' && issue.expected === 'never';

/**
 * valibot's strictObject names only the first unknown field of each object: a file with three
 * misspelt fields would take three rounds of fixing. Each one named is set aside in a copy, and
 * the copy checked again for the next, until no object has one left.
 */
function withEveryUnknownField(
  value: unknown,
  issues: readonly v.BaseIssue<unknown>[],
): readonly v.BaseIssue<unknown>[] {
  let found = issues.filter(isUnknownField);
  if (found.length === 0) return issues;
  const copy: unknown = structuredClone(value);
  const all = [...issues];
  for (let round = 1; round < UNKNOWN_FIELD_ROUNDS && found.length > 0; round++) {
    for (const issue of found) {
      const keys = pathKeys(issue);
      const field = keys.pop();
      const owner = keys.reduce<unknown>(
        (node, key) => (node as Record<string | number, unknown> | undefined)?.[key],
        copy,
      );
      if (typeof owner === 'object' && owner !== null) {
        delete (owner as Record<string, unknown>)[String(field)];
      }
    }
    const again = v.safeParse(BundleSchema, copy);
    found = again.success ? [] : again.issues.filter(isUnknownField);
    // Each beside its object's other unknown fields, so the list reads in document order.
    for (const issue of found) {
      const owner = ownerPath(issue);
      const last = all.findLastIndex(
        (other) => isUnknownField(other) && ownerPath(other) === owner,
      );
      all.splice(last < 0 ? all.length : last + 1, 0, issue);
    }
  }
  return all;
}

const pathKeys = (issue: v.BaseIssue<unknown>) =>
  (issue.path ?? []).map((item) => item.key as string | number);

/** Where the object an issue is about sits, as text to compare. */
const ownerPath = (issue: v.BaseIssue<unknown>) => pathKeys(issue).slice(0, -1).join('.');

/** The cross-checks' problems in what the schema accepted of a bundle it refused (see salvage.ts). */
function checkTheRest(value: unknown, issues: readonly v.BaseIssue<unknown>[]): BundleProblem[] {
  const rest = salvage(value, issues);
  if (!rest) return [];
  const parsed = v.safeParse(BundleSchema, rest.value);
  if (!parsed.success) return [];
  return crossCheck(parsed.output).problems.flatMap((problem) => rest.restore(problem) ?? []);
}

/** A bug here must still end in a message, not a blank page. */
function internal(error: unknown): BundleProblem {
  return problem('', 'internal', {
    detail: error instanceof Error ? error.message : String(error),
  });
}

/** The UTF-8 size of a string, counted without encoding it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      // A surrogate pair is one character of four bytes.
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}
