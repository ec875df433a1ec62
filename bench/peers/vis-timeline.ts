/**
 * vis-timeline peer: the synthetic events (bench/synthetic.ts toVisTimeline) in a Timeline
 * with one group per category, default options otherwise (stacking on, no clustering),
 * except a fixed maximum height so the page stays one screen tall like the other two.
 *
 * "Drawn": vis-timeline documents an `onInitialDrawComplete` option, but it comes too early:
 * it fires after the first redraw, in which the items are still drawn for the default
 * window (around today, items piled at the left edge); the fit to the data's range that the
 * same step computes is only painted at the next redraw, which nothing requests until the
 * timeline's 1 s resize watcher fires. Reading the source (Core 'changed' handler,
 * Timeline.fit) shows this; screenshots confirm it. So, as an integrator who noticed would,
 * we ask for that redraw right away in onInitialDrawComplete, and mark after the frame in
 * which it happens: vis-timeline's redraws run in a requestAnimationFrame and end with its
 * public 'changed' event, where the mark is posted to run after that frame has been painted.
 */
// The "peer" build, as the vis-timeline docs recommend for bundlers: vis-data, moment and
// the rest come from node_modules once instead of being inlined.
import { DataSet } from 'vis-data/peer';
import { Timeline } from 'vis-timeline/peer';
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import type { VisData, VisItem } from '../synthetic';
import './peers.css';
import { fail, fetchData, markDrawnAfterThisFrame, showDetails } from './shared';

async function main(): Promise<void> {
  const data = await fetchData<VisData>();
  const container = document.getElementById('chart');
  if (!container) throw new Error('no #chart');
  const items = new DataSet<VisItem>(data.items);
  let initialDrawDone = false;
  const timeline = new Timeline(container, items, new DataSet(data.groups), {
    maxHeight: 640,
    onInitialDrawComplete: () => {
      initialDrawDone = true;
      timeline.redraw();
    },
  });
  timeline.on('changed', () => {
    if (initialDrawDone) markDrawnAfterThisFrame();
  });
  // 'select' fires on tap (pointer up) with the selected item ids.
  timeline.on('select', (properties: { items: string[] }) => {
    const id = properties.items[0];
    const item = id === undefined ? null : items.get(id);
    if (item) showDetails(item.content);
  });
}

main().catch(fail);
