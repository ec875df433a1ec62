/**
 * `npm run bench [-- --sizes 1000,10000 --runs 3 --timeout 60 --screenshots DIR]`
 *
 * Compares Zaman with two timeline libraries (vis-timeline, timelines-chart) on the same
 * synthetic events (bench/synthetic.ts), in headless Chromium:
 *   1. drawn:  navigation start → performance.mark('timeline-drawn') (each page sets it
 *              when its first full drawing is on screen; see bench/peers/*.ts);
 *   2. heap:   JS heap in use after the drawing, after a forced garbage collection;
 *   3. frames: rAF frame intervals during about two seconds of real zoom and pan input
 *              (wheel and drags; timelines-chart: its brush zoom, reset and overview pan):
 *              p50, p95, share of frames that missed a 60 Hz refresh;
 *   4. select: pointer-up of a click on a visible event → the animation frame in which the
 *              details title shows text.
 * The app is built into a temporary folder (not dist/, which other work in this tree uses),
 * the peers into bench/peers/dist; one static server on 127.0.0.1 serves both and the data.
 * The machine is small and shared, so absolute numbers move between runs: pages are
 * measured interleaved (Z, V, T, Z, V, T, …), each figure is the median of the runs, and
 * what to read is the ratio to Zaman within one run.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { LOAD_MARKS } from '../src/app/loadMarks';
import { MAX_BUNDLE_BYTES } from '../src/model/load';
import {
  buildApp,
  lastLines,
  machine,
  median,
  openBenchBrowser,
  percentile,
  REPO,
  run,
  sleep,
  VIEWPORT,
  waitForMark,
  writeSection,
  type Machine,
  option,
} from './common';
import { startStaticServer } from './server';
import { generateBundle, toTimelinesChart, toVisTimeline } from './synthetic';

// ---------------------------------------------------------------------------------------
// Options
// ---------------------------------------------------------------------------------------

function positiveInts(text: string, name: string): number[] {
  const values = text.split(',').map(Number);
  if (values.some((v) => !Number.isInteger(v) || v <= 0))
    throw new Error(`--${name}: expected positive integers, got "${text}"`);
  return values;
}

const SIZES = positiveInts(option('sizes') ?? '1000,10000,100000', 'sizes').sort((a, b) => a - b);
const RUNS = positiveInts(option('runs') ?? '3', 'runs')[0] ?? 3;
/** A page that has not drawn within this many seconds at a size is "timed out". */
const TIMEOUT_S = positiveInts(option('timeout') ?? '60', 'timeout')[0] ?? 60;
/**
 * After a page closes, the next one waits this long: the closed page's process winding down
 * (its teardown, the browser's garbage collection) otherwise lands in the next page's load.
 * On 28 November it added ~50 ms to Zaman's 10,000-event loads, which come after a peer's.
 */
const QUIET_MS = 1000;
const SEED = 1;
/** A 60 Hz frame; frames longer than this missed a refresh. */
const FRAME_BUDGET_MS = 16.7;
/**
 * Headless Chromium's frame intervals jitter by a few tenths of a millisecond around 16.7
 * (16.6, 16.8, …); a frame that missed a refresh is ~33 ms. Only intervals longer than the
 * budget by more than this count as slow, so timer noise is not reported as jank.
 */
const FRAME_JITTER_MS = 3;
/** `--screenshots DIR`: saves each page after drawing and after the input, on its first run. */
const SCREENSHOTS = option('screenshots');

// ---------------------------------------------------------------------------------------
// The pages compared
// ---------------------------------------------------------------------------------------

interface Target {
  readonly key: 'zaman' | 'vis' | 'timelines';
  readonly name: string;
  /** Page URL for the data of `size` events. */
  url(size: number): string;
  /** Elements that stand for one event, to click for the selection timing. */
  readonly eventSelector: string;
  /** Elements that stand for several events, opened (untimed) when no single event is on screen. */
  readonly clusterSelector?: string;
  /** About two seconds of zoom and pan input, the page's own way. */
  gestures(page: Page, at: At): Promise<void>;
}

