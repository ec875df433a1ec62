/**
 * Keeping a relative grounding true once the author has changed dates. The loader checks that
 * the anchor moved by the offset lands on the event's start (at the event's precision); these
 * functions apply the same rule before export, so an edited draft still validates.
 */
import { countFrom, parseIsoDate, toIsoString, type PartialDate, type Precision } from '../model/dates';
import type { GroundingData } from '../model/schema';

/**
 * The grounding an event can keep with the dates it now has. A relative grounding stays while
 * counting from its anchor still gives the start; otherwise (or when the anchor is gone) the
 * date becomes stated: the author now vouches for it. The offset is not recomputed, because the
 * phrase («العام المقبل») says one offset and a different one would misquote it.
 */
export function reconcileGrounding(
  grounding: GroundingData,
  start: string,
  precision: Precision,
  anchor: PartialDate | undefined,
): GroundingData {
  if (grounding.kind !== 'relative') return grounding;
  if (!anchor) return { kind: 'stated' };
  const own = parseIsoDate(start);
  // A start that is not a date is reported by the loader; the grounding is left to match it once fixed.
  if ('error' in own) return grounding;
  return countFrom(anchor, grounding.offset, precision) === toIsoString(own) ? grounding : { kind: 'stated' };
}
