/**
 * A bundle with schema problems still gets its cross-checks, on the parts the schema
 * accepted: whoever fixes a file by hand sees every problem in one pass, not the
 * schema's first and the cross-checks' only after a second load.
 *
 * What the schema refused is left out item by item (a sentence, an event, a relation, one
 * language's translations). The rest is checked, the problems' paths point back into the
 * original document, and a reference into a list that lost an item is not judged: the
 * schema problem of that item already explains it.
 */
import type { BaseIssue } from 'valibot';
import type { BundleProblem } from './problems';

const LISTS = ['sentences', 'events', 'relations'] as const;
type List = (typeof LISTS)[number];

export interface Salvaged {
  /** The document without what the schema refused. */
  readonly value: Readonly<Record<string, unknown>>;
  /** Maps a problem found in `value` back to the original document; undefined drops it. */
  readonly restore: (problem: BundleProblem) => BundleProblem | undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Leaves out the items the issues point into. Undefined when an issue is about anything
 * else (the article's metadata, a list that is not a list, an unknown field at the top):
 * then nothing can be checked against the rest with confidence.
 */
export function salvage(value: unknown, issues: readonly BaseIssue<unknown>[]): Salvaged | undefined {
  if (!isRecord(value)) return undefined;
  const refused: Record<List, Set<number>> = { sentences: new Set(), events: new Set(), relations: new Set() };
  const refusedLanguages = new Set<string>();
  for (const issue of issues) {
    const [first, second] = (issue.path ?? []).map((item) => item.key);
    if (LISTS.includes(first as List) && typeof second === 'number' && Array.isArray(value[first as List])) {
      refused[first as List].add(second);
    } else if (first === 'translations' && typeof second === 'string' && isRecord(value.translations)) {
      refusedLanguages.add(second);
    } else {
      return undefined;
    }
  }

  const kept: Record<string, unknown> = { ...value };
  /** Per list, the original index of each kept item. */
  const originalIndex: Partial<Record<List, number[]>> = {};
  for (const list of LISTS) {
    const items = value[list];
    if (!Array.isArray(items)) continue;
    const indices: number[] = [];
    kept[list] = items.filter((_item: unknown, index) => {
      if (refused[list].has(index)) return false;
      indices.push(index);
      return true;
    });
    originalIndex[list] = indices;
  }
  if (refusedLanguages.size > 0 && isRecord(value.translations)) {
    kept.translations = Object.fromEntries(
      Object.entries(value.translations).filter(([language]) => !refusedLanguages.has(language)),
    );
  }

  // A reference into a list that lost an item cannot be judged: the refused item may be the
  // one it means, under an id the schema did not accept ("-headline", "English").
  const unsure = new Set<BundleProblem['code']>();
  if (refused.sentences.size > 0) unsure.add('unknown-sentence').add('translation-unknown-sentence');
  if (refused.events.size > 0) unsure.add('unknown-event');
  if (refusedLanguages.size > 0) unsure.add('unknown-translation');

  const restore = (problem: BundleProblem): BundleProblem | undefined => {
    if (unsure.has(problem.code)) return undefined;
    const path = problem.path.replace(/^(sentences|events|relations)\[(\d+)\]/, (whole, list: List, index: string) => {
      const original = originalIndex[list]?.[Number(index)];
      return original === undefined ? whole : `${list}[${original}]`;
    });
    return { ...problem, path };
  };
  return { value: kept, restore };
}
