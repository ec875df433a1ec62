/**
 * Problems from valibot's issues, and the helpers that word their paths and values. The
 * problem type itself is in problem.ts (re-exported here).
 */
import type { BaseIssue } from 'valibot';
import { problem, type BundleProblem, type ProblemCode } from './problem';

export { problem, type BundleProblem, type ProblemCode, type ProblemParams } from './problem';

/** "events[3].title.en" from ["events", 3, "title", "en"]. */
export function formatPath(keys: readonly (string | number)[]): string {
  let out = '';
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

/** The kind of a JSON value in words the problem messages use. */
export type ValueKind = 'text' | 'number' | 'boolean' | 'null' | 'list' | 'object' | 'nothing';

export function kindOf(value: unknown): ValueKind {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'undefined':
      return 'nothing';
    default:
      return 'object';
  }
}

const SCHEMA_TYPE_KIND: Record<string, ValueKind> = {
  string: 'text',
  number: 'number',
  boolean: 'boolean',
  array: 'list',
  object: 'object',
  strict_object: 'object',
  record: 'object',
};

const CUSTOM_CODES = new Set<string>([
  'bad-id',
  'bad-language',
  'bad-date-form',
  'bad-day-form',
  'bad-url',
  'not-integer',
  'below-one',
  'no-evidence',
  'no-sentences',
  'needs-language',
  'empty',
]);

/** Shortens a value for quoting in a message. */
export function excerpt(value: unknown, max = 60): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Turns valibot's issues into problems, flattening union/variant sub-issues. */
export function problemsFromIssues(issues: readonly BaseIssue<unknown>[]): BundleProblem[] {
  const out: BundleProblem[] = [];
  for (const issue of issues) {
    const keys = (issue.path ?? []).map((item) => item.key as string | number);
    const path = formatPath(keys);
    if (issue.kind === 'validation' && CUSTOM_CODES.has(issue.message)) {
      out.push(problem(path, issue.message as ProblemCode, { value: excerpt(issue.input) }));
      continue;
    }
    switch (issue.type) {
      case 'strict_object':
        if (issue.expected === 'never') {
          const field = String(keys.at(-1) ?? issue.received);
          out.push(problem(path, 'unknown-field', { field }));
        } else {
          out.push(wrongType(path, issue));
        }
        break;
      case 'literal':
        out.push(
          issue.received === 'undefined'
            ? problem(path, 'missing')
            : problem(path, 'wrong-value', { expected: issue.expected ?? '', value: excerpt(issue.input) }),
        );
        break;
      case 'picklist':
      case 'variant':
        out.push(
          issue.received === 'undefined'
            ? problem(path, 'missing')
            : problem(path, 'not-one-of', {
                options: (issue.expected ?? '').replace(/^\(|\)$/g, '').replaceAll('"', '').replaceAll(' | ', ', '),
                value: excerpt(issue.input),
              }),
        );
        break;
      case 'union':
        if (issue.issues?.length) {
          // A union reports each branch's failure; the first branch's is the clearest.
          out.push(...problemsFromIssues([issue.issues[0]]));
        } else {
          out.push(wrongType(path, issue));
        }
        break;
      default:
        out.push(wrongType(path, issue));
    }
  }
  return out;
}

function wrongType(path: string, issue: BaseIssue<unknown>): BundleProblem {
  if (issue.input === undefined) return problem(path, 'missing');
  return problem(path, 'wrong-type', {
    expected: SCHEMA_TYPE_KIND[issue.type] ?? 'object',
    received: kindOf(issue.input),
  });
}
