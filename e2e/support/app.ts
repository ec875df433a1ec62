/**
 * Opening the app and reading the timeline the way the tests need: by URL state,
 * at a given size, waiting for conditions (fonts, a settled timeline), never for time.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { uiString } from './seed';

export type Lang = 'ar' | 'en' | 'zh' | 'ru';
export const LANGS: readonly Lang[] = ['ar', 'en', 'zh', 'ru'];

export const SIZES = {
  wide: { width: 1280, height: 800 },
  narrow: { width: 390, height: 844 },
} as const;
export type SizeName = keyof typeof SIZES;

export interface OpenOptions {
  readonly lang?: Lang;
  readonly event?: string;
  readonly sentence?: string;
  readonly view?: 'list';
  readonly cal?: 'hijri';
  /** In the Arabic interface, the translation beside the original. */
  readonly tr?: string;
  readonly bundle?: string;
  /** The window of time shown, as the address writes it (`1943-09-24T22`). */
  readonly from?: string;
  readonly to?: string;
  readonly size?: SizeName;
  /** What to wait for: the article's workspace (default), the error screen, or nothing. */
  readonly expect?: 'article' | 'error' | 'none';
}

export function appUrl(options: OpenOptions = {}): string {
  const params = new URLSearchParams();
  if (options.lang) params.set('lang', options.lang);
  if (options.bundle) params.set('bundle', options.bundle);
  if (options.event) params.set('event', options.event);
  if (options.sentence) params.set('sentence', options.sentence);
  if (options.view) params.set('view', options.view);
  if (options.cal) params.set('cal', options.cal);
  if (options.tr) params.set('tr', options.tr);
  if (options.from) params.set('from', options.from);
  if (options.to) params.set('to', options.to);
  const query = params.toString();
  return query ? `/?${query}` : '/';
}

/** Opens the app at a URL state and size, and waits until it has drawn what was asked for. */
export async function openApp(page: Page, options: OpenOptions = {}): Promise<void> {
  await page.setViewportSize(SIZES[options.size ?? 'wide']);
  const errors = collectErrors(page);
  await page.goto(appUrl(options));
  await waitForApp(page, options, errors);
}

/**
 * Waits for what a load of the app should show (after openApp, a reload or history
 * navigation). The app's crash screen (its error boundary) ends the wait at once,
 * failing with what went wrong.
 */
export async function waitForApp(page: Page, options: OpenOptions = {}, errors: readonly string[] = []): Promise<void> {
  const wanted = options.expect ?? 'article';
  if (wanted === 'none') return;
  const crashed = page.getByRole('alert');
  const shown = page.locator(wanted === 'error' ? '.error-screen' : '.workspace');
  try {
    await expect(shown.or(crashed).first()).toBeVisible();
  } catch (error) {
    // Say what the page ran into (a failed script, a 404 while dist/ was being rebuilt, …).
    if (errors.length > 0) throw new Error(`${String(error)}\nThe page reported:\n${errors.join('\n')}`);
    throw error;
  }
  if ((await crashed.count()) > 0) {
    throw new Error(`the app crashed at ${page.url()}: ${await crashed.first().innerText()}\n${errors.join('\n')}`);
  }
  if (wanted === 'error') {
    await fontsReady(page);
    return;
  }
  if (options.lang) await expect(page.locator('html')).toHaveAttribute('lang', options.lang);
  if (options.view === 'list') await expect(page.locator('[data-event-list] table')).toBeVisible();
  else await expect(page.locator('[data-zoom-surface] button').first()).toBeAttached();
  await fontsReady(page);
  await settle(page);
}

export async function fontsReady(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
}

/**
 * Waits until the timeline has stopped moving: the ticks and every marker's box are
 * the same for eight animation frames in a row (zoom animations last 280 ms).
 */
export async function settle(page: Page): Promise<void> {
  const settled = await page.evaluate(async () => {
    const signature = () => {
      const surface = document.querySelector('[data-zoom-surface]');
      if (!surface) return '';
      return [...surface.querySelectorAll('.tl-tick, .tl-tick-v, .tl-event, .tl-cluster')]
        .map((element) => {
          const r = element.getBoundingClientRect();
          return `${element.textContent}@${r.x.toFixed(1)},${r.y.toFixed(1)},${r.width.toFixed(1)}`;
        })
        .join('|');
    };
    const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    const deadline = performance.now() + 8000;
    let last = signature();
    let same = 0;
    while (same < 8) {
      if (performance.now() > deadline) return false;
      await frame();
      const next = signature();
      if (next === last) same += 1;
      else {
        same = 0;
        last = next;
      }
    }
    return true;
  });
  expect(settled, 'the timeline settles (stops animating)').toBe(true);
}

export const surface = (page: Page): Locator => page.locator('[data-zoom-surface]');
export const marker = (page: Page, id: string): Locator =>
  page.locator(`[data-zoom-surface] [data-event-id="${id}"]`);
export const details = (page: Page): Locator => page.locator('section[data-details]');
export const detailsTitle = (page: Page): Locator => page.locator('section[data-details] [data-details-title]');

