/**
 * From the author's input to proposals: checks the input (with reasons the UI can word),
 * runs the extractor, and pairs each event of its draft bundle with the expression it came
 * from, so every proposal can say how its date was read.
 */
import {
  extractTemporalExpressions,
  splitSentences,
  toBundle,
  type SentenceSpan,
  type TemporalExpression,
} from '../extract';
import { parseIsoDate, precisionOf } from '../model/dates';
import type { BundleData, EventData } from '../model/schema';
import type { DraftTitle } from './draftTitle';
import { explainAnniversaryOrigin, explainExpression, type Explanation } from './explain';

/** Languages a translation can be given in (the interface languages other than the article's). */
export const TRANSLATION_LANGUAGES = ['en', 'zh', 'ru'] as const;
export type TranslationLanguage = (typeof TRANSLATION_LANGUAGES)[number];

export interface ArticleInput {
  readonly text: string;
  /** "YYYY-MM-DD", as a date input gives it ("" when empty or invalid). */
  readonly dateline: string;
  /** One line per sentence; blank lines are ignored. May be empty. */
  readonly translation: string;
  readonly translationLanguage: TranslationLanguage;
}

export type ProposeError =
  | { readonly code: 'empty-text' }
  | { readonly code: 'not-arabic' }
  | { readonly code: 'bad-dateline' }
  | { readonly code: 'far-dateline' }
  | { readonly code: 'translation-lines'; readonly lines: number; readonly sentences: number }
  | { readonly code: 'failed' };

/** What a proposal stands for: a date in the text, an anniversary, or the origin an anniversary counts from. */
export type ProposalRole = 'date' | 'anniversary' | 'origin';

export interface Proposal {
  readonly id: string;
  /** The event as the extractor proposed it. */
  readonly event: EventData;
  readonly role: ProposalRole;
  /** For an anniversary: how many years the text says. */
  readonly statedYears?: number;
  /** For an anniversary: the event the extractor found it counts from. */
  readonly anniversaryOf?: string;
  readonly explanation: Explanation;
  /** What its title says, to word in each interface language. */
  readonly title: DraftTitle;
}

/** An expression the extractor found that became no event (a length, a recurring time…). */
export interface Unplaced {
  readonly sentence: string;
  readonly text: string;
  readonly explanation: Explanation;
}

export interface Draft {
  /** The input the proposals were made from. */
  readonly input: ArticleInput;
  /** The extractor's draft bundle; its events are the proposals'. */
  readonly bundle: BundleData;
  readonly proposals: readonly Proposal[];
  /** The words of every expression found, by sentence id, for marking the text. */
  readonly phrases: ReadonlyMap<string, readonly string[]>;
  readonly unplaced: readonly Unplaced[];
}

export type ProposeResult = { readonly ok: true; readonly draft: Draft } | { readonly ok: false; readonly error: ProposeError };

