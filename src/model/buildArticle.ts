import type { Article, ArticleEvent } from './article';
import type { ParsedDate, ParsedDates } from './crossChecks';
import { periodEnd, periodStart } from './dates';
import type { BundleData, RelationData, SentenceData } from './schema';
import { timeOrder } from './timeOrder';
import { CATEGORIES, type Category } from './vocabulary';

/**
 * Indexes a bundle that passed every check. `dates` are the cross-checks' parsed dates,
 * one per event in bundle order. Written as plain loops over typed arrays: it runs once
 * per bundle, on the main thread, for up to 100,000 events.
 */
export function buildArticle(data: BundleData, dates: ParsedDates): Article {
  const source = data.events;
  const n = source.length;
  const startMs = new Float64Array(n);
  const startEndMs = new Float64Array(n);
  const endMs = new Float64Array(n);
  const ids = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const dated = dates[i];
    const event = source[i];
    if (!dated || !event) throw new Error(`buildArticle: event ${event?.id ?? i} has no parsed dates`);
    ids[i] = event.id;
    startMs[i] = periodStart(dated.start);
    startEndMs[i] = periodEnd(dated.start);
    endMs[i] = dated.end ? periodEnd(dated.end) : (startEndMs[i] ?? 0);
  }
  const index = timeOrder({ startMs, startEndMs, endMs, ids });

  const events = new Array<ArticleEvent>(n);
  const eventById = new Map<string, ArticleEvent>();
  for (let order = 0; order < n; order++) {
    const i = index[order] ?? 0;
    const event = source[i] as BundleData['events'][number];
    const dated = dates[i] as ParsedDate;
    const built: ArticleEvent = {
      id: event.id,
      data: event,
      category: event.category,
      precision: event.precision,
      start: dated.start,
      end: dated.end,
      startMs: startMs[i] ?? 0,
      endMs: endMs[i] ?? 0,
      certainty: event.certainty ?? 'certain',
      order,
    };
    events[order] = built;
    eventById.set(built.id, built);
  }

  const sentenceById = new Map<string, SentenceData>();
  for (const sentence of data.sentences) sentenceById.set(sentence.id, sentence);
  const eventsBySentence = new Map<string, string[]>();
  const present = new Set<Category>();
  for (const event of events) {
    present.add(event.category);
    for (const evidence of event.data.evidence) {
      let list = eventsBySentence.get(evidence.sentence);
      if (!list) eventsBySentence.set(evidence.sentence, (list = []));
      if (list.at(-1) !== event.id) list.push(event.id);
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

