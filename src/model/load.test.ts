import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeProblem } from '../i18n/describeProblem';
import {
  SAMPLE,
  aBundle,
  aBundleText,
  aReference,
  aRelativeGrounding,
  aSentence,
  anEvent,
  anEvidence,
  theEvents,
  theSentences,
  theTranslations,
  withValueAt,
  withoutValueAt,
} from '../testing/bundleBuilders';
import {
  MAX_BUNDLE_BYTES,
  checkBundleShape,
  loadBundleText,
  loadBundleValue,
  utf8Length,
  type LoadResult,
  openingWords,
} from './load';
import type { BundleProblem, ProblemCode } from './problems';

function problemsOf(result: LoadResult): readonly BundleProblem[] {
  if (result.ok) throw new Error('expected the bundle to be refused, but it loaded');
  return result.problems;
}

/** The input is refused for exactly one problem, at `path` with `code`, worded in English with the path. */
function expectSoleProblem(
  result: LoadResult,
  path: string,
  code: ProblemCode,
  words: string | RegExp,
): BundleProblem {
  const problems = problemsOf(result);
  expect(problems.map((p) => ({ path: p.path, code: p.code }))).toEqual([{ path, code }]);
  const [found] = problems as [BundleProblem];
  const sentence = describeProblem(found);
  expect(sentence).toMatch(words);
  expect(sentence).not.toMatch(/\{\{|\}\}|problem\./);
  expect(sentence).toMatch(/[.)]$/);
  // A problem with the whole file has no path to name; its sentence stands alone.
  if (path) expect(sentence.startsWith(`${path}: `)).toBe(true);
  else expect(sentence).not.toMatch(/^:/);
  return found;
}

const load = (value: unknown) => loadBundleValue(value);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a valid bundle', () => {
  it('loads the builders’ default bundle', () => {
    const result = loadBundleValue(aBundle());
    expect(result.ok ? result.article.events.length : result.problems).toBe(4);
  });

  it('loads the same bundle from its JSON text', () => {
    const result = loadBundleText(aBundleText());
    expect(result.ok ? result.article.id : result.problems).toBe(SAMPLE.bundleId);
  });

  it('loads a bundle with a single year event and no translations or relations', () => {
    const result = load(
      aBundle({
        translations: undefined,
        events: [
          anEvent({ id: 'x', start: '2020', evidence: [anEvidence({ translations: undefined })] }),
        ],
      }),
    );
    expect(result.ok ? result.article.events.map((e) => e.precision) : result.problems).toEqual([
      'year',
    ]);
  });

  it('loads a bundle whose JSON text starts with whitespace and a $schema field', () => {
    const result = loadBundleText(
      `\n  ${JSON.stringify({ $schema: 'https://example.org/s.json', ...aBundle() })}`,
    );
    expect(result.ok).toBe(true);
  });
});

