/**
 * Whether the clause before an expression speaks of the future. A bare weekday in past-tense
 * news is the last one («أعرب يوم الثلاثاء»), but in «من المقرر أن يعقد … يوم الأحد» it is the
 * next one. The cues are the future particle س/سوف on a verb, its negation «لن», the usual
 * «من المقرر/المنتظر/المتوقع», a forecast («توقعت الأرصاد أن…», «مرجحا أن…») and «على أن» before a
 * verb («على أن يستمر تأثيره حتى ليل السبت»); «كان» before them puts the plan in the past («وكان من المقرر أن تنطلق في 8 أكتوبر»).
 */

/** Nouns that start like a future verb (سي/ست/سن + stem): politics, cars, tourism, sixty, years… */
const NOT_A_VERB =
  'ياس|يار|ياح|ياد|يطر|ينا|يول|يره|ينم|يبر|يناريو|تاد|تار|تين|توك|تراتيج|نوات|نوي|نين|نغاف|نتيم|نه';

/** Verbs and words of forecasting: what they announce is to come. */
const FORECAST = '(?:[وف]?(?:توقع|توقعت|يتوقع|تتوقع|نتوقع|رجح|رجحت|يرجح|ترجح|مرجحا|متوقعا))';

const FUTURE_CUE = new RegExp(
  `(?:^|[^\\p{L}])(?:سوف|لن|علي\\s+ان(?=\\s+[يت]\\p{L})|${FORECAST}|من\\s+المقرر|من\\s+المنتظر|من\\s+المتوقع|المقرر|المزمع|يعتزم|تعتزم|المرتقب|[وف]?س(?!${NOT_A_VERB})[يتن]\\p{L}{2,})(?![\\p{L}])`,
  'gu',
);
const PAST_FRAME = /(?:^|[^\p{L}])[وف]?(?:كان|كانت)(?![\p{L}])/u;
const SENTENCE_END = /[.!?؟\n]/u;

/** How far back in the sentence to look: the governing verb is rarely further away. */
const WINDOW = 120;

export function isFutureClause(text: string, position: number): boolean {
  let from = Math.max(0, position - WINDOW);
  for (let i = position - 1; i >= from; i--) {
    if (SENTENCE_END.test(text.charAt(i))) {
      from = i + 1;
      break;
    }
  }
  const before = text.slice(from, position);
  for (const cue of before.matchAll(FUTURE_CUE)) {
    if (!PAST_FRAME.test(before.slice(0, cue.index))) return true;
  }
  return false;
}

/**
 * A forecast goes on from day to day («ستنخفض يوم الجمعة … صباح السبت، وتشكل الصقيع صباح يوم الأحد»):
 * an expression after one read in a future clause, in the same sentence, is in the future too,
 * however far its own cue is. `from` is where that earlier expression starts, or -1.
 */
export function continuesFuture(text: string, from: number, position: number): boolean {
  return from >= 0 && from < position && !SENTENCE_END.test(text.slice(from, position));
}
