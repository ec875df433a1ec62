/**
 * Property tests of the loader: whatever it is given (random JSON, random values,
 * valid bundles with random damage, truncated or garbled text) it never throws, refuses
 * with well-formed problems or returns an article that keeps the loader's promises.
 */
import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { describeProblem } from '../i18n/describeProblem';
import { aBundle, anEvent } from '../testing/bundleBuilders';
import type { Article } from './article';
import { compareDates, precisionOf } from './dates';
import { loadBundleText, loadBundleValue, type LoadResult } from './load';
import type { BundleProblem, ProblemCode } from './problems';
import { validate as hasBundleShape } from './bundleShape.generated.js';
import { BundleSchema } from './schema';
import seed from '../data/seed.bundle.json';

/** Every problem code, checked against the type in both directions by the compiler. */
const CODES: Record<ProblemCode, true> = {
  'too-large': true,
  'empty-file': true,
  'not-json': true,
  'fetch-failed': true,
  'not-same-origin': true,
  'web-page': true,
  'not-found': true,
  'wrong-type': true,
  missing: true,
  'unknown-field': true,
  'wrong-value': true,
  'not-one-of': true,
  empty: true,
  'bad-id': true,
  'bad-language': true,
  'bad-date-form': true,
  'bad-day-form': true,
  'bad-url': true,
  'not-integer': true,
  'below-one': true,
  'no-evidence': true,
  'no-sentences': true,
  'needs-language': true,
  'invalid-date': true,
  'precision-mismatch': true,
  'end-before-start': true,
  'duplicate-id': true,
  'unknown-sentence': true,
  'unknown-event': true,
  'phrase-not-in-sentence': true,
  'phrase-not-in-translation': true,
  'evidence-translation-missing': true,
  'unknown-translation': true,
  'translation-missing-sentence': true,
  'translation-unknown-sentence': true,
  'translation-empty': true,
  'background-needs-reference': true,
  'relative-mismatch': true,
  'relative-too-precise': true,
  'self-relation': true,
  'anniversary-mismatch': true,
  'headline-not-first': true,
  internal: true,
};
const KNOWN_CODES = new Set(Object.keys(CODES));

/** What the loader promises about the article it returns. */
function expectArticleKeepsPromises(article: Article, input: unknown): void {
  const inputIds = new Set(
    ((input as { events: { id: string }[] }).events ?? []).map((event) => event.id),
  );
  expect(article.events).toHaveLength(inputIds.size);
  article.events.forEach((event, i) => {
    expect(inputIds.has(event.id)).toBe(true);
    expect(event.order).toBe(i);
    expect(event.startMs).toBeLessThan(event.endMs);
    const previous = article.events[i - 1];
    if (previous) {
      expect(compareDates(previous.start, event.start)).toBeLessThanOrEqual(0);
      expect(previous.startMs).toBeLessThanOrEqual(event.startMs);
    }
  });
}

/** The invariant the loader promises: every phrase occurs where it says it does. */
function expectPhrasesOccur(article: Article): void {
  const translations = article.data.translations ?? {};
  for (const event of article.events) {
    for (const evidence of event.data.evidence) {
      expect(article.sentenceById.get(evidence.sentence)?.text).toContain(evidence.phrase);
      for (const [language, phrase] of Object.entries(evidence.translations ?? {})) {
        expect(translations[language]?.[evidence.sentence]).toContain(phrase);
      }
    }
    const { grounding } = event.data;
    if (grounding.kind === 'relative') {
      expect(article.sentenceById.get(grounding.sentence)?.text).toContain(grounding.phrase);
    }
  }
}

/** Checks one result; `input` is the value given (or the text, for text input). */
function expectWellFormed(result: LoadResult, input: unknown): void {
  if (result.ok) {
    const value: unknown = typeof input === 'string' ? JSON.parse(input) : input;
    expectArticleKeepsPromises(result.article, value);
    expectPhrasesOccur(result.article);
    return;
  }
  expect(Array.isArray(result.problems)).toBe(true);
  expect(result.problems.length).toBeGreaterThan(0);
  for (const p of result.problems) {
    expect(typeof p.path).toBe('string');
    expect(KNOWN_CODES.has(p.code)).toBe(true);
    // "internal" means the loader itself failed: a bug, never an answer to bad input.
    expect(p.code).not.toBe('internal');
  }
  const [first] = result.problems as [BundleProblem];
  const sentence = describeProblem(first);
  expect(sentence).not.toMatch(/^problem\./);
  // An unfilled placeholder, unless the input itself put "{{" into a parameter.
  if (!Object.values(first.params).some((value) => String(value).includes('{{'))) {
    expect(sentence).not.toContain('{{');
  }
}