describe('refusing a file before reading it as a bundle', () => {
  it('reports text that is not JSON, quoting how it begins rather than the parser’s English', () => {
    expectSoleProblem(
      loadBundleText('{"format": "zaman.bundle",'),
      '',
      'not-json',
      /^This is not JSON, so it cannot be a bundle\. It begins: “\{"format": "zaman\.bundle",”\.$/,
    );
  });

  it('quotes a file’s first line that is not blank, cut to forty characters', () => {
    expect(openingWords('\n\n  <!doctype html>\n<html>')).toBe('<!doctype html>');
    expect(openingWords('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">')).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg"…',
    );
    expect(openingWords('هذا نص عربي وليس ملف JSON')).toBe('هذا نص عربي وليس ملف JSON');
  });

  it('reports an empty file', () => {
    expectSoleProblem(loadBundleText(''), '', 'empty-file', 'The file is empty.');
  });

  it('reports a file of only whitespace as empty', () => {
    expectSoleProblem(loadBundleText(' \n\t '), '', 'empty-file', 'The file is empty.');
  });

  it('refuses text longer than MAX_BUNDLE_BYTES as too large, without parsing it', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const text = aBundleText() + ' '.repeat(MAX_BUNDLE_BYTES);
    const found = expectSoleProblem(
      loadBundleText(text),
      '',
      'too-large',
      /^The file is 19 MB, more than the 19 MB/,
    );
    expect(found.params).toEqual({
      size: new TextEncoder().encode(text).length,
      limit: MAX_BUNDLE_BYTES,
    });
    expect(parse).not.toHaveBeenCalled();
  });

  it('refuses non-JSON text over the limit as too large, not as not JSON', () => {
    const result = loadBundleText('x'.repeat(MAX_BUNDLE_BYTES + 1));
    expect(problemsOf(result).map((p) => p.code)).toEqual(['too-large']);
  });

  it('counts the limit in UTF-8 bytes, so Arabic text under the limit in characters can be too large', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const text = `"${'ب'.repeat(MAX_BUNDLE_BYTES / 2)}"`;
    expect(text.length).toBeLessThan(MAX_BUNDLE_BYTES);
    const found = expectSoleProblem(loadBundleText(text), '', 'too-large', /^The file is 19 MB/);
    expect(found.params['size']).toBe(MAX_BUNDLE_BYTES + 2);
    expect(parse).not.toHaveBeenCalled();
  });

  it('reads text exactly at the limit', () => {
    const text = aBundleText();
    const padded = text + ' '.repeat(MAX_BUNDLE_BYTES - new TextEncoder().encode(text).length);
    expect(loadBundleText(padded).ok).toBe(true);
  });
});

