/**
 * A pattern is a regular expression over normalized text plus a reader that says what a
 * match means. Patterns are data; `findCandidates` runs them all and keeps every reading.
 */
import type { Candidate, Mention } from '../mention';

export type Groups = Readonly<Record<string, string | undefined>>;

export interface Pattern {
  /** For debugging and tests: which pattern found a candidate. */
  readonly name: string;
  /** Sticky-free, global, unicode regular expression over normalized text. */
  readonly regex: RegExp;
  /** What a match means, or undefined when on closer reading it is not a date (e.g. 31 February). */
  read(groups: Groups, text: string): Mention | undefined;
}

/** Builds a pattern from a regular-expression source (compiled with the `gu` flags). */
export function pattern(name: string, source: string, read: Pattern['read']): Pattern {
  return { name, regex: new RegExp(source, 'gu'), read };
}

/** Every match of every pattern, overlapping ones included; choosing among them is extract.ts's job. */
export function findCandidates(patterns: readonly Pattern[], text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const p of patterns) {
    for (const match of text.matchAll(p.regex)) {
      const mention = p.read(match.groups ?? {}, match[0]);
      if (mention) found.push({ start: match.index, end: match.index + match[0].length, mention });
    }
  }
  return found;
}