const TARGETS: readonly Target[] = [
  {
    key: 'zaman',
    name: 'Zaman',
    url: (size) => `/?bundle=/bench-data/zaman-${size}.json`,
    eventSelector: 'button[data-event-id]',
    clusterSelector: 'button[data-cluster-count]',
    gestures: wheelAndDrag,
  },
  {
    key: 'vis',
    name: 'vis-timeline',
    url: (size) => `/peers/vis-timeline.html?data=/bench-data/vis-${size}.json`,
    eventSelector: '.vis-item',
    gestures: wheelAndDrag,
  },
  {
    key: 'timelines',
    name: 'timelines-chart',
    url: (size) => `/peers/timelines-chart.html?data=/bench-data/timelines-${size}.json`,
    eventSelector: 'rect.series-segment',
    gestures: brushAndOverview,
  },
];

// ---------------------------------------------------------------------------------------
// One measurement
// ---------------------------------------------------------------------------------------

interface Frames {
  readonly p50: number;
  readonly p95: number;
  /** Share (0–1) of frame intervals over FRAME_BUDGET_MS. */
  readonly slow: number;
  /** The longest interval: "no frame over 16.7 ms" is read here, not from a share or a percentile. */
  readonly longest: number;
  readonly count: number;
  /** How long the input script took (2,300 ms when the page kept up with it). */
  readonly durationMs: number;
}

/** When Zaman set each of its load marks (src/app/loadMarks.ts), in ms from navigation. */
type LoadMarks = { readonly [K in keyof typeof LOAD_MARKS]?: number | undefined };

interface Measurement {
  readonly drawnMs: number;
  readonly marks: LoadMarks;
  readonly heapBytes: number;
  /** Each may fail on its own (an error text) without losing the others. */
  readonly selectMs: number | string;
  readonly frames: Frames | string;
}

class TimedOut extends Error {}

const message = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';

async function measure(
  context: BrowserContext,
  origin: string,
  target: Target,
  size: number,
  screenshots?: string,
): Promise<Measurement> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  try {
    const cdp = await context.newCDPSession(page);
    await page.goto(origin + target.url(size), { waitUntil: 'commit' });
    if (!(await waitForMark(cdp, 'timeline-drawn', TIMEOUT_S * 1000).catch(() => false))) {
      const shown = await page
        // The main region, if any, skips the header and says what went wrong (e.g. "too large").
        .evaluate(() =>
          (document.querySelector('main') ?? document.body).innerText
            .replace(/\s+/g, ' ')
            .trim()
            .slice(0, 200),
        )
        .catch(() => '');
      const details = [...problems.slice(0, 2), shown && `page says: "${shown}"`]
        .filter(Boolean)
        .join('; ');
      throw new TimedOut(
        `timeline-drawn mark not seen within ${TIMEOUT_S} s${details ? ` (${details})` : ''}`,
      );
    }
    const drawnMs = await page.evaluate(
      () => performance.getEntriesByName('timeline-drawn')[0]?.startTime ?? NaN,
    );
    const marks = await page.evaluate((names) => {
      const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime;
      return { received: at(names.received), indexed: at(names.indexed), checked: at(names.checked) };
    }, LOAD_MARKS);

    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');

    const shot = async (when: string) => {
      if (screenshots)
        await page.screenshot({ path: join(screenshots, `${target.key}-${size}-${when}.png`) });
    };
    await shot('drawn');
    // Frames first, so every page is zoomed and panned from its initial, whole-range view.
    const frames = await timeFrames(page, target).catch(
      (error: unknown) => `failed: ${message(error)}`,
    );
    await shot('after-input');
    // A redraw that the input started (seconds long at 100,000 events) must not count as
    // the selection's time: select from a quiet page.
    await settle(page);
    const selectMs = await timeSelection(page, target).catch(
      (error: unknown) => `failed: ${message(error)}`,
    );
    await shot('selected');
    return { drawnMs, marks, heapBytes: usedSize, selectMs, frames };
  } finally {
    // A page stuck in a long task may not close promptly; don't let it hold the run.
    await Promise.race([page.close().catch(() => undefined), sleep(15_000)]);
    await sleep(QUIET_MS);
  }
}

/**
 * Loads each page once, untimed, at the smallest size: the first page a fresh browser opens
 * pays for starting a renderer and more, and would otherwise always be Zaman's first run.
 */