describe('schema rules, one problem each', () => {
  it('reports a value of the wrong type, naming the path', () => {
    expectSoleProblem(
      load(withValueAt(aBundle(), 'events[0].start', 2019)),
      'events[0].start',
      'wrong-type',
      'should be text, but is a number.',
    );
  });

  it('reports a bundle that is not an object', () => {
    expectSoleProblem(load('a bundle'), '', 'wrong-type', 'should be an object, but is text.');
    // A list is one problem, not an unknown field per element.
    expectSoleProblem(load([1, 2, 3]), '', 'wrong-type', 'should be an object, but is a list.');
    expectSoleProblem(load(null), '', 'wrong-type', 'should be an object, but is null.');
  });

  it('reports a missing field, naming the path', () => {
    expectSoleProblem(
      load(withoutValueAt(aBundle(), 'events[1].category')),
      'events[1].category',
      'missing',
      'events[1].category: is missing.',
    );
  });

  it('reports a missing text field, naming the path', () => {
    expectSoleProblem(
      load(withoutValueAt(aBundle(), 'sentences[2].text')),
      'sentences[2].text',
      'missing',
      'is missing.',
    );
  });

  it('reports an unknown field (a typo), naming the field', () => {
    expectSoleProblem(
      load(withValueAt(aBundle(), 'events[0].titel', { en: 'Signed' })),
      'events[0].titel',
      'unknown-field',
      '“titel” is not a field of the bundle format; check its spelling.',
    );
  });

  it('reports a wrong format literal', () => {
    expectSoleProblem(
      load(withValueAt(aBundle(), 'format', 'zaman.bundel')),
      'format',
      'wrong-value',
      'format: should be "zaman.bundle", but is “zaman.bundel”.',
    );
  });

  it('reports a wrong version literal', () => {
    expectSoleProblem(
      load(withValueAt(aBundle(), 'version', 2)),
      'version',
      'wrong-value',
      /should be 1, but is “2”/,
    );
  });

  it('reports a missing format', () => {
    expectSoleProblem(
      load(withoutValueAt(aBundle(), 'format')),
      'format',
      'missing',
      'format: is missing.',
    );
  });

  it('reports a category that is not in the list, listing the categories', () => {
    expectSoleProblem(
      load(withValueAt(aBundle(), 'events[0].category', 'economics')),
      'events[0].category',
      'not-one-of',
      '“economics” is not one of: diplomacy, anniversary, summit, health, economy, security, politics, culture, sport, other.',
    );
  });

  it('reports an unknown grounding kind', () => {
    expectSoleProblem(
      load(withValueAt(aBundle(), 'events[0].grounding.kind', 'guessed')),
      'events[0].grounding.kind',
      'not-one-of',
      /“guessed” is not one of: stated, relative, background\./,
    );
  });

  it('reports a bad id', () => {
    expectSoleProblem(
      load(withValueAt(aBundle(), 'events[2].id', 'next summit')),
      'events[2].id',
      'bad-id',
      '“next summit” is not a usable id',
    );
  });

  it('reports an id that starts with a punctuation mark', () => {
    expectSoleProblem(
      load(withValueAt(aBundle(), 'sentences[0].id', '-headline')),
      'sentences[0].id',
      'bad-id',
      /usable id/,
    );
  });

  it('reports a bad language code', () => {
    expectSoleProblem(
      load(withValueAt(aBundle(), 'article.language', 'Arabic')),
      'article.language',
      'bad-language',
      '“Arabic” is not a language code',
    );
  });

  it('reports a bad language code used as a translation key, naming the key', () => {
    expectSoleProblem(
      load({ ...aBundle(), translations: { English: theTranslations().en } }),
      'translations.English',
      'bad-language',
      /^translations\.English: “English” is not a language code/,
    );
  });

  it('reports a bad language code for a reference’s source', () => {
    const reference = { title: 'A source', url: 'https://example.org/a', quote: 'Слова', language: 'Russian' };
    expectSoleProblem(
      load(withValueAt(aBundle(), 'events[0].references', [reference])),
      'events[0].references[0].language',
      'bad-language',
      '“Russian” is not a language code',
    );
  });

  it('reports a date in a bad form', () => {
    expectSoleProblem(
      load(withValueAt(aBundle(), 'events[0].start', '16/04/2019')),
      'events[0].start',
      'bad-date-form',
      '“16/04/2019” is not a date written as YYYY, YYYY-MM or YYYY-MM-DD.',
    );
  });

  it('reports a date written with Arabic-Indic digits as a bad date form', () => {
    expectSoleProblem(
      load(withValueAt(aBundle(), 'events[0].start', '٢٠١٩-٠٤-١٦')),
      'events[0].start',
      'bad-date-form',
      /“٢٠١٩-٠٤-١٦” is not a date written as YYYY/,
    );
  });

  it('reports a dateline that is not a day', () => {
    expectSoleProblem(
      load(withValueAt(aBundle(), 'article.dateline', '2019-04')),
      'article.dateline',
      'bad-day-form',
      '“2019-04” is not a day written as YYYY-MM-DD.',
    );
  });

  it('refuses a javascript: URL in a reference', () => {
    expectSoleProblem(
      load(withValueAt(aBundle(), 'events[1].references[0].url', 'javascript:alert(1)')),
      'events[1].references[0].url',
      'bad-url',
      '“javascript:alert(1)” is not a web address starting with http:// or https://.',
    );
  });

  it('takes web addresses with any path, query or fragment, and a scheme in capitals', () => {
    for (const url of [
      'https://example.org',
      'HTTP://EXAMPLE.ORG/Path?q=1#part',
      'https://news.example:8080/2021/09/07/xi-rahmon.html',
      'http://[2001:db8::1]/',
    ]) {
      const result = load(withValueAt(aBundle(), 'article.url', url));
      expect(result.ok, url).toBe(true);
    }
  });

  it('refuses an address with no host, a space, or a user name that hides the real host', () => {
    for (const url of [
      'https://',
      'https:///path',
      'https://exa mple.org/',
      'https://bank.example@elsewhere.example/',
      'https:example.org',
      ' https://example.org',
    ]) {
      expectSoleProblem(
        load(withValueAt(aBundle(), 'article.url', url)),
        'article.url',
        'bad-url',
        /is not a web address/,
      );
    }
  });

  it('refuses a data: URL as the article’s address', () => {
    expectSoleProblem(
      load(withValueAt(aBundle(), 'article.url', 'data:text/html,<script>alert(1)</script>')),
      'article.url',
      'bad-url',
      /is not a web address/,
    );
  });

  it('reports an offset that is not a whole number', () => {
    expectSoleProblem(
      load(withValueAt(aBundle(), 'events[2].grounding.offset.years', 1.5)),
      'events[2].grounding.offset.years',
      'not-integer',
      '1.5 is not a whole number.',
    );
  });

  it('reports an anniversary of fewer than one year', () => {
    expectSoleProblem(
      load(withValueAt(aBundle(), 'relations[0].years', 0)),
      'relations[0].years',
      'below-one',
      '0 is less than 1.',
    );
  });

  it('reports a title with no language', () => {
    expectSoleProblem(
      load(withValueAt(aBundle(), 'events[0].title', {})),
      'events[0].title',
      'needs-language',
      'needs text in at least one language.',
    );
  });

  it('reports an empty title text', () => {
    expectSoleProblem(
      load(withValueAt(aBundle(), 'events[0].title.en', '')),
      'events[0].title.en',
      'empty',
      'is empty.',
    );
  });

  it('reports an event with no evidence', () => {
    expectSoleProblem(
      load(withValueAt(aBundle(), 'events[0].evidence', [])),
      'events[0].evidence',
      'no-evidence',
      'An event needs at least one piece of evidence from the article.',
    );
  });

  it('reports a bundle with no sentences', () => {
    expectSoleProblem(
      load(withValueAt(aBundle(), 'sentences', [])),
      'sentences',
      'no-sentences',
      'A bundle needs at least one sentence.',
    );
  });
});

