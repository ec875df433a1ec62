/**
 * The timeline under the pointer and the fingers, in Chromium: drag to pan, a sideways
 * trackpad swipe to pan, a trackpad pinch (a wheel with ctrlKey, as Chromium sends it) to
 * zoom, and on a touch screen a tap to select and two fingers to zoom.
 */
import { expect, test, type Page } from '@playwright/test';
import { datelineAt, marker, openApp, settle, surface, tickLabels, yearOnly } from './support/app';
import { titleOf } from './support/seed';

test.use({ actionTimeout: 10_000 });

const datelineX = async (page: Page) => (await datelineAt(page)).x;

/** A point inside the plot, clear of the lanes' labels: the centre of its upper half. */
async function plotPoint(page: Page): Promise<{ x: number; y: number }> {
  await surface(page).scrollIntoViewIfNeeded();
  const box = await surface(page).boundingBox();
  if (!box) throw new Error('no zoom surface');
  return { x: box.x + box.width / 2, y: box.y + Math.min(box.height / 4, 120) };
}

for (const lang of ['en', 'ar'] as const) {
  test.describe(`${lang}, wide`, () => {
    test.beforeEach(async ({ page }) => {
      await openApp(page, { lang, size: 'wide' });
    });

    // The date line (2021) stands near the end of time, at the right in English and the left in
    // Arabic: the gestures move it towards the middle, so that it stays in the plot to be measured.
    const inwards = lang === 'ar' ? 1 : -1;

    test('dragging the plot pans it with the pointer', async ({ page }) => {
      const before = await datelineX(page);
      const start = await plotPoint(page);
      await page.mouse.move(start.x, start.y);
      await page.mouse.down();
      await page.mouse.move(start.x + inwards * 60, start.y, { steps: 4 });
      await page.mouse.move(start.x + inwards * 120, start.y, { steps: 4 });
      await page.mouse.up();
      await settle(page);
      expect((await datelineX(page)) - before).toBeCloseTo(inwards * 120, -1);
    });

    test('a sideways trackpad swipe pans, and a pinch (ctrl + wheel) zooms', async ({ page }) => {
      const before = await datelineX(page);
      const at = await plotPoint(page);
      await page.mouse.move(at.x, at.y);
      // As a page scrolls sideways: the drawing moves against the swipe, whichever way time runs.
      await page.mouse.wheel(-inwards * 80, 0);
      await settle(page);
      expect(((await datelineX(page)) - before) * inwards).toBeGreaterThan(40);

      let labels = await tickLabels(page);
      expect(labels.every(yearOnly), `ticks ${labels.join(' | ')}`).toBe(true);
      await page.keyboard.down('Control');
      for (let i = 0; i < 12 && labels.every(yearOnly); i++) {
        await page.mouse.wheel(0, -60);
        await settle(page);
        labels = await tickLabels(page);
      }
      await page.keyboard.up('Control');
      expect(labels.some((label) => !yearOnly(label)), `ticks after pinching ${labels.join(' | ')}`).toBe(true);
    });
  });
}

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true });

  for (const lang of ['en', 'ar'] as const) {
    test(`${lang}, narrow: a tap selects an event, and two fingers spread apart zoom in`, async ({ page }) => {
      await openApp(page, { lang, size: 'narrow' });
      await marker(page, 'sco-founding-2001').tap();
      await expect(marker(page, 'sco-founding-2001')).toHaveAttribute('aria-pressed', 'true');
      await expect(page.locator('[data-details-title]')).toHaveText(titleOf('sco-founding-2001', lang));

      // The tap brought the details into view; back to the timeline to pinch it.
      await page.evaluate(() => window.scrollTo(0, 0));
      await settle(page);
      const before = await tickLabels(page);
      const box = await surface(page).boundingBox();
      if (!box) throw new Error('no zoom surface');
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Input.synthesizePinchGesture', {
        x: box.x + box.width * 0.35,
        y: box.y + Math.min(box.height / 2, 300),
        scaleFactor: 3,
        gestureSourceType: 'touch',
      });
      await settle(page);
      const after = await tickLabels(page);
      expect(after, 'the ticks after a pinch').not.toEqual(before);
      // Closer in: fewer years between the first and the last tick shown.
      const span = (labels: readonly string[]) =>
        Number(/\d{4}/.exec(labels.at(-1) ?? '')?.[0]) - Number(/\d{4}/.exec(labels[0] ?? '')?.[0]);
      expect(span(after)).toBeLessThan(span(before));
    });

    test(`${lang}, narrow: a tapped event's details come into view; picked by keyboard, focus stays`, async ({ page }) => {
      await openApp(page, { lang, size: 'narrow' });
      // Under the whole timeline, the details start below the first screen.
      await expect(page.locator('section[data-details]')).not.toBeInViewport();
      await marker(page, 'sco-founding-2001').tap();
      await expect(page.locator('[data-details-title]')).toHaveText(titleOf('sco-founding-2001', lang));
      await expect(page.locator('[data-details-title]')).toBeInViewport();

      await page.evaluate(() => window.scrollTo(0, 0));
      await marker(page, 'sco-founding-2001').focus();
      await page.keyboard.press('Escape');
      await page.keyboard.press('Enter');
      await expect(marker(page, 'sco-founding-2001')).toHaveAttribute('aria-pressed', 'true');
      await expect(marker(page, 'sco-founding-2001')).toBeFocused();
      await expect(marker(page, 'sco-founding-2001')).toBeInViewport();
    });
  }
});