async function warmUp(context: BrowserContext, origin: string, size: number): Promise<void> {
  for (const target of TARGETS) {
    const page = await context.newPage();
    try {
      const cdp = await context.newCDPSession(page);
      await page.goto(origin + target.url(size), { waitUntil: 'commit' });
      await waitForMark(cdp, 'timeline-drawn', TIMEOUT_S * 1000).catch(() => false);
    } finally {
      await Promise.race([page.close().catch(() => undefined), sleep(15_000)]);
      await sleep(QUIET_MS);
    }
  }
}

/** Waits (up to the time box) until five animation frames in a row come on time: the page is idle. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(
    (timeoutMs) =>
      new Promise<void>((resolve) => {
        const deadline = performance.now() + timeoutMs;
        let last = performance.now();
        let calm = 0;
        const frame = (time: number) => {
          calm = time - last < 25 ? calm + 1 : 0;
          last = time;
          if (calm >= 5 || time > deadline) resolve();
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
    TIMEOUT_S * 1000,
  );
}

/** The centre of the first element that is on screen and not covered there, if any. */
function findClickable(page: Page, selector: string): Promise<Point | null> {
  return page.evaluate((selector) => {
    const candidates = document.querySelectorAll(selector);
    for (let i = 0; i < Math.min(candidates.length, 5000); i++) {
      const element = candidates[i];
      if (!element) continue;
      const box = element.getBoundingClientRect();
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      if (box.width < 1 || box.height < 1 || x < 0 || y < 0 || x >= innerWidth || y >= innerHeight)
        continue;
      const hit = document.elementFromPoint(x, y);
      if (hit && element.contains(hit)) return { x, y };
    }
    return null;
  }, selector);
}

/**
 * Clicks the first event that is really clickable at its centre (on screen, not covered)
 * and times pointer-up → the animation frame in which `[data-details-title]` first shows
 * new text, i.e. the frame that paints the details. Peers fill the same element from their
 * own selection callbacks (vis-timeline 'select', timelines-chart onSegmentClick).
 */
async function timeSelection(page: Page, target: Target): Promise<number> {
  let point = await findClickable(page, target.eventSelector);
  // Zaman draws crowded stretches as clusters; a reader zooms in (untimed) until single
  // events show: here with the mouse wheel at the centre of the zoom surface.
  if (!point && target.clusterSelector) {
    const surface = await page.locator('[data-zoom-surface]').boundingBox();
    for (let steps = 0; !point && surface && steps < 40; steps++) {
      await page.mouse.move(surface.x + surface.width / 2, surface.y + surface.height / 2);
      await page.mouse.wheel(0, -300);
      await sleep(120);
      point = await findClickable(page, target.eventSelector);
    }
    await settle(page); // Let the zoom finish before timing.
    point = await findClickable(page, target.eventSelector);
  }
  if (!point) throw new Error(`no visible, uncovered ${target.eventSelector}`);

  await page.evaluate(() => {
    const state = { up: NaN, shown: NaN };
    (window as unknown as { __select: typeof state }).__select = state;
    const before = document.querySelector('[data-details-title]')?.textContent ?? '';
    addEventListener('pointerup', (event) => (state.up = event.timeStamp), {
      capture: true,
      once: true,
    });
    const poll = () => {
      const text = document.querySelector('[data-details-title]')?.textContent?.trim() ?? '';
      if (text && text !== before.trim()) state.shown = performance.now();
      else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  });
  await page.mouse.click(point.x, point.y);
  const handle = await page.waitForFunction(
    () => {
      const state = (window as unknown as { __select: { up: number; shown: number } }).__select;
      return Number.isNaN(state.shown) ? null : state;
    },
    undefined,
    { timeout: 30_000, polling: 50 },
  );
  const { up, shown } = (await handle.jsonValue()) as { up: number; shown: number };
  if (Number.isNaN(up)) throw new Error('no pointerup seen');
  return shown - up;
}

/** Waits until `ms` after the start of the input script (at once when already late). */
type At = (ms: number) => Promise<void>;
interface Point {
  x: number;
  y: number;
}

/** A drag from `from` to `to` in ten moves over 350 ms, starting at `begin`. */
async function drag(page: Page, at: At, begin: number, from: Point, to: Point): Promise<void> {
  await at(begin);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let step = 1; step <= 10; step++) {
    await at(begin + step * 35);
    await page.mouse.move(
      from.x + ((to.x - from.x) * step) / 10,
      from.y + ((to.y - from.y) * step) / 10,
    );
  }
  await page.mouse.up();
}