describe('cross-check rules, one problem each', () => {
  it('reports an event date that is not a real date', () => {
    expectSoleProblem(
      load(withValueAt(aBundle(), 'events[0].start', '2019-02-30')),
      'events[0].start',
      'invalid-date',
      '“2019-02-30” is not a real date.',
    );
  });

  it('reports a dateline that is not a real date', () => {
    expectSoleProblem(
      load(withValueAt(aBundle(), 'article.dateline', '2019-02-29')),
      'article.dateline',
      'invalid-date',
      /“2019-02-29” is not a real date/,
    );
  });

  it('reports a start written more coarsely than the event’s precision', () => {
    expectSoleProblem(
      load(withValueAt(aBundle(), 'events[0].start', '2019-04')),
      'events[0].start',
      'precision-mismatch',
      '“2019-04” is written to the month, but the event’s precision is day.',
    );
  });

  it('reports an end written at another precision than the event’s', () => {
    expectSoleProblem(
      load(withValueAt(aBundle(), 'events[3].end', '2019-05-31')),
      'events[3].end',
      'precision-mismatch',
      /written to the day, but the event’s precision is month/,
    );
  });

  it('reports an end before the start', () => {
    expectSoleProblem(
      load(withValueAt(aBundle(), 'events[3].end', '2019-02')),
      'events[3].end',
      'end-before-start',
      'ends (2019-02) before it starts (2019-03).',
    );
  });

  it('reports a duplicate sentence id at the second use', () => {
    const sentences = [
      ...theSentences(),
      aSentence({ id: SAMPLE.sentences.headline, text: 'نص آخر' }),
    ];
    expectSoleProblem(
      load(aBundle({ sentences })),
      'sentences[3].id',
      'duplicate-id',
      '“headline” is used more than once.',
    );
  });

  it('reports a duplicate event id at the second use', () => {
    const events = theEvents();
    const copy = { ...events[3]!, title: { en: 'Another' } };
    expectSoleProblem(
      load(aBundle({ events: [...events, copy], relations: aBundle().relations })),
      'events[4].id',
      'duplicate-id',
      /the id “exchange” is used more than once/,
    );
  });

  it('reports evidence from a sentence that does not exist', () => {
    expectSoleProblem(
      load(withValueAt(aBundle(), 'events[0].evidence[0].sentence', 'nowhere')),
      'events[0].evidence[0].sentence',
      'unknown-sentence',
      'there is no sentence with the id “nowhere”.',
    );
  });

  it('reports a relation to an event that does not exist', () => {
    expectSoleProblem(
      load(withValueAt(aBundle(), 'relations[0].to', 'nothing')),
      'relations[0].to',
      'unknown-event',
      'there is no event with the id “nothing”.',
    );
  });

  it('reports an evidence phrase that is not in its sentence, naming the path', () => {
    expectSoleProblem(
      load(withValueAt(aBundle(), 'events[1].evidence[0].phrase', 'كلمات غير موجودة')),
      'events[1].evidence[0].phrase',
      'phrase-not-in-sentence',
      'the words “كلمات غير موجودة” do not occur in sentence signing.',
    );
  });

  it('reports an evidence translation phrase that is not in the translation', () => {
    expectSoleProblem(
      load(
        withValueAt(aBundle(), 'events[1].evidence[0].translations.en', 'words that are not there'),
      ),
      'events[1].evidence[0].translations.en',
      'phrase-not-in-translation',
      'the words “words that are not there” do not occur in the English translation of sentence signing.',
    );
  });

  it('reports evidence without words in a language the article is translated into', () => {
    expectSoleProblem(
      load(withoutValueAt(aBundle(), 'events[1].evidence[0].translations.en')),
      'events[1].evidence[0].translations',
      'evidence-translation-missing',
      /^events\[1\]\.evidence\[0\]\.translations: the evidence gives no words in English/,
    );
  });

  it('reports evidence words in a language the article has no translation into', () => {
    expectSoleProblem(
      load(
        withValueAt(aBundle(), 'events[1].evidence[0].translations.fr', 'relations diplomatiques'),
      ),
      'events[1].evidence[0].translations.fr',
      'unknown-translation',
      'there is no French translation of the article to find these words in.',
    );
  });

  it('reports a translation that lacks a sentence', () => {
    expectSoleProblem(
      load(withoutValueAt(aBundle(), 'translations.en.outlook')),
      'translations.en',
      'translation-missing-sentence',
      'the English translation has no text for sentence outlook.',
    );
  });

  it('reports a translation of a sentence the article does not have', () => {
    expectSoleProblem(
      load(withValueAt(aBundle(), 'translations.en.ghost', 'A ghost sentence.')),
      'translations.en.ghost',
      'translation-unknown-sentence',
      'the English translation has text for sentence ghost, which the article does not have.',
    );
  });

  it('reports an empty translation text', () => {
    const translations = theTranslations();
    const bundle = aBundle({
      sentences: [...theSentences(), aSentence({ id: 'closing', text: 'انتهى.' })],
      translations: { en: { ...translations.en, closing: '  ' } },
    });
    expectSoleProblem(
      load(bundle),
      'translations.en.closing',
      'translation-empty',
      'the English text of sentence closing is empty.',
    );
  });

  it('reports a translation missing a sentence whose id is also an Object property name', () => {
    const bundle = aBundle({
      sentences: [...theSentences(), aSentence({ id: 'toString', text: 'انتهى.' })],
    });
    expectSoleProblem(
      load(bundle),
      'translations.en',
      'translation-missing-sentence',
      /no text for sentence toString/,
    );
  });

  it('reports a background date without references', () => {
    expectSoleProblem(
      load(withoutValueAt(aBundle(), 'events[1].references')),
      'events[1].references',
      'background-needs-reference',
      'a date known from background knowledge needs at least one reference (a title and a URL).',
    );
  });

  it('reports a background date with an empty list of references', () => {
    expectSoleProblem(
      load(withValueAt(aBundle(), 'events[1].references', [])),
      'events[1].references',
      'background-needs-reference',
      /needs at least one reference/,
    );
  });

  it('reports a relative date whose arithmetic does not add up', () => {
    const summit = anEvent({
      id: 'summit',
      start: '2023',
      grounding: aRelativeGrounding({ anchor: 'dateline', offset: { years: 1 } }),
    });
    expectSoleProblem(
      load(aBundle({ events: [summit] })),
      'events[0].start',
      'relative-mismatch',
      'counting from the anchor gives 2020, but the event starts 2023.',
    );
  });

  it('reports a relative date more precise than its anchor', () => {
    const origin = anEvent({
      id: 'origin',
      start: '2009',
      grounding: { kind: 'background' },
      references: [aReference()],
    });
    const later = anEvent({
      id: 'later',
      start: '2010-04-16',
      precision: 'day',
      grounding: aRelativeGrounding({ anchor: { event: 'origin' }, offset: { years: 1 } }),
    });
    expectSoleProblem(
      load(aBundle({ events: [origin, later] })),
      'events[1].grounding.offset',
      'relative-too-precise',
      'the anchor 2009 is not precise enough to give a date to the day.',
    );
  });

  it('reports a relative offset in days from a month anchor', () => {
    const origin = anEvent({ id: 'origin', start: '2019-03' });
    const later = anEvent({
      id: 'later',
      start: '2019-03',
      grounding: aRelativeGrounding({ anchor: { event: 'origin' }, offset: { days: 3 } }),
    });
    expectSoleProblem(
      load(aBundle({ events: [origin, later] })),
      'events[1].grounding.offset',
      'relative-too-precise',
      /anchor 2019-03 is not precise enough/,
    );
  });

  it('reports a relative phrase that is not in its sentence', () => {
    expectSoleProblem(
      load(withValueAt(aBundle(), 'events[2].grounding.phrase', 'بعد شهرين')),
      'events[2].grounding.phrase',
      'phrase-not-in-sentence',
      'the words “بعد شهرين” do not occur in sentence outlook.',
    );
  });

  it('reports a relative grounding in a sentence that does not exist', () => {
    expectSoleProblem(
      load(withValueAt(aBundle(), 'events[2].grounding.sentence', 'nowhere')),
      'events[2].grounding.sentence',
      'unknown-sentence',
      /no sentence with the id “nowhere”/,
    );
  });

  it('reports a relative grounding anchored to an event that does not exist', () => {
    expectSoleProblem(
      load(withValueAt(aBundle(), 'events[2].grounding.anchor', { event: 'nothing' })),
      'events[2].grounding.anchor.event',
      'unknown-event',
      /no event with the id “nothing”/,
    );
  });

  it('reports an anniversary relation with the wrong number of years', () => {
    expectSoleProblem(
      load(withValueAt(aBundle(), 'relations[0].years', 11)),
      'relations[0].years',
      'anniversary-mismatch',
      '2019-04-16 does not fall 11 years after 2009.',
    );
  });

  it('words a one-year anniversary mismatch in the singular', () => {
    expectSoleProblem(
      load(withValueAt(aBundle(), 'relations[0].years', 1)),
      'relations[0].years',
      'anniversary-mismatch',
      '2019-04-16 does not fall 1 year after 2009.',
    );
  });

  it('reports an event related to itself', () => {
    expectSoleProblem(
      load(withValueAt(aBundle(), 'relations[0].to', SAMPLE.events.agreement)),
      'relations[0].to',
      'self-relation',
      'an event cannot be related to itself (agreement).',
    );
  });

  it('reports a headline that is not the first sentence', () => {
    expectSoleProblem(
      load(withValueAt(aBundle(), 'sentences[1].headline', true)),
      'sentences[1].headline',
      'headline-not-first',
      'only the first sentence can be the headline.',
    );
  });
});