// ---- Mutations of a valid bundle -------------------------------------------------------

type Key = string | number;
type Node = Record<Key, unknown>;

function isContainer(value: unknown): value is Node {
  return value !== null && typeof value === 'object';
}

/** Every path below the root, depth first. */
function pathsIn(value: unknown, prefix: Key[] = [], out: Key[][] = []): Key[][] {
  if (!isContainer(value)) return out;
  const keys: Key[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  for (const key of keys) {
    const path = [...prefix, key];
    out.push(path);
    pathsIn(value[key], path, out);
  }
  return out;
}

function get(root: unknown, path: readonly Key[]): unknown {
  let node = root;
  for (const key of path) node = isContainer(node) ? node[key] : undefined;
  return node;
}

function parentOf(root: unknown, path: readonly Key[]): Node {
  return get(root, path.slice(0, -1)) as Node;
}

function set(root: unknown, path: readonly Key[], value: unknown): void {
  parentOf(root, path)[path.at(-1)!] = value;
}

const charUnit = fc.oneof(
  fc.constantFrom(
    '\u0000',
    '\u0007',
    '\u001B',
    '\u202E',
    '\u200F',
    '\uFEFF',
    '\uD800',
    '"',
    '\\',
    '{',
    ']',
    ',',
    '<',
    '٢',
  ),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
);
const noise = fc.string({ unit: charUnit, minLength: 1, maxLength: 4 });

/** Days in a month of the proleptic Gregorian calendar, computed independently of the model. */
function monthLength(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** A real date at a random precision, favouring the ends of months and years. */
const realDate = fc
  .tuple(
    fc.oneof(fc.integer({ min: 1995, max: 2030 }), fc.integer({ min: 0, max: 9999 })),
    fc.oneof(fc.constantFrom(1, 2, 12), fc.integer({ min: 1, max: 12 })),
    fc.oneof(fc.constantFrom(1, 28, 29, 30, 31), fc.integer({ min: 1, max: 31 })),
    fc.constantFrom('year', 'month', 'day'),
  )
  .map(([year, month, day, precision]) => {
    if (precision === 'year') return pad(year, 4);
    if (precision === 'month') return `${pad(year, 4)}-${pad(month, 2)}`;
    return `${pad(year, 4)}-${pad(month, 2)}-${pad(Math.min(day, monthLength(year, month)), 2)}`;
  });

const dateText = fc.oneof(
  realDate,
  fc
    .tuple(
      fc.oneof(fc.integer({ min: 2005, max: 2022 }), fc.integer({ min: 0, max: 9999 })),
      fc.oneof(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 99 })),
      fc.oneof(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 99 })),
      fc.constantFrom('year', 'month', 'day'),
    )
    .map(([y, m, d, precision]) => {
      if (precision === 'year') return pad(y, 4);
      if (precision === 'month') return `${pad(y, 4)}-${pad(m, 2)}`;
      return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
    }),
);

const trickyString = fc.constantFrom(
  'toString',
  'constructor',
  '__proto__',
  'hasOwnProperty',
  'prototype',
  '',
  ' ',
  '2021-02-29',
  '0000-02-29',
  '9999-12-31',
  '٢٠٢١',
  'javascript:alert(1)',
  'https://example.org/',
  'dateline',
);

type Mutation =
  | { op: 'delete'; pick: number }
  | { op: 'replace'; pick: number; value: unknown }
  | { op: 'duplicate'; pick: number; item: number }
  | { op: 'edit'; pick: number; at: number; remove: number; insert: string }
  | { op: 'reuse'; pick: number; from: number }
  | { op: 'tricky'; pick: number; value: string }
  | { op: 'date'; pick: number; value: string }
  | { op: 'number'; pick: number; value: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({
    op: fc.constant('replace' as const),
    pick: fc.nat(),
    value: fc.jsonValue({ maxDepth: 2 }),
  }),
  fc.record({ op: fc.constant('duplicate' as const), pick: fc.nat(), item: fc.nat() }),
  fc.record({
    op: fc.constant('edit' as const),
    pick: fc.nat(),
    at: fc.nat(),
    remove: fc.nat({ max: 3 }),
    insert: fc.oneof(fc.constant(''), noise),
  }),
  fc.record({ op: fc.constant('reuse' as const), pick: fc.nat(), from: fc.nat() }),
  fc.record({ op: fc.constant('tricky' as const), pick: fc.nat(), value: trickyString }),
  fc.record({ op: fc.constant('date' as const), pick: fc.nat(), value: dateText }),
  fc.record({
    op: fc.constant('number' as const),
    pick: fc.nat(),
    value: fc.oneof(fc.integer({ min: -3, max: 30 }), fc.double(), fc.constant(1e300)),
  }),
);