/** The translation's lines, one per sentence; blank lines (between paragraphs) do not count. */
export function translationLines(translation: string): string[] {
  return translation
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

export function isDayDate(text: string): boolean {
  return precisionOf(text) === 'day' && !('error' in parseIsoDate(text));
}

/**
 * The article dates the form takes. Dates in the text are counted from the dateline, and a
 * count must stay within the four-digit years ISO dates have (9999-12-31 plus «العام المقبل»
 * has no date); these bounds cover any article with centuries to spare for counting.
 */
export const DATELINE_RANGE = { min: '1000-01-01', max: '2999-12-31' } as const;

/** The bundle id and file name of an article dated `dateline`. */
export const authoredId = (dateline: string) => `authored-${dateline}`;
export const bundleFileName = (dateline: string) => `zaman-${dateline}.bundle.json`;

/** What is wrong with the input before anything is extracted, if anything. */
export function checkInput(input: ArticleInput): ProposeError | undefined {
  const sentences = splitSentences(input.text).length;
  if (sentences === 0) return { code: 'empty-text' };
  // Without one Arabic letter there is nothing the extractor can read; "no dates" would mislead.
  if (!/\p{Script=Arabic}/u.test(input.text)) return { code: 'not-arabic' };
  if (!isDayDate(input.dateline)) return { code: 'bad-dateline' };
  if (input.dateline < DATELINE_RANGE.min || input.dateline > DATELINE_RANGE.max) return { code: 'far-dateline' };
  const lines = translationLines(input.translation).length;
  // toBundle checks this too, but its message is English; this one the UI can word.
  if (lines > 0 && lines !== sentences) return { code: 'translation-lines', lines, sentences };
  return undefined;
}

/**
 * Results by input object. Inputs are replaced, never changed, so the view's render and
 * "Find dates" carrying edits over (work.ts) reuse one run of the extractor per input.
 */
const proposed = new WeakMap<ArticleInput, ProposeResult>();

export function propose(input: ArticleInput): ProposeResult {
  let result = proposed.get(input);
  if (!result) {
    result = proposeAfresh(input);
    proposed.set(input, result);
  }
  return result;
}

function proposeAfresh(input: ArticleInput): ProposeResult {
  const problem = checkInput(input);
  if (problem) return { ok: false, error: problem };
  const sentences = splitSentences(input.text);
  const lines = translationLines(input.translation);
  let bundle: BundleData;
  let expressions: TemporalExpression[];
  try {
    expressions = extractTemporalExpressions(input.text, input.dateline);
    bundle = toBundle(input.text, input.dateline, {
      id: authoredId(input.dateline),
      expressions,
      ...(lines.length > 0 && { translations: { [input.translationLanguage]: lines } }),
    });
  } catch {
    // checkInput covers what toBundle refuses; anything else is still a message, not a crash.
    return { ok: false, error: { code: 'failed' } };
  }
  return { ok: true, draft: draftOf(input, bundle, sentences, expressions) };
}

function draftOf(
  input: ArticleInput,
  bundle: BundleData,
  sentences: readonly SentenceSpan[],
  expressions: readonly TemporalExpression[],
): Draft {
  const sentenceOf = (e: TemporalExpression) => sentences.find((s) => s.start <= e.start && e.end <= s.end);
  const bySentence = new Map<string, TemporalExpression[]>();
  for (const e of expressions) {
    const sentence = sentenceOf(e);
    if (sentence) bySentence.set(sentence.id, [...(bySentence.get(sentence.id) ?? []), e]);
  }
  const anniversaries = (bundle.relations ?? []).filter((r) => r.type === 'anniversary-of');
  const relationFrom = new Map(anniversaries.map((r) => [r.from, r.to]));
  // The origin an anniversary counts from is titled by that anniversary's years.
  const originYears = new Map(anniversaries.map((r) => [r.to, r.years]));
  const paragraphs = bundle.sentences.filter((s) => !s.headline).map((s) => s.id);

  const proposals = bundle.events.map((event): Proposal => {
    const evidence = event.evidence[0];
    const source = bySentence.get(evidence?.sentence ?? '')?.find((e) => e.text === evidence?.phrase);
    const role = roleOf(event, source);
    const anniversaryOf = relationFrom.get(event.id);
    const statedYears = source?.arithmetic.kind === 'anniversary' && role === 'anniversary' ? source.arithmetic.years : undefined;
    const paragraph = paragraphs.indexOf(evidence?.sentence ?? '');
    const years = originYears.get(event.id) ?? statedYears;
    const title: DraftTitle = {
      kind: originYears.has(event.id) ? 'origin' : role === 'anniversary' ? 'anniversary' : 'date',
      ...(paragraph >= 0 && { sentence: paragraph + 1 }),
      ...(years !== undefined && { years }),
      ...(role === 'origin' && { countedBack: true }),
    };
    return {
      id: event.id,
      event,
      role,
      ...(statedYears !== undefined && { statedYears }),
      ...(anniversaryOf !== undefined && { anniversaryOf }),
      explanation: !source ? [] : role === 'origin' ? explainAnniversaryOrigin(source) : explainExpression(source, expressions),
      title,
    };
  });

  // Two dates in one clause get the same Arabic title from the extractor: each then needs its
  // own. (An origin counted back from an anniversary is worded apart already.)
  const arabicTitles = new Map<string, number>();
  for (const { event, title } of proposals) {
    if (title.countedBack) continue;
    const ar = event.title['ar'] ?? '';
    arabicTitles.set(ar, (arabicTitles.get(ar) ?? 0) + 1);
  }
  const titled = proposals.map((p) =>
    !p.title.countedBack && (arabicTitles.get(p.event.title['ar'] ?? '') ?? 0) > 1
      ? { ...p, title: { ...p.title, clauseShared: true } }
      : p,
  );

  const evidenced = new Set(bundle.events.flatMap((e) => e.evidence.map((v) => `${v.sentence}|${v.phrase}`)));
  const unplaced = [...bySentence].flatMap(([sentence, found]) =>
    found
      .filter((e) => !evidenced.has(`${sentence}|${e.text}`))
      .map((e) => ({ sentence, text: e.text, explanation: explainExpression(e, expressions) })),
  );
  const phrases = new Map([...bySentence].map(([id, found]) => [id, found.map((e) => e.text)]));
  return { input, bundle, proposals: titled, phrases, unplaced };
}

/** An anniversary's phrase is the evidence of both its own event and the origin computed from it. */
function roleOf(event: EventData, source: TemporalExpression | undefined): ProposalRole {
  if (source?.arithmetic.kind !== 'anniversary') return 'date';
  return source.period?.start === event.start ? 'anniversary' : 'origin';
}