describe('reporting every problem at once', () => {
  it('returns all three of three independent cross-check problems', () => {
    let bundle = withValueAt(aBundle(), 'events[1].evidence[0].phrase', 'كلمات غير موجودة');
    bundle = withValueAt(bundle, 'relations[0].years', 11);
    bundle = withValueAt(bundle, 'sentences[2].headline', true);
    expect(
      problemsOf(load(bundle))
        .map((p) => `${p.code} @ ${p.path}`)
        .sort(),
    ).toEqual([
      'anniversary-mismatch @ relations[0].years',
      'headline-not-first @ sentences[2].headline',
      'phrase-not-in-sentence @ events[1].evidence[0].phrase',
    ]);
  });

  it('returns every schema problem, not just the first', () => {
    let bundle = withValueAt(aBundle(), 'events[0].start', 2019);
    bundle = withValueAt(bundle, 'events[3].colour', 'red');
    bundle = withoutValueAt(bundle, 'article.language');
    expect(
      problemsOf(load(bundle))
        .map((p) => `${p.code} @ ${p.path}`)
        .sort(),
    ).toEqual([
      'missing @ article.language',
      'unknown-field @ events[3].colour',
      'wrong-type @ events[0].start',
    ]);
  });
});

describe('unknown fields', () => {
  /** The test bundle with a value put at each path. */
  const withValues = (values: Record<string, unknown>) =>
    Object.entries(values).reduce<unknown>((bundle, [path, value]) => withValueAt(bundle, path, value), aBundle());

  it('names every unknown field of an object, not only the first (valibot stops at one)', () => {
    const bundle = withValues({
      'events[0].colour': 'red',
      'events[0].icon': 'star',
      'events[0].titel': { en: 'Signed' },
      type: 'object',
      properties: {},
    });
    expect(
      problemsOf(load(bundle))
        .map((p) => `${p.code} @ ${p.path}`)
        .sort(),
    ).toEqual([
      'unknown-field @ events[0].colour',
      'unknown-field @ events[0].icon',
      'unknown-field @ events[0].titel',
      'unknown-field @ properties',
      'unknown-field @ type',
    ]);
  });

  it('lists an object’s unknown fields together, in the order of the document', () => {
    const bundle = withValues({ 'events[0].colour': 'red', 'events[0].icon': 'star', 'events[1].start': 2019 });
    expect(problemsOf(load(bundle)).map((p) => p.path)).toEqual([
      'events[0].colour',
      'events[0].icon',
      'events[1].start',
    ]);
  });

  it('still reports the other problems of an object with unknown fields', () => {
    const bundle = withValues({ 'events[1].colour': 'red', 'events[1].icon': 'star', 'events[1].start': 2019 });
    expect(
      problemsOf(load(bundle))
        .map((p) => `${p.code} @ ${p.path}`)
        .sort(),
    ).toEqual(['unknown-field @ events[1].colour', 'unknown-field @ events[1].icon', 'wrong-type @ events[1].start']);
  });
});