function choose<T>(items: readonly T[], n: number): T | undefined {
  return items.length ? items[n % items.length] : undefined;
}

/** Applies one mutation in place; a mutation with nothing to act on does nothing. */
function mutate(root: unknown, m: Mutation): void {
  const paths = pathsIn(root);
  const ofKind = (test: (value: unknown) => boolean) => paths.filter((p) => test(get(root, p)));
  const strings = () => ofKind((value) => typeof value === 'string');
  switch (m.op) {
    case 'delete': {
      const path = choose(paths, m.pick);
      if (!path) return;
      const parent = parentOf(root, path);
      const key = path.at(-1)!;
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
      return;
    }
    case 'replace': {
      const path = choose(paths, m.pick);
      if (path) set(root, path, m.value);
      return;
    }
    case 'duplicate': {
      const path = choose(
        ofKind((value) => Array.isArray(value) && value.length > 0),
        m.pick,
      );
      if (!path) return;
      const list = get(root, path) as unknown[];
      const index = m.item % list.length;
      list.splice(index, 0, structuredClone(list[index]));
      return;
    }
    case 'edit': {
      const path = choose(strings(), m.pick);
      if (!path) return;
      const text = get(root, path) as string;
      const at = m.at % (text.length + 1);
      set(root, path, text.slice(0, at) + m.insert + text.slice(at + m.remove));
      return;
    }
    case 'reuse': {
      const all = strings();
      const path = choose(all, m.pick);
      const from = choose(all, m.from);
      if (path && from) set(root, path, get(root, from));
      return;
    }
    case 'tricky': {
      const path = choose(strings(), m.pick);
      if (path) set(root, path, m.value);
      return;
    }
    case 'date': {
      const path = choose(
        ofKind((value) => typeof value === 'string' && precisionOf(value) !== undefined),
        m.pick,
      );
      if (path) set(root, path, m.value);
      return;
    }
    case 'number': {
      const path = choose(
        ofKind((value) => typeof value === 'number'),
        m.pick,
      );
      if (path) set(root, path, m.value);
      return;
    }
  }
}

const mutatedBundle = fc.array(mutation, { minLength: 1, maxLength: 4 }).map((mutations) => {
  const bundle: unknown = aBundle();
  for (const m of mutations) mutate(bundle, m);
  return bundle;
});

type TextMutation =
  | { op: 'truncate'; at: number }
  | { op: 'insert'; at: number; text: string }
  | { op: 'overwrite'; at: number; text: string };

const textMutation: fc.Arbitrary<TextMutation> = fc.oneof(
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: noise }),
  fc.record({ op: fc.constant('overwrite' as const), at: fc.nat(), text: noise }),
);

const mutatedText = fc
  .tuple(fc.boolean(), fc.array(textMutation, { minLength: 1, maxLength: 3 }))
  .map(([pretty, mutations]) => {
    let text = JSON.stringify(aBundle(), null, pretty ? 2 : undefined);
    for (const m of mutations) {
      const at = m.at % (text.length + 1);
      if (m.op === 'truncate') text = text.slice(0, at);
      else if (m.op === 'insert') text = text.slice(0, at) + m.text + text.slice(at);
      else text = text.slice(0, at) + m.text + text.slice(at + m.text.length);
    }
    return text;
  });

// ---- Properties -----------------------------------------------------------------------

describe('loadBundleValue and loadBundleText on any input', () => {
  it('never throws on any JavaScript value and answers with well-formed problems', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expectWellFormed(loadBundleValue(value), value);
      }),
      { numRuns: 400 },
    );
  });

  it('never throws on any JSON text', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expectWellFormed(loadBundleText(text), text);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: charUnit, maxLength: 40 }), (text) => {
        expectWellFormed(loadBundleText(text), text);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses or loads a damaged bundle value, never throwing, keeping every promise', () => {
    fc.assert(
      fc.property(mutatedBundle, (bundle) => {
        expectWellFormed(loadBundleValue(bundle), bundle);
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses or loads damaged bundle text (truncated, garbled), never throwing', () => {
    fc.assert(
      fc.property(mutatedText, (text) => {
        expectWellFormed(loadBundleText(text), text);
      }),
      { numRuns: 400 },
    );
  });
});

