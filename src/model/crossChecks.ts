/**
 * The rules a schema cannot express: ids that must be unique or must exist,
 * phrases that must occur where they claim to, and date arithmetic that must add up.
 * Every rule runs and every problem is reported, not just the first.
 */
import {
  addOffset,
  isAnniversary,
  isAtLeastAsPrecise,
  parseIsoDate,
  periodStart,
  precisionOf,
  sameDate,
  toIsoString,
  truncate,
  type PartialDate,
} from './dates';
import { excerpt, formatPath, problem, type BundleProblem } from './problems';
import type { BundleData, EventData } from './schema';

type Path = (string | number)[];
const at = (...keys: Path) => formatPath(keys);
/** A record's own entry: a sentence id such as "toString" must not find Object.prototype's. */
const own = <T>(record: Readonly<Record<string, T>>, key: string): T | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined;

/** Dates of each event that parsed cleanly, by event id (shared with the article builder). */
export interface ParsedDate {
  readonly start: PartialDate;
  readonly end: PartialDate | undefined;
}
/** Each event's parsed dates, at the event's index in the bundle (none where they failed). */
export type ParsedDates = readonly (ParsedDate | undefined)[];

export function crossCheck(bundle: BundleData): { problems: BundleProblem[]; dates: ParsedDates } {
  const problems: BundleProblem[] = [];
  const sentenceText = new Map<string, string>();
  const eventIndex = new Map<string, number>();
  const dates = new Array<ParsedDate | undefined>(bundle.events.length);
  /** The parsed dates of the event with this id. */
  const datesOf = (id: string) => {
    const i = eventIndex.get(id);
    return i === undefined ? undefined : dates[i];
  };

  for (const key of ['dateline', 'published'] as const) {
    const value = bundle.article[key];
    if (value !== undefined && 'error' in parseIsoDate(value)) {
      problems.push(problem(at('article', key), 'invalid-date', { value }));
    }
  }

  bundle.sentences.forEach((sentence, i) => {
    if (sentenceText.has(sentence.id)) {
      problems.push(problem(at('sentences', i, 'id'), 'duplicate-id', { id: sentence.id }));
    } else {
      sentenceText.set(sentence.id, sentence.text);
    }
    if (sentence.headline && i !== 0) {
      problems.push(problem(at('sentences', i, 'headline'), 'headline-not-first'));
    }
  });

  const translations = bundle.translations ?? {};
  const languages = Object.keys(translations);
  for (const language of languages) {
    const texts = translations[language] ?? {};
    for (const id of sentenceText.keys()) {
      const text = own(texts, id);
      if (text === undefined) {
        problems.push(problem(at('translations', language), 'translation-missing-sentence', { language, sentence: id }));
      } else if (text.trim() === '') {
        problems.push(problem(at('translations', language, id), 'translation-empty', { language, sentence: id }));
      }
    }
    for (const id of Object.keys(texts)) {
      if (!sentenceText.has(id)) {
        problems.push(problem(at('translations', language, id), 'translation-unknown-sentence', { language, sentence: id }));
      }
    }
  }

  bundle.events.forEach((event, i) => {
    if (eventIndex.has(event.id)) {
      problems.push(problem(at('events', i, 'id'), 'duplicate-id', { id: event.id }));
    } else {
      eventIndex.set(event.id, i);
    }
  });

  bundle.events.forEach((event, i) => {
    const parsed = checkDates(event, ['events', i], problems);
    dates[i] = parsed;
    if (event.grounding.kind === 'background' && !event.references?.length) {
      problems.push(problem(at('events', i, 'references'), 'background-needs-reference'));
    }
    event.evidence.forEach((evidence, j) => {
      const base: Path = ['events', i, 'evidence', j];
      const text = sentenceText.get(evidence.sentence);
      if (text === undefined) {
        problems.push(problem(at(...base, 'sentence'), 'unknown-sentence', { id: evidence.sentence }));
        return;
      }
      if (!text.includes(evidence.phrase)) {
        problems.push(
          problem(at(...base, 'phrase'), 'phrase-not-in-sentence', {
            phrase: excerpt(evidence.phrase),
            sentence: evidence.sentence,
          }),
        );
      }
      const phrases = evidence.translations ?? {};
      for (const language of languages) {
        const phrase = phrases[language];
        if (phrase === undefined) {
          problems.push(problem(at(...base, 'translations'), 'evidence-translation-missing', { language }));
          continue;
        }
        const translated = own(translations[language] ?? {}, evidence.sentence);
        if (translated !== undefined && !translated.includes(phrase)) {
          problems.push(
            problem(at(...base, 'translations', language), 'phrase-not-in-translation', {
              phrase: excerpt(phrase),
              language,
              sentence: evidence.sentence,
            }),
          );
        }
      }
      for (const language of Object.keys(phrases)) {
        if (!(language in translations)) {
          problems.push(problem(at(...base, 'translations', language), 'unknown-translation', { language }));
        }
      }
    });
  });

  // Relative dates need every event's dates, so they are checked after all were parsed.
  bundle.events.forEach((event, i) => {
    const { grounding } = event;
    if (grounding.kind !== 'relative') return;
    const base: Path = ['events', i, 'grounding'];
    const text = sentenceText.get(grounding.sentence);
    if (text === undefined) {
      problems.push(problem(at(...base, 'sentence'), 'unknown-sentence', { id: grounding.sentence }));
    } else if (!text.includes(grounding.phrase)) {
      problems.push(
        problem(at(...base, 'phrase'), 'phrase-not-in-sentence', {
          phrase: excerpt(grounding.phrase),
          sentence: grounding.sentence,
        }),
      );
    }
    let anchor: PartialDate | undefined;
    if (grounding.anchor === 'dateline') {
      const dateline = parseIsoDate(bundle.article.dateline);
      if (!('error' in dateline)) anchor = dateline;
    } else if (!eventIndex.has(grounding.anchor.event)) {
      problems.push(problem(at(...base, 'anchor', 'event'), 'unknown-event', { id: grounding.anchor.event }));
      return;
    } else {
      anchor = datesOf(grounding.anchor.event)?.start;
    }
    const own = dates[i];
    if (!anchor || !own) return; // Their own problems are already reported.
    const moved = addOffset(anchor, grounding.offset);
    if (!moved || !isAtLeastAsPrecise(anchor.precision, event.precision)) {
      problems.push(
        problem(at(...base, 'offset'), 'relative-too-precise', {
          anchor: toIsoString(anchor),
          precision: event.precision,
        }),
      );
      return;
    }
    const expected = truncate(moved, event.precision);
    if (!sameDate(expected, own.start)) {
      problems.push(
        problem(at('events', i, 'start'), 'relative-mismatch', {
          expected: toIsoString(expected),
          actual: toIsoString(own.start),
        }),
      );
    }
  });

  (bundle.relations ?? []).forEach((relation, i) => {
    const base: Path = ['relations', i];
    let known = true;
    for (const end of ['from', 'to'] as const) {
      if (!eventIndex.has(relation[end])) {
        problems.push(problem(at(...base, end), 'unknown-event', { id: relation[end] }));
        known = false;
      }
    }
    if (!known) return;
    if (relation.from === relation.to) {
      problems.push(problem(at(...base, 'to'), 'self-relation', { id: relation.to }));
      return;
    }
    if (relation.type !== 'anniversary-of') return;
    const later = datesOf(relation.from)?.start;
    const origin = datesOf(relation.to)?.start;
    if (!later || !origin) return;
    if (!isAnniversary(origin, later, relation.years)) {
      problems.push(
        problem(at(...base, 'years'), 'anniversary-mismatch', {
          count: relation.years,
          origin: toIsoString(origin),
          date: toIsoString(later),
        }),
      );
    }
  });

  return { problems, dates };
}

function checkDates(
  event: EventData,
  base: Path,
  problems: BundleProblem[],
): { start: PartialDate; end: PartialDate | undefined } | undefined {
  const start = checkDate(event.start, event.precision, [...base, 'start'], problems);
  const end =
    event.end === undefined ? undefined : checkDate(event.end, event.precision, [...base, 'end'], problems);
  if (!start || (event.end !== undefined && !end)) return undefined;
  if (end && periodStart(end) < periodStart(start)) {
    problems.push(problem(at(...base, 'end'), 'end-before-start', { start: event.start, end: event.end ?? '' }));
    return undefined;
  }
  return { start, end };
}

function checkDate(
  text: string,
  precision: EventData['precision'],
  path: Path,
  problems: BundleProblem[],
): PartialDate | undefined {
  const parsed = parseIsoDate(text);
  if ('error' in parsed) {
    problems.push(problem(at(...path), 'invalid-date', { value: excerpt(text) }));
    return undefined;
  }
  if (precisionOf(text) !== precision) {
    problems.push(
      problem(at(...path), 'precision-mismatch', { value: text, precision, written: parsed.precision }),
    );
    return undefined;
  }
  return parsed;
}
