import type { Article, ArticleEvent } from './article';
import type { ParsedDates } from './crossChecks';
import { periodEnd, periodStart } from './dates';
import type { BundleData, RelationData } from './schema';
import { CATEGORIES, type Category } from './vocabulary';

/** Indexes a bundle that passed every check. `dates` are the cross-checks' parsed dates. */
export function buildArticle(data: BundleData, dates: ParsedDates): Article {
  // Periods are computed once per event; sorting then compares plain numbers.
  const unordered = data.events.map((event) => {
    const parsed = dates.get(event.id);
    if (!parsed) throw new Error(`buildArticle: event ${event.id} has no parsed dates`);
    const { start, end } = parsed;
    const startEndMs = periodEnd(start);
    return {
      event,
      start,
      end,
      startMs: periodStart(start),
      startEndMs,
      endMs: end ? periodEnd(end) : startEndMs,
    };
  });
  // Time order: by start (the shorter start period first, as compareDates orders), then by end.
  unordered.sort(
    (a, b) =>
      a.startMs - b.startMs ||
      a.startEndMs - b.startEndMs ||
      a.endMs - b.endMs ||
      (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0),
  );

  const events: ArticleEvent[] = unordered.map(({ event, start, end, startMs, endMs }, order) => ({
    id: event.id,
    data: event,
    category: event.category,
    precision: event.precision,
    start,
    end,
    startMs,
    endMs,
    certainty: event.certainty ?? 'certain',
    order,
  }));

  const eventById = new Map(events.map((e) => [e.id, e]));
  const sentenceById = new Map(data.sentences.map((s) => [s.id, s]));
  const eventsBySentence = new Map<string, string[]>();
  const present = new Set<Category>();
  for (const event of events) {
    present.add(event.category);
    for (const evidence of event.data.evidence) {
      const list = eventsBySentence.get(evidence.sentence) ?? [];
      if (list.at(-1) !== event.id) list.push(event.id);
      eventsBySentence.set(evidence.sentence, list);
    }
  }

  const relations = data.relations ?? [];
  const relationsByEvent = new Map<string, RelationData[]>();
  for (const relation of relations) {
    for (const id of [relation.from, relation.to]) {
      const list = relationsByEvent.get(id) ?? [];
      list.push(relation);
      relationsByEvent.set(id, list);
    }
  }

  const [year, month, day] = data.article.dateline.split('-').map(Number);
  return {
    data,
    id: data.id,
    language: data.article.language,
    dateline: { precision: 'day', year: year ?? 0, month: month ?? 1, day: day ?? 1 },
    sentences: data.sentences,
    translationLanguages: Object.keys(data.translations ?? {}),
    events,
    eventById,
    sentenceById,
    eventsBySentence,
    relations,
    relationsByEvent,
    categories: CATEGORIES.filter((c) => present.has(c)),
  };
}
