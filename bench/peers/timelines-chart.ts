/**
 * timelines-chart peer: the synthetic events (bench/synthetic.ts toTimelinesChart) as one
 * group per category, rows packed so segments on a row never overlap, coloured by category.
 * Animations are off: with them on, every segment grows in from zero over 700 ms, which
 * would only add a fixed delay to "drawn" and to every zoom.
 *
 * "Drawn": timelines-chart (a Kapsule component) has no render callback. Setting data
 * schedules its update in a 1 ms debounce; the update creates every segment <rect>
 * synchronously, then hands their final attributes to d3 transitions, which apply them on
 * the next d3-timer (animation) frame even with duration 0. So each animation frame we look
 * (in O(1), not to slow the chart down) for the first segment; once it exists the update has
 * run, and we watch the last segment until it carries its final fill-opacity (0.8). The mark
 * is set after that frame has been painted.
 */
import TimelinesChart from 'timelines-chart';
import type { TimelinesGroup, TimelinesSegment } from '../synthetic';
import './peers.css';
import { fail, fetchData, markDrawnAfterThisFrame, showDetails } from './shared';

async function main(): Promise<void> {
  const data = await fetchData<TimelinesGroup[]>();
  const container = document.getElementById('chart');
  if (!container) throw new Error('no #chart');

  let last: SVGElement | null = null;
  const watch = () => {
    if (!last) {
      const first = container.querySelector('rect.series-segment');
      // Segments are appended after the group backgrounds, so the parent's last child is the last one.
      last = (first?.parentElement?.lastElementChild as SVGElement | null | undefined) ?? null;
    }
    if (last?.style.fillOpacity === '0.8') markDrawnAfterThisFrame();
    else requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);

  new TimelinesChart(container)
    .zQualitative(true)
    .enableAnimations(false)
    .width(container.clientWidth)
    .onSegmentClick((segment) => {
      // The clicked segment comes back with our labelVal (the event's title).
      showDetails((segment as Partial<TimelinesSegment>).labelVal ?? String(segment.val));
    })
    .data(data);
}

main().catch(fail);
