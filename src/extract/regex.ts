/**
 * Small helpers for building the extractor's regular expressions from word lists.
 * All patterns run on normalized text (see normalize.ts) with the `u` flag.
 */

/** Escapes a literal for use inside a regular expression. */
export function escape(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** A non-capturing alternation of literal words, longest first so that «كانون الثاني» wins over «كانون». */
export function alt(words: Iterable<string>): string {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return `(?:${sorted.map((w) => escape(w).replace(/ /g, '\\s+')).join('|')})`;
}

/**
 * Where a word may start: after a non-letter, optionally behind attached clitics
 * (و ف, then ب ل ك), which stay outside the match.
 */
export const START = '(?<=(?:^|[^\\p{L}\\p{N}])[وف]?[بلك]?)';

/** Where a word may start with nothing attached but «و/ف»: for short words like «أمس» that a ل could turn into a verb («لامس»). */
export const START_NO_PREPOSITION = '(?<=(?:^|[^\\p{L}\\p{N}])[وف]?)';

/** Where a word must end. */
export const END = '(?![\\p{L}\\p{N}])';

/** One or more spaces (also a line-internal no-break space, normalized to a space). */
export const S = '\\s+';

/** A whole word from a list, with the boundaries. */
export function word(words: Iterable<string>): string {
  return `${alt(words)}${END}`;
}

/** Splits a phrase into words, for parsing what a pattern matched. */
export function words(phrase: string): string[] {
  return phrase.trim().split(/\s+/).filter(Boolean);
}
