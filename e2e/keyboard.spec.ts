/**
 * The whole app by keyboard alone (1280×800, English): Tab order from the page's
 * start, every event by arrow keys in time order, selection, the details and the
 * reader; focus always visible and never trapped.
 */
import { expect, test, type Page } from '@playwright/test';
import { openApp, settle, surface, tickLabels } from './support/app';
import { timeOrder, titleOf } from './support/seed';

test.use({ actionTimeout: 10_000 });

interface Focused {
  readonly desc: string;
  readonly body: boolean;
  readonly skipLink: boolean;
  readonly inSwitcher: boolean;
  readonly inZoomControls: boolean;
  /** The timeline's keyboard handle on time: the zoom surface itself, or the time-axis slider inside it. */
  readonly timeHandle: boolean;
  readonly eventId: string | undefined;
  readonly cluster: boolean;
  readonly inDetails: boolean;
  readonly referenceLink: boolean;
  readonly readerSentence: boolean;
  readonly visible: boolean;
  /** A timeline item's focus ring runs past the plot, which clips it. */
  readonly ringClipped: boolean;
  readonly style: string;
}

async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = (document.activeElement ?? document.body) as HTMLElement;
    const body = element === document.body || element === document.documentElement;
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
    const name = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40);
    const plot = element.closest('[data-zoom-surface]');
    let ringClipped = false;
    if (plot && plot !== element && outline) {
      const grow = Math.max(0, parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth));
      const [r, p] = [element.getBoundingClientRect(), plot.getBoundingClientRect()];
      ringClipped =
        r.left - grow < p.left - 0.5 || r.right + grow > p.right + 0.5 || r.top - grow < p.top - 0.5 || r.bottom + grow > p.bottom + 0.5;
    }
    return {
      desc: body ? 'body' : `${element.tagName.toLowerCase()}${element.className ? `.${element.className}` : ''} "${name}"`,
      body,
      skipLink: element.matches('a.skip-link'),
      inSwitcher: element.closest('[data-language-switcher]') !== null,
      inZoomControls: element.closest('.tl-zoom') !== null,
      timeHandle: element.matches('[data-zoom-surface], [data-zoom-surface] [role="slider"]'),
      eventId: element.closest('[data-zoom-surface]') ? element.dataset['eventId'] : undefined,
      cluster: element.matches('[data-zoom-surface] [data-cluster-count]'),
      inDetails: element.closest('section[data-details]') !== null,
      referenceLink: element.matches('section[data-details] a[href^="http"]'),
      readerSentence: element.matches('button.sentence'),
      visible: outline || shadow,
      ringClipped,
      style: `outline: ${style.outlineStyle} ${style.outlineWidth}; box-shadow: ${style.boxShadow}`,
    };
  });
}

function expectVisibleFocus(f: Focused) {
  expect(f.visible, `focus is visible on ${f.desc} (${f.style})`).toBe(true);
  expect(f.ringClipped, `the focus ring of ${f.desc} is inside the plot`).toBe(false);
}

/** Presses Tab until the focused element matches, checking that focus stays visible on the way. */
async function tabTo(page: Page, what: string, match: (f: Focused) => boolean, path: string[], max = 80): Promise<Focused> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    path.push(f.desc);
    if (!f.body) expectVisibleFocus(f);
    if (match(f)) return f;
  }
  throw new Error(`Tab did not reach ${what} in ${max} presses; path:\n  ${path.join('\n  ')}`);
}