describe('text is data, never markup', () => {
  const hostile =
    'Title \u0007 with \u202Ebidi <img src=x onerror=alert(1)> & <script>alert(1)</script>';

  it('accepts control characters and markup in titles and keeps them unchanged', () => {
    let bundle = withValueAt(aBundle(), 'article.title.en', hostile);
    bundle = withValueAt(bundle, 'events[0].title.en', hostile);
    const result = load(bundle);
    if (!result.ok) throw new Error(result.problems.map(describeProblem).join('\n'));
    expect(result.article.data.article.title?.['en']).toBe(hostile);
    expect(result.article.eventById.get(SAMPLE.events.agreement)?.data.title['en']).toBe(hostile);
  });

  it('accepts control characters and markup in sentences and evidence, and keeps them unchanged', () => {
    const sentence = `${theSentences()[2]!.text} <img src=x onerror=alert(1)>\u0007\u202E`;
    const events = theEvents();
    const exchange = events[3]!;
    events[3] = {
      ...exchange,
      evidence: [
        anEvidence({ ...exchange.evidence[0], phrase: '<img src=x onerror=alert(1)>\u0007' }),
      ],
    };
    let bundle = aBundle({ events, relations: aBundle().relations });
    bundle = withValueAt(bundle, 'sentences[2].text', sentence) as typeof bundle;
    const result = load(bundle);
    if (!result.ok) throw new Error(result.problems.map(describeProblem).join('\n'));
    expect(result.article.sentenceById.get(SAMPLE.sentences.outlook)?.text).toBe(sentence);
  });
});