/** Centre of the union of the elements' boxes (or of the first one), in page pixels. */
async function boxOf(page: Page, selector: string, union = false) {
  const box = await page.evaluate(
    ({ selector, union }) => {
      const boxes = [...document.querySelectorAll(selector)]
        .slice(0, union ? undefined : 1)
        .map((e) => e.getBoundingClientRect());
      if (boxes.length === 0) return null;
      const left = Math.min(...boxes.map((b) => b.left));
      const top = Math.min(...boxes.map((b) => b.top));
      const right = Math.max(...boxes.map((b) => b.right));
      const bottom = Math.max(...boxes.map((b) => b.bottom));
      return { left, top, right, bottom, x: (left + right) / 2, y: (top + bottom) / 2 };
    },
    { selector, union },
  );
  if (!box) throw new Error(`nothing matches ${selector}`);
  return box;
}

/**
 * Zaman and vis-timeline: wheel zoom and drag pan, both around the centre of the zoom
 * surface. Ten wheel steps in and ten out, 50 ms apart (0–1 s), then a drag 200 px right
 * and one back (1–2 s).
 */
async function wheelAndDrag(page: Page, at: At): Promise<void> {
  const surface = await boxOf(page, '[data-zoom-surface]');
  const centre = { x: surface.x, y: Math.min(surface.y, VIEWPORT.height / 2) };
  await page.mouse.move(centre.x, centre.y);
  for (let i = 0; i < 20; i++) {
    await at(i * 50);
    await page.mouse.wheel(0, i < 10 ? -120 : 120);
  }
  await drag(page, at, 1000, centre, { x: centre.x + 200, y: centre.y });
  await drag(page, at, 1500, { x: centre.x + 200, y: centre.y }, centre);
}

/**
 * timelines-chart has neither wheel zoom nor drag pan: it zooms by brushing a rectangle
 * over the chart, zooms out with its "Reset Zoom" button, and pans by dragging the window
 * of its overview strip; each redraws at the end of the gesture. Its equivalent of the
 * script above: brush-zoom into the middle 300 px over all rows (0–0.4 s), reset (0.6 s),
 * brush-zoom again (1.0–1.4 s), drag the overview window 150 px right (1.5–1.9 s).
 */
async function brushAndOverview(page: Page, at: At): Promise<void> {
  const graph = await boxOf(page, 'rect.series-group', true);
  const zoomIn = (begin: number) =>
    drag(
      page,
      at,
      begin,
      { x: graph.x - 150, y: graph.top + 1 },
      { x: graph.x + 150, y: graph.bottom - 1 },
    );
  await zoomIn(0);
  await at(600);
  const reset = await boxOf(page, 'text.reset-zoom-btn');
  await page.mouse.click(reset.x, reset.y);
  await zoomIn(1000);
  await sleep(50);
  const overview = await boxOf(page, '.brusher .brush .selection');
  await drag(
    page,
    at,
    1500,
    { x: overview.x, y: overview.y },
    { x: overview.x + 150, y: overview.y },
  );
}

/**
 * Records every animation frame's interval while about two seconds of real input (the
 * page's gestures) are sent. Input waits for the page to accept it, so a busy page
 * stretches the script, and that shows in its frames.
 */
async function timeFrames(page: Page, target: Target): Promise<Frames> {
  await page.evaluate(() => {
    const frames: number[] = [];
    const state = { frames, stop: false };
    (window as unknown as { __frames: typeof state }).__frames = state;
    let last = NaN;
    const loop = (time: number) => {
      if (!Number.isNaN(last)) frames.push(time - last);
      last = time;
      if (!state.stop) requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  });
  const start = Date.now();
  await target.gestures(page, (ms) => sleep(Math.max(0, start + ms - Date.now())));
  await sleep(Math.max(0, start + 2300 - Date.now())); // Let the last frames of the input land.
  const frames = await page.evaluate(() => {
    const state = (window as unknown as { __frames: { frames: number[]; stop: boolean } }).__frames;
    state.stop = true;
    return state.frames;
  });
  if (frames.length === 0) throw new Error('no animation frames');
  const sorted = [...frames].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    slow: frames.filter((f) => f > FRAME_BUDGET_MS + FRAME_JITTER_MS).length / frames.length,
    longest: sorted.at(-1) ?? NaN,
    count: frames.length,
    durationMs: Date.now() - start,
  };
}