test('keyboard only: Tab order, every event by arrow keys in time order, selection, details and reader', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openApp(page, { lang: 'en', size: 'wide' });
  const path: string[] = [];

  // From the page's start: the skip link comes first.
  await page.keyboard.press('Tab');
  const first = await focused(page);
  path.push(first.desc);
  expect(first.skipLink, `first Tab stop is the skip link, got ${first.desc}`).toBe(true);
  expectVisibleFocus(first);

  await tabTo(page, 'the language switcher', (f) => f.inSwitcher, path);
  await tabTo(page, 'the zoom controls', (f) => f.inZoomControls, path);
  await tabTo(page, 'the timeline surface (its time axis)', (f) => f.timeHandle, path);
  let current = await tabTo(page, 'an event marker', (f) => f.eventId !== undefined || f.cluster, path);

  // Arrow keys from the first marker to the last event; clusters are opened with Enter.
  const order = timeOrder();
  const arrowed: string[] = [];
  const reached = new Set<string>();
  const trail: string[] = [current.desc];
  if (current.eventId) {
    arrowed.push(current.eventId);
    reached.add(current.eventId);
  }
  for (let step = 0; step < order.length * 3 && current.eventId !== order.at(-1); step++) {
    if (current.cluster) {
      await page.keyboard.press('Enter');
      await settle(page);
      // A cluster at the closest zoom lists its events in the details instead.
      const listed = await page
        .locator('section[data-details] a[data-link-event-id]')
        .evaluateAll((links) => links.map((a) => (a as HTMLElement).dataset['linkEventId'] ?? ''));
      for (const id of listed) reached.add(id);
    } else {
      const before = current.desc;
      await page.keyboard.press('ArrowRight');
      await expect.poll(async () => (await focused(page)).desc, { message: `ArrowRight from ${before}` }).not.toBe(before);
      await settle(page);
    }
    current = await focused(page);
    trail.push(current.desc);
    expect(current.body, `focus was lost (went to the page) after: ${trail.join(' → ')}`).toBe(false);
    expectVisibleFocus(current);
    if (current.eventId) {
      if (arrowed.at(-1) !== current.eventId) arrowed.push(current.eventId);
      reached.add(current.eventId);
    }
  }
  expect([...reached].sort(), 'every event is reached by keyboard').toEqual([...order].sort());
  const positions = arrowed.map((id) => order.indexOf(id));
  expect(
    positions.every((p, i) => i === 0 || p > (positions[i - 1] ?? -1)),
    `arrow keys visit events in time order: ${arrowed.join(', ')}`,
  ).toBe(true);
  if (!trail.some((d) => d.includes('tl-cluster'))) expect(arrowed).toEqual(order);

  // Enter selects the focused event.
  const last = current.eventId ?? '';
  await page.keyboard.press('Enter');
  await expect(surface(page).locator(`[data-event-id="${last}"]`)).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('section[data-details] [data-details-title]')).toHaveText(titleOf(last, 'en'));

  // On into the details, a reference link, then the reader's sentences.
  await tabTo(page, 'the details panel', (f) => f.inDetails, path);
  await tabTo(page, 'a reference link in the details', (f) => f.referenceLink, path);
  await tabTo(page, 'a sentence in the reader', (f) => f.readerSentence, path);

  // Never trapped: Tab carries on to the end and back to the start of the document.
  await tabTo(page, 'the start of the document again', (f) => f.skipLink, path, 200);
});

test('on the time axis, + and − zoom, arrow keys pan and 0 shows everything', async ({ page }) => {
  await openApp(page, { lang: 'en', size: 'wide' });
  const all = await tickLabels(page);
  const axis = surface(page).getByRole('slider', { name: 'Time axis' });
  await axis.focus();
  await expect(axis).toBeFocused();

  await page.keyboard.press('+');
  await settle(page);
  await page.keyboard.press('+');
  await settle(page);
  const zoomed = await tickLabels(page);
  expect(zoomed, 'zoomed in').not.toEqual(all);

  await page.keyboard.press('ArrowLeft');
  await settle(page);
  const panned = await tickLabels(page);
  expect(panned, 'panned to earlier dates').not.toEqual(zoomed);
  expect(Number(/\d{4}/.exec(panned[0] ?? '')?.[0]), 'earlier').toBeLessThanOrEqual(Number(/\d{4}/.exec(zoomed[0] ?? '')?.[0]));

  await page.keyboard.press('-');
  await settle(page);
  expect(await tickLabels(page), 'zoomed out').not.toEqual(panned);

  await page.keyboard.press('0');
  await settle(page);
  expect(await tickLabels(page), 'everything shown again').toEqual(all);
});

test('zooming keeps the focused event in view, and focus in the timeline', async ({ page }) => {
  await openApp(page, { lang: 'en', size: 'wide' });
  const marker = surface(page).locator('.tl-event[data-event-id]').first();
  const id = await marker.getAttribute('data-event-id');
  await marker.focus();
  for (const key of ['+', '+', '+']) {
    await page.keyboard.press(key);
    await settle(page);
    // The focused event zooms in place: still drawn, still focused.
    await expect(surface(page).locator(`[data-event-id="${id}"]`), `after ${key}`).toBeFocused();
  }
  // Panned away from it, focus does not fall to the page: it stays on the time axis.
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('ArrowRight');
    await settle(page);
  }
  const inTimeline = await page.evaluate(() => document.activeElement?.closest('[data-zoom-surface]') !== null);
  expect(inTimeline, 'focus is still in the timeline').toBe(true);
});

test('the zoom buttons keep the selected event in view', async ({ page }) => {
  await openApp(page, { lang: 'en', size: 'wide', event: 'sco-dushanbe-summit-2021' });
  await settle(page);
  const selected = surface(page).locator('.tl-event[aria-pressed="true"]');
  await expect(selected).toBeVisible();
  for (let i = 0; i < 3; i++) {
    await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    await settle(page);
    await expect(selected, `after zooming in ${i + 1} times`).toHaveAttribute('data-event-id', 'sco-dushanbe-summit-2021');
  }
});

test('"Clear selection" gives focus back to the event’s marker, in either direction', async ({ page }) => {
  for (const [lang, clear] of [
    ['en', 'Clear selection'],
    ['ar', 'إلغاء التحديد'],
  ] as const) {
    await openApp(page, { lang, size: 'wide', event: 'sco-dushanbe-summit-2021' });
    await settle(page);
    await page.getByRole('button', { name: clear }).focus();
    await page.keyboard.press('Enter');
    await expect(surface(page).locator('[data-event-id="sco-dushanbe-summit-2021"]')).toBeFocused();
    await expect(surface(page).locator('.tl-event[aria-pressed="true"]')).toHaveCount(0);
  }
});
