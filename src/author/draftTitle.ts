/**
 * The titles Zaman gives the events it proposes ("13 March 2021 (sentence 3)", its date first so that a label cut short still shows it), in
 * every interface language, as the author sees them and as an exported bundle carries them.
 * Arabic keeps the extractor's title, the clause around the date, which says more, except for
 * an origin counted back from an anniversary, whose clause is the anniversary's.
 */
import type { TFunction } from 'i18next';
import { englishOrdinal } from '../extract';
import { formatSpan } from '../i18n/formatDate';
import { formatNumber } from '../i18n/formatters';
import { parseIsoDate, periodStart, type PartialDate } from '../model/dates';
import type { EventData, LocalizedText } from '../model/schema';

/** What a proposal's title says, without its words: which kind of event, where, and the years of an anniversary. */
export interface DraftTitle {
  readonly kind: 'date' | 'anniversary' | 'origin';
  /** The paragraph's number as the reader shows it; absent for the headline. */
  readonly sentence?: number;
  readonly years?: number;
  /**
   * An origin counted back from an anniversary has that anniversary's words for evidence, so
   * the clause around them cannot tell the two apart: Arabic words its title too.
   */
  readonly countedBack?: boolean;
  /** Another proposal has the same clause for its Arabic title («في تموز وآب الماضيين»): Arabic words this one's too. */
  readonly clauseShared?: boolean;
}

/** A proposal's title in each interface language (Arabic only where the clause says too little), for the event's current dates. */
export type TitleWording = (title: DraftTitle, event: Pick<EventData, 'start' | 'end'>) => LocalizedText;

/** One language's title for an event, or undefined when its dates are not dates or run backwards (the loader reports those). */
export function wordDraftTitle(
  title: DraftTitle,
  event: Pick<EventData, 'start' | 'end'>,
  t: TFunction,
  language: string,
): string | undefined {
  const start = dateOf(event.start);
  const end = event.end === undefined ? undefined : dateOf(event.end);
  if (!start || (event.end !== undefined && !end)) return undefined;
  // "7 – 1 September 2021" is no span to title an event with.
  if (end && periodStart(end) < periodStart(start)) return undefined;
  const date = formatSpan(start, end, language);
  const where =
    title.sentence === undefined
      ? t('author.draftTitle.headline')
      : t('author.draftTitle.sentence', { n: formatNumber(title.sentence, language) });
  if (title.kind === 'date' || title.years === undefined) return t('author.draftTitle.date', { where, date });
  // English says "30th"; the other languages' sentences carry the ordinal in their words («الذكرى الـ30», "30-я").
  const nth = language === 'en' ? englishOrdinal(title.years) : formatNumber(title.years, language);
  return title.kind === 'anniversary'
    ? t('author.draftTitle.anniversary', { nth, where, date })
    : t('author.draftTitle.origin', { nth, where, date });
}

function dateOf(text: string): PartialDate | undefined {
  const date = parseIsoDate(text);
  return 'error' in date ? undefined : date;
}