// ---------------------------------------------------------------------------------------
// Results
// ---------------------------------------------------------------------------------------

interface Cell {
  runs: Measurement[];
  /** Why this page has no (more) figures at this size. */
  failure?: string;
}

type Results = Map<number, Map<Target['key'], Cell>>;

const fmt = (value: number, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : '—');

function ratio(peer: number | undefined, zaman: number | undefined): string {
  if (peer === undefined || zaman === undefined || !(zaman > 0) || !Number.isFinite(peer))
    return '—';
  return `${(peer / zaman).toFixed(peer / zaman >= 10 ? 0 : 2)}×`;
}

interface Summary {
  drawn?: number;
  heapMb?: number;
  select?: number;
  p50?: number;
  p95?: number;
  slow?: number;
  /** The longest frame of all the runs (not a median: one long frame is one too many). */
  longest?: number;
}

function summarize(cell: Cell | undefined): Summary {
  const runs = cell?.runs ?? [];
  if (runs.length === 0) return {};
  const numbers = <T>(pick: (m: Measurement) => T | string) =>
    runs.map(pick).filter((v): v is T & number => typeof v === 'number');
  const frames = runs.map((m) => m.frames).filter((f): f is Frames => typeof f !== 'string');
  const summary: Summary = {
    drawn: median(numbers((m) => m.drawnMs)),
    heapMb: median(numbers((m) => m.heapBytes)) / 2 ** 20,
  };
  const selects = numbers((m) => m.selectMs);
  if (selects.length) summary.select = median(selects);
  if (frames.length) {
    summary.p50 = median(frames.map((f) => f.p50));
    summary.p95 = median(frames.map((f) => f.p95));
    summary.slow = median(frames.map((f) => f.slow));
    summary.longest = Math.max(...frames.map((f) => f.longest));
  }
  return summary;
}

