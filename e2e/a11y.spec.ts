/**
 * axe-core (WCAG 2.2 AA rule set) on every language × width × selection, the list
 * view, the error screen, dark mode and reduced motion: no violations.
 */
import { expect, test } from '@playwright/test';
import { openApp, LANGS, settle, type SizeName } from './support/app';
import { expectNoAxeViolations } from './support/axe';
import { bundleCopy, SHORT_PATH } from './support/seed';
import { generateBundle } from '../bench/synthetic';

test.use({ actionTimeout: 10_000 });

const EVENT = 'sco-dushanbe-summit-2021';
const SIZES: readonly SizeName[] = ['wide', 'narrow'];

for (const lang of LANGS) {
  for (const size of SIZES) {
    for (const selected of [false, true]) {
      const label = `${lang}, ${size}, ${selected ? 'event selected' : 'nothing selected'}`;
      test(`no axe violations: ${label}`, async ({ page }) => {
        await openApp(page, { lang, size, ...(selected ? { event: EVENT } : {}) });
        await expectNoAxeViolations(page, label);
      });
    }
  }
}

test('no axe violations: the list view', async ({ page }) => {
  await openApp(page, { lang: 'en', view: 'list', event: EVENT });
  await expectNoAxeViolations(page, 'list view');
});

test('no axe violations: the timeline’s key, open, Arabic, narrow', async ({ page }) => {
  await openApp(page, { lang: 'ar', size: 'narrow' });
  await page.getByText('كيف تقرأ الخط الزمني').click();
  await expect(page.locator('.tl-key')).toHaveAttribute('open', '');
  await expectNoAxeViolations(page, 'key open');
});

// Narrow, the list's rows are laid out one entry per event: still a table to assistive technology.
test('no axe violations: the list view, Arabic, narrow', async ({ page }) => {
  await openApp(page, { lang: 'ar', size: 'narrow', view: 'list', event: EVENT });
  await expectNoAxeViolations(page, 'list view, narrow');
  await expect(page.getByRole('table')).toBeVisible();
  await expect(page.getByRole('columnheader')).toHaveCount(4);
  expect(await page.getByRole('row').count()).toBeGreaterThan(10);
});

test('no axe violations: the error screen', async ({ page }) => {
  const broken = bundleCopy(SHORT_PATH);
  const first = broken.events[0];
  if (first) first['category'] = 'festival';
  await page.route('**/broken.bundle.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(broken) }),
  );
  await openApp(page, { lang: 'en', bundle: '/broken.bundle.json', expect: 'error' });
  await expectNoAxeViolations(page, 'error screen');
});

/** Relative luminance (WCAG) of a computed CSS colour, rgb() or rgba(). */
function luminance(color: string): number {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((part) => {
    const c = Number(part) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

test.describe('dark colour scheme', () => {
  test.use({ colorScheme: 'dark' });
  test('no axe violations: dark, English, event selected', async ({ page }) => {
    await openApp(page, { lang: 'en', event: EVENT });
    await expectNoAxeViolations(page, 'dark');
  });

  test('the page, its panels and the timeline turn dark, with light text', async ({ page }) => {
    await openApp(page, { lang: 'en', event: EVENT });
    const colours = await page.evaluate(() =>
      ['body', 'section[data-details]', '[data-zoom-surface]', '.reader'].map((selector) => {
        const element = document.querySelector(selector);
        if (!element) return { selector, background: '', color: '' };
        // The first ancestor with a ground of its own gives the colour behind the element.
        let ground: Element | null = element;
        let background = 'rgba(0, 0, 0, 0)';
        while (ground && /rgba\(0, 0, 0, 0\)|transparent/.test(background)) {
          background = getComputedStyle(ground).backgroundColor;
          ground = ground.parentElement;
        }
        return { selector, background, color: getComputedStyle(element).color };
      }),
    );
    for (const { selector, background, color } of colours) {
      expect(background, `${selector} is on the page`).not.toBe('');
      expect(luminance(background), `${selector}: ground ${background}`).toBeLessThan(0.05);
      expect(luminance(color), `${selector}: text ${color}`).toBeGreaterThan(0.5);
    }
  });
});

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('no axe violations: reduced motion, Arabic, event selected', async ({ page }) => {
    await openApp(page, { lang: 'ar', event: EVENT });
    await expectNoAxeViolations(page, 'reduced motion');
  });

  test('a zoom lands at once, without gliding', async ({ page }) => {
    await openApp(page, { lang: 'en' });
    await settle(page);
    const ticks = () => page.locator('[data-zoom-surface] .tl-tick').evaluateAll((items) =>
      items.map((item) => `${item.textContent ?? ''}@${item.getBoundingClientRect().x.toFixed(1)}`).join('|'),
    );
    const before = await ticks();
    await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    // Two frames after the click the ticks are where they stay (a glide takes 280 ms).
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const landed = await ticks();
    expect(landed).not.toBe(before);
    await page.waitForTimeout(400);
    expect(await ticks()).toBe(landed);
  });
});

/** 10,000 events: tinted density bins (wide) and the column's bins with shaded tracks (narrow), in both themes. */
test.describe('a bundle of 10,000 events', () => {
  const body = JSON.stringify(generateBundle(10_000));
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const size of SIZES) {
      test(`no axe violations: ${colorScheme}, ${size}, density bins`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.route('**/many.bundle.json', (route) =>
          route.fulfill({ status: 200, contentType: 'application/json', body }),
        );
        await openApp(page, { lang: 'en', size, bundle: '/many.bundle.json' });
        await page.locator('[data-cluster-count]').first().waitFor();
        await expectNoAxeViolations(page, `10,000 events, ${colorScheme}, ${size}`);
      });
    }
  }
});