describe('utf8Length', () => {
  it('counts UTF-8 bytes as an encoder would, for Latin, Arabic, Chinese and emoji', () => {
    for (const text of ['abc', 'زمان', '时间', 'a😀b', '']) {
      expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
    }
  });
});

describe('schema and cross-check problems in one pass', () => {
  const codesAt = (result: LoadResult) => problemsOf(result).map((p) => `${p.path} ${p.code}`);

  it('checks the events the schema accepted while it refuses another, naming their places in the file', () => {
    // events[0] has an unknown category (schema); events[1]'s evidence is not in its sentence
    // (cross-check). Left out, events[0] must not shift events[1]'s path to events[0].
    const broken = withValueAt(
      withValueAt(aBundle(), 'events[0].category', 'weather'),
      'events[1].evidence[0].phrase',
      'كلمات غير موجودة',
    );
    expect(codesAt(load(broken))).toEqual([
      'events[0].category not-one-of',
      'events[1].evidence[0].phrase phrase-not-in-sentence',
    ]);
  });

  it('checks the translations of a sentence list that lost a sentence to the schema', () => {
    const broken = withValueAt(
      withValueAt(aBundle(), 'sentences[1].text', 7),
      ['translations', 'en', theSentences()[2]!.id],
      '',
    );
    expect(codesAt(load(broken))).toEqual([
      'sentences[1].text wrong-type',
      `translations.en.${theSentences()[2]!.id} translation-empty`,
      // The emptied translation no longer holds the evidence phrases quoted from it.
      'events[2].evidence[0].translations.en phrase-not-in-translation',
      'events[3].evidence[0].translations.en phrase-not-in-translation',
    ]);
  });

  it('does not judge references to a refused event: the schema problem explains them', () => {
    // Without its id, events[0] is left out; the relation that names it is not called unknown.
    const result = load(withoutValueAt(aBundle(), 'events[0].id'));
    expect(codesAt(result)).toEqual(['events[0].id missing']);
  });

  it('cross-checks nothing when the article itself is refused', () => {
    const broken = withValueAt(
      withValueAt(aBundle(), 'article.dateline', 'yesterday'),
      'events[1].evidence[0].phrase',
      'كلمات غير موجودة',
    );
    expect(codesAt(load(broken))).toEqual(['article.dateline bad-day-form']);
  });
});

