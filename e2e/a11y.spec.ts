/**
 * axe-core (WCAG 2.2 AA rule set) on every language × width × selection, the list
 * view, the error screen, dark mode and reduced motion: no violations.
 */
import { test } from '@playwright/test';
import { openApp, LANGS, type SizeName } from './support/app';
import { expectNoAxeViolations } from './support/axe';
import { bundleCopy, SHORT_PATH } from './support/seed';

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

test.describe('dark colour scheme', () => {
  test.use({ colorScheme: 'dark' });
  test('no axe violations: dark, English, event selected', async ({ page }) => {
    await openApp(page, { lang: 'en', event: EVENT });
    await expectNoAxeViolations(page, 'dark');
  });
});

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('no axe violations: reduced motion, Arabic, event selected', async ({ page }) => {
    await openApp(page, { lang: 'ar', event: EVENT });
    await expectNoAxeViolations(page, 'reduced motion');
  });
});
