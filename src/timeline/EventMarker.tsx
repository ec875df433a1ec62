import { memo, type KeyboardEvent } from 'react';
import type { PickedText } from '../i18n/localize';
import type { BlockPosition } from './blockPosition';
import type { EventBlock } from './layout/layoutTimeline';
import { METRICS } from './layout/metrics';
import { fallbackAttributes } from '../i18n/localize';

interface EventMarkerProps {
  readonly block: EventBlock;
  /** The title, and the language it is in (it may fall back from the interface's). */
  readonly title: PickedText;
  /** The words the label shows: the title, or its start cut at a word's end (fitLabel.ts). */
  readonly label: string;
  readonly dateText: string;
  readonly vertical: boolean;
  /** Where the button goes, in logical CSS properties. */
  readonly position: BlockPosition;
  readonly selected: boolean;
  readonly highlighted: boolean;
  readonly tabbable: boolean;
  readonly onActivate: (id: string) => void;
  readonly onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void;
}

/**
 * One event on the timeline: a real button whose name is its title and date.
 * On the wide timeline it holds the marker and the label; on the narrow one it
 * is the label in the column beside the lane tracks.
 */
export const EventMarker = memo(function EventMarker({
  block,
  title,
  label,
  dateText,
  vertical,
  position,
  selected,
  highlighted,
  tabbable,
  onActivate,
  onKeyDown,
}: EventMarkerProps) {
  const { event } = block;
  const r = METRICS.markerRadius;
  const markStart = block.u0 - block.boxStart;
  // A title cut short shows whole on hover (on the words, not the button, so a screen reader
  // does not hear it twice after the button's name); the narrow column cuts by CSS alone.
  const cut = label !== title.text || block.labelWidth >= METRICS.maxLabelWidth + 2 * METRICS.labelPadding;
  return (
    <button
      type="button"
      className="tl-event"
      data-event-id={event.id}
      data-mark={block.mark}
      data-category={event.category}
      data-certainty={event.certainty}
      data-row={block.row}
      aria-pressed={selected}
      data-highlighted={highlighted || undefined}
      tabIndex={tabbable ? 0 : -1}
      style={position}
      onClick={() => onActivate(event.id)}
      onKeyDown={onKeyDown}
    >
      {!vertical &&
        (block.mark === 'point' ? (
          <span className="tl-dot" aria-hidden="true" style={{ insetInlineStart: markStart - r }} />
        ) : (
          <span
            className="tl-bar"
            aria-hidden="true"
            style={{ insetInlineStart: markStart, inlineSize: Math.max(4, block.u1 - block.u0) }}
          />
        ))}
      {/* The label is placed in the interface's direction; only its words take the title's own
          (an Arabic title in the English interface stays beside its mark, not over it). */}
      <span
        className="tl-label"
        data-on-bar={(!vertical && block.onBar) || undefined}
        title={cut ? title.text : undefined}
        // The button's name is the whole title, not the words that fit.
        aria-hidden={label !== title.text || undefined}
        style={
          vertical
            ? undefined
            : {
                insetInlineStart: block.labelStart - block.boxStart,
                maxInlineSize: block.labelWidth,
              }
        }
      >
        <span {...fallbackAttributes(title)}>{label}</span>
      </span>
      {label !== title.text && (
        <span className="visually-hidden" {...fallbackAttributes(title)}>
          {title.text}
        </span>
      )}
      <span className="visually-hidden">{dateText}</span>
    </button>
  );
});
