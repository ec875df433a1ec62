/**
 * How a relative date was counted, as data the view words: the anchor (the
 * dateline or another event), the offset and the result, at the event's precision.
 */
import type { Article, ArticleEvent } from '../model/article';
import { addOffset, truncate, type PartialDate } from '../model/dates';

export interface RelativeCount {
  readonly phrase: string;
  readonly gloss: Readonly<Record<string, string>> | undefined;
  /** The anchor event, or undefined when counted from the dateline. */
  readonly anchorEvent: ArticleEvent | undefined;
  readonly anchor: PartialDate;
  readonly unit: 'years' | 'months' | 'days';
  /** Signed: −1 for «العام الماضي», 0 for «هذا العام». */
  readonly amount: number;
  readonly result: PartialDate;
}

export function relativeCount(event: ArticleEvent, article: Article): RelativeCount | undefined {
  const grounding = event.data.grounding;
  if (grounding.kind !== 'relative') return undefined;
  const anchorEvent = grounding.anchor === 'dateline' ? undefined : article.eventById.get(grounding.anchor.event);
  const anchor = anchorEvent ? anchorEvent.start : article.dateline;
  const { years = 0, months = 0, days = 0 } = grounding.offset;
  // Counted by nothing («هذا العام», «اليوم الثلاثاء»): the same day, month or year as the anchor, at the event's precision.
  const same = event.precision === 'day' ? 'days' : event.precision === 'month' ? 'months' : 'years';
  const unit = days !== 0 ? 'days' : months !== 0 ? 'months' : years !== 0 ? 'years' : same;
  const amount = unit === 'days' ? days : unit === 'months' ? months + years * 12 : years;
  const moved = addOffset(anchor, grounding.offset) ?? event.start;
  return {
    phrase: grounding.phrase,
    gloss: grounding.gloss,
    anchorEvent,
    anchor,
    unit,
    amount,
    result: truncate(moved, event.precision),
  };
}
