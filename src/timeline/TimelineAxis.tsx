import { memo, useId, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Anchor } from './Anchor';
import { ticksWithRoom, type Tick } from './layout/axis';
import type { LaneGeometry } from './layout/layoutTimeline';
import { SMALL_TEXT_SIZE, stylesheetFont, textWidth } from './measureText';

/** The upright axis's "Article date": two lines of 0.72rem, starting 2 px below its line. */
const DATELINE_LABEL_HEIGHT = 36;

interface TimelineAxisProps {
  readonly ticks: readonly Tick[];
  readonly length: number;
  readonly vertical: boolean;
  readonly dir: 'ltr' | 'rtl';
  readonly lanes: readonly LaneGeometry[];
  readonly lanesTop: number;
  readonly lanesSize: number;
  readonly plotHeight: number;
  /** Narrow timeline: width of the axis column before the lane tracks. */
  readonly axisStart: number;
  /** Upright, where the lanes' tracks begin (after the anniversary brackets' columns). */
  readonly tracksStart: number;
  readonly datelineU: number;
  readonly datelineTitle: string;
  readonly tickTitle?: ((value: number) => string) | undefined;
  /** The axis is the keyboard's handle on time: a slider over the visible window. */
  readonly slider: AxisSlider;
}

export interface AxisSlider {
  readonly min: number;
  readonly max: number;
  readonly now: number;
  /** The visible window in words, e.g. "1990 to 2022". */
  readonly text: string;
  readonly onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void;
}

/**
 * Grid lines (SVG, in physical coordinates, mirrored by hand for right-to-left)
 * and their labels (HTML, placed with logical properties).
 */
export const TimelineAxis = memo(function TimelineAxis({
  ticks,
  length,
  vertical,
  dir,
  lanes,
  lanesTop,
  lanesSize,
  plotHeight,
  axisStart,
  tracksStart,
  datelineU,
  datelineTitle,
  tickTitle,
  slider,
}: TimelineAxisProps) {
  const { t, i18n } = useTranslation();
  const helpId = useId();
  // Tick labels are 0.75rem (styles.css).
  const font = stylesheetFont(i18n.language === 'ar', 12);
  const showDateline = datelineU >= 0 && datelineU <= length;
  // The "Article date" flag (small text, 6 px padding each side) stays whole inside the plot: by
  // an edge it slides inward, still over its line.
  const flag = t('timeline.dateline');
  const flagHalf = (textWidth(flag, stylesheetFont(i18n.language === 'ar', SMALL_TEXT_SIZE), SMALL_TEXT_SIZE) + 12) / 2 + 1;
  const flagU = length > 2 * flagHalf ? Math.min(Math.max(datelineU, flagHalf), length - flagHalf) : datelineU;
  // Upright, the article date's label sits on the axis itself, below its line (two short
  // lines at most): tick labels give way to it.
  const labelled = ticksWithRoom(
    ticks,
    length,
    (tick) => (vertical ? 16 : textWidth(tick.fullLabel, font, 12) + 4),
    vertical && showDateline ? [datelineU, datelineU + DATELINE_LABEL_HEIGHT] : undefined,
  );
  const sliderProps = {
    role: 'slider',
    tabIndex: 0,
    'aria-label': t('timeline.axis'),
    'aria-describedby': helpId,
    'aria-orientation': vertical ? 'vertical' : 'horizontal',
    'aria-valuemin': Math.min(slider.min, slider.now),
    'aria-valuemax': Math.max(slider.max, slider.now),
    'aria-valuenow': slider.now,
    'aria-valuetext': slider.text,
    onKeyDown: slider.onKeyDown,
  } as const;
  const help = (
    <span id={helpId} className="visually-hidden">
      {t('timeline.axisHelp')}
    </span>
  );
  const x = (u: number) => (dir === 'rtl' ? length - u : u);
  if (vertical) {
    return (
      <>
        <div className="tl-grid" aria-hidden="true">
          {ticks.map((tick) => (
            <span
              key={tick.value}
              className="tl-grid-line"
              data-major={tick.major || undefined}
              style={{ insetBlockStart: tick.u, insetInlineStart: axisStart - 6 }}
            />
          ))}
          {lanes.map((lane) => (
            <span
              key={lane.category}
              className="tl-track"
              data-category={lane.category}
              style={{ insetInlineStart: tracksStart + lane.offset, inlineSize: lane.size }}
            />
          ))}
          {showDateline && (
            <span
              className="tl-dateline-line"
              style={{ insetBlockStart: datelineU, insetInlineStart: axisStart - 6 }}
            />
          )}
        </div>
        {help}
        <div className="tl-axis tl-axis-v" style={{ inlineSize: axisStart - 4 }} {...sliderProps}>
          {labelled.map((tick) => (
            <span
              key={tick.value}
              className="tl-tick-v"
              aria-hidden="true"
              title={tickTitle?.(tick.value)}
              style={{ insetBlockStart: tick.u, insetInlineStart: 4 }}
            >
              {tick.label}
            </span>
          ))}
          {showDateline && (
            <span
              className="tl-dateline-v"
              aria-hidden="true"
              title={datelineTitle}
              style={{ insetBlockStart: datelineU }}
            >
              {t('timeline.dateline')}
            </span>
          )}
        </div>
      </>
    );
  }
  const bottom = lanesTop + lanesSize;
  return (
    <>
      <svg
        className="tl-grid-svg"
        width={length}
        height={plotHeight}
        aria-hidden="true"
        focusable="false"
      >
        {lanes.map((lane) => (
          <line
            key={lane.category}
            className="tl-lane-rule"
            x1={0}
            x2={length}
            y1={lanesTop + lane.offset + lane.size}
            y2={lanesTop + lane.offset + lane.size}
          />
        ))}
        {ticks.map((tick) => (
          <line
            key={tick.value}
            className={tick.major ? 'tl-tick-line tl-tick-major' : 'tl-tick-line'}
            x1={x(tick.u)}
            x2={x(tick.u)}
            y1={lanesTop}
            y2={bottom + 6}
          />
        ))}
        {showDateline && (
          <line className="tl-dateline" x1={x(datelineU)} x2={x(datelineU)} y1={16} y2={bottom} />
        )}
      </svg>
      {help}
      <div className="tl-axis tl-axis-h" style={{ insetBlockStart: bottom + 2 }} {...sliderProps}>
        {labelled.map((tick) => (
          <Anchor
            key={tick.value}
            hidden
            className="tl-tick"
            title={tickTitle?.(tick.value)}
            style={{ insetInlineStart: tick.u }}
          >
            {tick.label}
          </Anchor>
        ))}
      </div>
      {showDateline && (
        <Anchor
          className="tl-dateline-flag"
          title={datelineTitle}
          style={{ insetInlineStart: flagU, insetBlockStart: 0 }}
        >
          {flag}
        </Anchor>
      )}
    </>
  );
});