/** The centre of an event's mark (its dot or bar) on the wide timeline, or of its label on the narrow one. */
export async function markCentre(page: Page, id: string): Promise<{ x: number; y: number }> {
  const element = marker(page, id);
  const mark = element.locator('.tl-dot, .tl-bar');
  const box = (await mark.count()) > 0 ? await mark.first().boundingBox() : await element.boundingBox();
  if (!box) throw new Error(`marker ${id} has no box`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** What has keyboard focus, as a short description: an event id, a cluster, or tag.class. */
export async function focusedItem(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return 'body';
    if (element.dataset['eventId']) return element.dataset['eventId'];
    if (element.dataset['clusterKey']) return `cluster:${element.dataset['clusterCount'] ?? ''}`;
    return `${element.tagName.toLowerCase()}.${element.className}`;
  });
}

export interface LabelBox {
  readonly kind: string;
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * The boxes of the timeline's visible labels (event labels, clusters, anniversary
 * pills, axis ticks), clipped to the plot's visible rectangle; labels wholly outside it are left out.
 */
export async function labelBoxes(page: Page): Promise<LabelBox[]> {
  return page.evaluate(() => {
    const plot = document.querySelector('[data-zoom-surface]');
    if (!plot) return [];
    const p = plot.getBoundingClientRect();
    const boxes: LabelBox[] = [];
    for (const element of plot.querySelectorAll<HTMLElement>('.tl-label, .tl-cluster, .tl-pill, .tl-tick, .tl-tick-v')) {
      if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const r = element.getBoundingClientRect();
      const x0 = Math.max(r.left, p.left);
      const x1 = Math.min(r.right, p.right);
      const y0 = Math.max(r.top, p.top);
      const y1 = Math.min(r.bottom, p.bottom);
      if (x1 - x0 <= 0 || y1 - y0 <= 0) continue;
      const owner = element.closest<HTMLElement>('[data-event-id]');
      boxes.push({
        kind: element.className.split(' ')[0] ?? '',
        text: owner?.dataset['eventId'] ?? element.textContent ?? '',
        x: x0,
        y: y0,
        width: x1 - x0,
        height: y1 - y0,
      });
    }
    return boxes;
  });
}

/** Axis tick labels that are cut by the plot's edge (partly outside its visible rectangle). */
export async function clippedTicks(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const plot = document.querySelector('[data-zoom-surface]');
    if (!plot) return [];
    const p = plot.getBoundingClientRect();
    const cut: string[] = [];
    for (const tick of plot.querySelectorAll<HTMLElement>('.tl-tick, .tl-tick-v')) {
      const r = tick.getBoundingClientRect();
      const inside = r.left >= p.left - 0.5 && r.right <= p.right + 0.5 && r.top >= p.top - 0.5 && r.bottom <= p.bottom + 0.5;
      const outside = r.right <= p.left || r.left >= p.right || r.bottom <= p.top || r.top >= p.bottom;
      if (!inside && !outside) {
        const box = (a: number, b: number, c: number, d: number) => `x ${a.toFixed(0)}–${b.toFixed(0)}, y ${c.toFixed(0)}–${d.toFixed(0)}`;
        cut.push(`"${tick.textContent ?? ''}" at ${box(r.left, r.right, r.top, r.bottom)} (plot ${box(p.left, p.right, p.top, p.bottom)})`);
      }
    }
    return cut;
  });
}

/** Pairs of boxes that overlap by more than `tolerance` pixels both ways. */
export function overlaps(boxes: readonly LabelBox[], tolerance = 0.5): string[] {
  const found: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i];
      const b = boxes[j];
      if (!a || !b) continue;
      const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      if (w > tolerance && h > tolerance) {
        found.push(`${a.kind} "${a.text}" × ${b.kind} "${b.text}" overlap ${w.toFixed(1)}×${h.toFixed(1)} px`);
      }
    }
  }
  return found;
}

/**
 * Where the wide timeline's line for the article's date stands: in page pixels from the left,
 * and as a share of the plot's width (NaN when the date is outside the window).
 */
export async function datelineAt(page: Page): Promise<{ x: number; share: number }> {
  return page.locator('svg.tl-grid-svg').evaluate((svg) => {
    const line = svg.querySelector('line.tl-dateline');
    if (!line) return { x: Number.NaN, share: Number.NaN };
    return {
      x: line.getBoundingClientRect().x,
      share: Number(line.getAttribute('x1')) / Number(svg.getAttribute('width')),
    };
  });
}

/** The axis tick labels, in order along the axis. */
export async function tickLabels(page: Page): Promise<string[]> {
  return page.locator('[data-zoom-surface] .tl-tick, [data-zoom-surface] .tl-tick-v').allTextContents();
}

/** Tick labels that are a year alone, in any of the interface languages ("2015", "2015年", "2015 г."). */
export const yearOnly = (label: string): boolean => /^\s*\d{4}\s*(年|г\.)?\s*$/.test(label);

/** The zoom buttons, by their accessible names in the page's language. */
export const zoomInButton = (page: Page, lang: Lang): Locator =>
  page.getByRole('button', { name: uiString(lang, 'timeline', 'zoomIn'), exact: true });
export const zoomOutButton = (page: Page, lang: Lang): Locator =>
  page.getByRole('button', { name: uiString(lang, 'timeline', 'zoomOut'), exact: true });

/** Zooms in with the + button and waits for the timeline to settle. */
export async function zoomIn(page: Page, lang: Lang): Promise<void> {
  await zoomInButton(page, lang).click();
  await settle(page);
}

/** Collects console errors, uncaught exceptions and HTTP error responses of a page. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  return errors;
}
