/**
 * The article as the app uses it: a validated bundle with its dates parsed
 * once, events in time order and the indexes the views need.
 */
import type { DayDate, PartialDate, Precision } from './dates';
import type {
  BundleData,
  Category,
  Certainty,
  EventData,
  RelationData,
  SentenceData,
} from './schema';

/** One event with its dates parsed; `startMs`/`endMs` bound the whole period it names. */
export interface ArticleEvent {
  readonly id: string;
  readonly data: EventData;
  readonly category: Category;
  readonly precision: Precision;
  readonly start: PartialDate;
  readonly end: PartialDate | undefined;
  /** First instant of the period (UTC ms). */
  readonly startMs: number;
  /** First instant after the period (UTC ms, exclusive). */
  readonly endMs: number;
  readonly certainty: Certainty;
  /** Position in time order, 0-based. */
  readonly order: number;
}

export interface Article {
  readonly data: BundleData;
  readonly id: string;
  /** The article's own language (its sentences are in it). */
  readonly language: string;
  /** The date relative phrases are counted from. */
  readonly dateline: DayDate;
  readonly sentences: readonly SentenceData[];
  /** Languages the article is translated into, in bundle order. */
  readonly translationLanguages: readonly string[];
  /** Events in time order (start, then end, then id). */
  readonly events: readonly ArticleEvent[];
  readonly eventById: ReadonlyMap<string, ArticleEvent>;
  readonly sentenceById: ReadonlyMap<string, SentenceData>;
  /** Ids of the events each sentence gives evidence for, in time order. */
  readonly eventsBySentence: ReadonlyMap<string, readonly string[]>;
  readonly relations: readonly RelationData[];
  /** Relations that name an event, from either end. */
  readonly relationsByEvent: ReadonlyMap<string, readonly RelationData[]>;
  /** Categories that have events, in the schema's order. */
  readonly categories: readonly Category[];
}