function table(size: number, cells: Map<Target['key'], Cell>, bytes: Map<string, number>): string {
  const zaman = summarize(cells.get('zaman'));
  const lines = [
    `### ${size.toLocaleString('en')} events`,
    '',
    `Data: Zaman bundle ${mb(bytes.get(`zaman-${size}`))}` +
      `${(bytes.get(`zaman-${size}`) ?? 0) > MAX_BUNDLE_BYTES ? ` (over the app's ${mb(MAX_BUNDLE_BYTES)} MAX_BUNDLE_BYTES: it refuses it)` : ''}, ` +
      `vis-timeline ${mb(bytes.get(`vis-${size}`))}, ` +
      `timelines-chart ${mb(bytes.get(`timelines-${size}`))}.`,
    '',
    '| page | drawn (ms) | ×Z | frame p50 (ms) | frame p95 (ms) | ×Z | frames > 16.7 ms | longest frame (ms) | JS heap (MB) | ×Z | select (ms) | ×Z | runs |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  const notes: string[] = [];
  for (const target of TARGETS) {
    const cell = cells.get(target.key);
    const s = summarize(cell);
    const isZ = target.key === 'zaman';
    const r = (peer: number | undefined, z: number | undefined) => (isZ ? '' : ratio(peer, z));
    if (!cell || cell.runs.length === 0) {
      const why = cell?.failure ?? 'not run';
      const overLimit = isZ && (bytes.get(`zaman-${size}`) ?? 0) > MAX_BUNDLE_BYTES;
      const short = overLimit
        ? 'refused: over size limit'
        : /timed out|not seen within/.test(why)
          ? 'timed out'
          : why.startsWith('skipped')
            ? 'skipped'
            : 'failed';
      lines.push(`| ${target.name} | ${short} | | | | | | | | | | | 0 |`);
      notes.push(`${target.name}: ${why}`);
      continue;
    }
    lines.push(
      `| ${target.name} | ${fmt(s.drawn ?? NaN)} | ${r(s.drawn, zaman.drawn)} | ${fmt(s.p50 ?? NaN, 1)} | ` +
        `${fmt(s.p95 ?? NaN, 1)} | ${r(s.p95, zaman.p95)} | ${s.slow === undefined ? '—' : `${fmt(s.slow * 100)} %`} | ` +
        `${fmt(s.longest ?? NaN, 1)} | ` +
        `${fmt(s.heapMb ?? NaN, 1)} | ${r(s.heapMb, zaman.heapMb)} | ${fmt(s.select ?? NaN)} | ${r(s.select, zaman.select)} | ` +
        `${cell.runs.length} |`,
    );
    for (const m of cell.runs) {
      if (typeof m.selectMs === 'string') notes.push(`${target.name}: select ${m.selectMs}`);
      if (typeof m.frames === 'string') notes.push(`${target.name}: frames ${m.frames}`);
    }
    if (cell.failure) notes.push(`${target.name}: ${cell.failure}`);
  }
  const unique = [...new Set(notes)];
  if (unique.length) lines.push('', ...unique.map((n) => `- ${n}`));
  const load = loadLine(cells.get('zaman'));
  if (load) lines.push('', load);
  return lines.join('\n');
}

/** Zaman's way to the drawing, from its own marks: the preparation of the data, measured. */
function loadLine(cell: Cell | undefined): string | undefined {
  const runs = cell?.runs ?? [];
  const at = (pick: (m: LoadMarks) => number | undefined) => {
    const values = runs.map((m) => pick(m.marks)).filter((v): v is number => v !== undefined);
    return values.length === runs.length && values.length > 0 ? median(values) : undefined;
  };
  const received = at((m) => m.received);
  const indexed = at((m) => m.indexed);
  const checked = at((m) => m.checked);
  const drawn = runs.length ? median(runs.map((m) => m.drawnMs)) : undefined;
  if (received === undefined || indexed === undefined || drawn === undefined) return undefined;
  const verdict =
    checked === undefined
      ? 'checked and indexed on the main thread'
      : `indexed on the main thread (the worker checks the shape meanwhile: its verdict at ${fmt(checked)} ms)`;
  return (
    `Zaman's load, medians from its own marks: the bundle's bytes in at ${fmt(received)} ms; ` +
    `parsed, ${verdict}, by ${fmt(indexed)} ms (${fmt(indexed - received)} ms of preparation); ` +
    `drawn at ${fmt(drawn)} ms.`
  );
}

const mb = (bytes: number | undefined) =>
  bytes === undefined ? '?' : `${(bytes / 2 ** 20).toFixed(2)} MiB`;

function header(m: Machine, chromiumVersion: string): string {
  return [
    `Run ${m.date} · ${chromiumVersion} (headless, software rendering) · ${m.cpu}, ${m.cores} cores · ` +
      `Node ${m.node} · load average at start ${m.load} · median of ${RUNS} run(s) per page, interleaved · ` +
      `viewport ${VIEWPORT.width}×${VIEWPORT.height} · ×Z = peer / Zaman (above 1: Zaman is faster or smaller) · ` +
      `"frames > 16.7 ms" counts intervals over ${FRAME_BUDGET_MS} ms by more than ${FRAME_JITTER_MS} ms of timer jitter (a missed refresh).`,
  ].join('\n');
}

// ---------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const started = machine();
  const work = await mkdtemp(join(tmpdir(), 'zaman-bench-'));
  const appDir = join(work, 'app');
  const dataDir = join(work, 'data');
  const profile = join(work, 'profile');
  let context: BrowserContext | undefined;
  let server: Awaited<ReturnType<typeof startStaticServer>> | undefined;
  try {
    console.log(`Building the app and the peer pages…`);
    const [app, peers] = await Promise.all([
      buildApp(appDir),
      run('npx', ['vite', 'build', '--config', 'bench/vite.peers.config.ts']),
    ]);
    if (!peers.ok)
      throw new Error(`building the peer pages failed:\n${lastLines(peers.output, 15)}`);
    if (!app.ok) console.log(`Zaman will not be measured: ${app.error}`);

    console.log(`Generating data (seed ${SEED})…`);
    const bytes = new Map<string, number>();
    await mkdir(dataDir, { recursive: true });
    for (const size of SIZES) {
      const bundle = generateBundle(size, SEED);
      const files: [string, unknown][] = [
        [`zaman-${size}`, bundle],
        [`vis-${size}`, toVisTimeline(bundle)],
        [`timelines-${size}`, toTimelinesChart(bundle)],
      ];
      for (const [name, value] of files) {
        const text = JSON.stringify(value);
        bytes.set(name, Buffer.byteLength(text));
        await writeFile(join(dataDir, `${name}.json`), text);
      }
      const zamanBytes = bytes.get(`zaman-${size}`) ?? 0;
      console.log(
        `  ${String(size).padStart(7)} events: Zaman ${mb(zamanBytes)} (${(zamanBytes / size).toFixed(0)} B/event` +
          `${zamanBytes > MAX_BUNDLE_BYTES ? `, OVER the app's ${mb(MAX_BUNDLE_BYTES)} limit` : ''}), ` +
          `vis-timeline ${mb(bytes.get(`vis-${size}`))}, timelines-chart ${mb(bytes.get(`timelines-${size}`))}`,
      );
    }

    server = await startStaticServer([
      { prefix: '/bench-data/', dir: dataDir },
      { prefix: '/peers/', dir: join(REPO, 'bench/peers/dist') },
      { prefix: '/', dir: appDir },
    ]);
    context = await openBenchBrowser(profile);
    const probe = await context.newPage();
    const version = await (await context.newCDPSession(probe)).send('Browser.getVersion');
    await probe.close();
    const chromiumVersion = version.product.replace(/^(Headless)?Chrome\//, 'Chromium ');
    console.log(`${chromiumVersion}, server ${server.origin}\n`);

    await warmUp(context, server.origin, SIZES[0] ?? 1000);

    const results: Results = new Map();
    /** A peer that timed out at a size is not tried at larger sizes either. */
    const timedOutAt = new Map<Target['key'], number>();
    for (const size of SIZES) {
      const cells = new Map<Target['key'], Cell>(TARGETS.map((t) => [t.key, { runs: [] }]));
      results.set(size, cells);
      if (!app.ok) {
        const zamanCell = cells.get('zaman');
        if (zamanCell) zamanCell.failure = app.error;
      }
      for (let runIndex = 1; runIndex <= RUNS; runIndex++) {
        for (const target of TARGETS) {
          const cell = cells.get(target.key);
          if (!cell || cell.failure) continue;
          const earlier = timedOutAt.get(target.key);
          if (earlier !== undefined) {
            cell.failure = `skipped: timed out at ${earlier.toLocaleString('en')} events`;
            continue;
          }
          const label = `  ${String(size).padStart(7)} · run ${runIndex}/${RUNS} · ${target.name.padEnd(15)}`;
          try {
            const m = await measure(
              context,
              server.origin,
              target,
              size,
              runIndex === 1 ? SCREENSHOTS : undefined,
            );
            cell.runs.push(m);
            const frames =
              typeof m.frames === 'string'
                ? m.frames
                : `frames p50 ${fmt(m.frames.p50, 1)} p95 ${fmt(m.frames.p95, 1)} ms, ` +
                  `${fmt(m.frames.slow * 100)} % slow, longest ${fmt(m.frames.longest, 1)}, of ${m.frames.count} in ${fmt(m.frames.durationMs)} ms`;
            const select =
              typeof m.selectMs === 'string'
                ? `select ${m.selectMs}`
                : `select ${fmt(m.selectMs)} ms`;
            console.log(
              `${label} drawn ${fmt(m.drawnMs)} ms · heap ${fmt(m.heapBytes / 2 ** 20, 1)} MB · ${select} · ${frames}`,
            );
          } catch (error) {
            // One failed page doesn't stop the others; its later runs at this size are skipped.
            cell.failure = message(error);
            if (error instanceof TimedOut && target.key !== 'zaman') {
              cell.failure = `timed out: ${cell.failure}`;
              timedOutAt.set(target.key, size);
            }
            console.log(`${label} ${cell.failure}`);
          }
        }
      }
    }

    const report = [
      header(started, chromiumVersion),
      ...SIZES.map((s) => table(s, results.get(s) ?? new Map(), bytes)),
    ].join('\n\n');
    console.log(`\n${report}\n`);
    await writeSection('bench', report);
    console.log(
      'Written to docs/performance.md (between <!-- bench:start --> and <!-- bench:end -->).',
    );
  } finally {
    await context?.close().catch(() => undefined);
    await server?.close();
    await rm(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