describe('the compiled shape check', () => {
  // The loader believes it when it says yes and asks valibot when it says no, so the
  // loader's verdict is valibot's as long as every bundle it takes, valibot takes too. It
  // may be stricter: JSON Schema's objects are never arrays, valibot's records can be
  // (an empty [] where optional translations belong passes valibot alone).
  const noLaxerThanValibot = (value: unknown): void => {
    if (hasBundleShape(value)) expect(v.safeParse(BundleSchema, value).success).toBe(true);
  };

  it('takes no damaged bundle that the valibot schema refuses', () => {
    fc.assert(fc.property(mutatedBundle, noLaxerThanValibot), { numRuns: 2000 });
  });

  it('takes no value that the valibot schema refuses', () => {
    fc.assert(fc.property(fc.anything(), noLaxerThanValibot), { numRuns: 300 });
  });

  it('gives the valibot schema’s verdict on any text where a web address belongs', () => {
    const address = fc.oneof(
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc.string({ unit: charUnit, maxLength: 12 }).map((s) => `https://${s}`),
      fc.string({ unit: charUnit, maxLength: 20 }),
    );
    fc.assert(
      fc.property(address, (url) => {
        const bundle = aBundle();
        bundle.article.url = url;
        expect(hasBundleShape(bundle)).toBe(v.safeParse(BundleSchema, bundle).success);
      }),
      { numRuns: 500 },
    );
  });

  it('takes the bundles it is there for, so that valibot is not asked about them', () => {
    expect(hasBundleShape(seed)).toBe(true);
    expect(hasBundleShape(aBundle())).toBe(true);
  });
});

describe('the article of a bundle that loads', () => {
  it('spans and orders events of any real dates, at any precision, with or without an end', () => {
    const dated = fc.record({
      start: realDate,
      endYears: fc.option(fc.nat({ max: 30 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(dated, { minLength: 1, maxLength: 6 }), (dates) => {
        const events = dates.map(({ start, endYears }, i) => {
          const precision = precisionOf(start)!;
          // An end at the event's precision, `endYears` years after its start.
          let end: string | undefined;
          if (endYears !== undefined) {
            const year = Math.min(Number(start.slice(0, 4)) + endYears, 9999);
            end = pad(year, 4) + start.slice(4);
            if (end.endsWith('-02-29') && monthLength(year, 2) === 28)
              end = end.replace(/29$/, '28');
          }
          return anEvent({ id: `e${i}`, start, ...(end ? { end } : {}), precision });
        });
        const bundle = aBundle({ events });
        const result = loadBundleValue(bundle);
        if (!result.ok) throw new Error(result.problems.map(describeProblem).join('\n'));
        expectArticleKeepsPromises(result.article, bundle);
      }),
      { numRuns: 300 },
    );
  });

  it('has every evidence phrase in its sentence and every translated phrase in its translation', () => {
    // Damage aimed at the words only: sentences, translations and phrases.
    const wordPaths = (root: unknown) =>
      pathsIn(root).filter(
        (path) =>
          typeof get(root, path) === 'string' &&
          (path[0] === 'sentences' ||
            path[0] === 'translations' ||
            path.includes('evidence') ||
            path.includes('phrase')),
      );
    const damagedWords = fc
      .array(
        fc.record({
          pick: fc.nat(),
          from: fc.nat(),
          at: fc.nat(),
          remove: fc.nat({ max: 6 }),
          insert: fc.oneof(fc.constant(''), noise),
        }),
        { minLength: 1, maxLength: 2 },
      )
      .map((edits) => {
        const bundle: unknown = aBundle();
        for (const edit of edits) {
          const paths = wordPaths(bundle);
          const path = choose(paths, edit.pick)!;
          const text = get(bundle, path) as string;
          const at = edit.at % (text.length + 1);
          set(bundle, path, text.slice(0, at) + edit.insert + text.slice(at + edit.remove));
        }
        return bundle;
      });
    let loaded = 0;
    fc.assert(
      fc.property(damagedWords, (bundle) => {
        const result = loadBundleValue(bundle);
        if (!result.ok) return;
        loaded += 1;
        expectPhrasesOccur(result.article);
      }),
      { numRuns: 400 },
    );
    // Edits outside the quoted words leave the bundle valid, so many runs must have loaded.
    expect(loaded).toBeGreaterThan(20);
  });
});