describe('the worker’s half of a large load: the shape only', () => {
  const shapeOf = (value: unknown) =>
    checkBundleShape(JSON.stringify(value)).map((p) => `${p.path} ${p.code}`);

  it('passes a bundle whose only problem is for the cross-checks, which the main thread runs', () => {
    const misquoted = withValueAt(aBundle(), 'events[1].evidence[0].phrase', 'كلمات غير موجودة');
    expect(shapeOf(misquoted)).toEqual([]);
    expect(problemsOf(load(misquoted)).map((p) => p.code)).toEqual(['phrase-not-in-sentence']);
  });

  it('gives the whole verdict on a bundle of the wrong shape, cross-checks of the rest included', () => {
    const broken = withValueAt(
      withValueAt(aBundle(), 'events[0].category', 'weather'),
      'events[1].evidence[0].phrase',
      'كلمات غير موجودة',
    );
    expect(shapeOf(broken)).toEqual([
      'events[0].category not-one-of',
      'events[1].evidence[0].phrase phrase-not-in-sentence',
    ]);
  });

  it('refuses text that is not JSON, or too large, before any schema', () => {
    expect(checkBundleShape('{').map((p) => p.code)).toEqual(['not-json']);
    expect(checkBundleShape('{}', MAX_BUNDLE_BYTES + 1).map((p) => p.code)).toEqual(['too-large']);
  });
});
