/**
 * What a reader on a slow connection sees first: the page paints the product's mark before
 * any script has run, and an interface in another language than Arabic does not hold its
 * first view for the Arabic web font, which loads in idle time once the timeline is drawn.
 */
import { expect, test } from '@playwright/test';
import { fontsReady, openApp } from './support/app';

test('the product mark is on screen before any script runs', async ({ page }) => {
  await page.route('**/*.js', (route) => route.abort());
  await page.goto('/');
  await expect(page.locator('#root .boot-mark')).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page says it needs JavaScript instead of showing a mark that never stops loading', async ({ page }) => {
    await page.goto('/');
    // (Playwright's text matching skips what is inside <noscript>, so the text is read directly.)
    const message = page.locator('p.noscript');
    await expect(message).toBeVisible();
    expect(await message.evaluate((p) => p.textContent)).toBe('Zaman needs JavaScript to draw the timeline.');
    await expect(page.locator('#root .boot-mark')).toBeHidden();
  });
});

test('an English first view on a narrow screen fetches the Arabic font only after the timeline is drawn and painted', async ({
  page,
}) => {
  await openApp(page, { lang: 'en', size: 'narrow' });
  // The warm-up waits for idle time after the drawing; both weights then arrive, of the
  // Arabic letters and of the face's own digits.
  await expect
    .poll(() =>
      page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .filter((e) => /noto-naskh-arabic.*\.woff2$/.test(e.name))
          .map((e) => /noto-naskh-arabic-(arabic|latin)-(400|700)/.exec(e.name)?.slice(1).join(' '))
          .sort(),
      ),
    )
    .toEqual(['arabic 400', 'arabic 700', 'latin 400', 'latin 700']);
  const { drawn, fonts } = await page.evaluate(() => ({
    drawn: performance.getEntriesByName('timeline-drawn')[0]?.startTime ?? Number.NaN,
    fonts: performance
      .getEntriesByType('resource')
      .filter((e) => /noto-naskh-arabic.*\.woff2$/.test(e.name))
      .map((e) => e.startTime),
  }));
  // The first view's largest paint (its title) is on screen before the font is asked for, so
  // no measure of that paint counts the font as something it waited for.
  const largestPaint = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => resolve(list.getEntries().at(-1)?.startTime ?? Number.NaN)).observe({
          type: 'largest-contentful-paint',
          buffered: true,
        });
      }),
  );
  expect(drawn).toBeGreaterThan(0);
  for (const start of fonts) expect(start).toBeGreaterThan(Math.max(drawn, largestPaint));
  // The header's mark is drawn, not typeset, so it is there without the font.
  await expect(page.getByRole('banner').locator('.brand-mark')).toBeVisible();
});

test('the embedded article is asked for with the page, once, before the app’s code has run', async ({ page }) => {
  await openApp(page, { lang: 'en' });
  const { article, app } = await page.evaluate(() => {
    const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    return {
      article: entries.filter((e) => /\/assets\/seed\.bundle-[^/]*\.json$/.test(e.name)).map((e) => e.startTime),
      app: entries.find((e) => /\/assets\/index-[^/]*\.js$/.test(e.name))?.responseEnd ?? Number.NaN,
    };
  });
  // One request (the preload is the one the app uses), started before the app's script was in.
  expect(article).toHaveLength(1);
  expect(article[0]).toBeLessThan(app);
});

test('the header’s chrome is set in the system’s fonts, not the article’s web font', async ({ page }) => {
  await openApp(page, { lang: 'en' });
  const families = await page
    .locator('[data-language-switcher] button')
    .evaluateAll((buttons) => buttons.map((button) => getComputedStyle(button).fontFamily));
  expect(families.length).toBe(4);
  for (const family of families) expect(family).not.toMatch(/Noto Naskh Arabic/);
});

test('the Arabic interface names the product by its mark', async ({ page }) => {
  await openApp(page, { lang: 'ar', size: 'narrow' });
  await expect(page.getByRole('banner').getByRole('img', { name: 'زمان' })).toBeVisible();
});

test('digits inside the Arabic text are set in the Naskh face, as its letters are', async ({ page }) => {
  await openApp(page, { lang: 'en', event: 'diplomatic-relations-30th-anniversary' });
  await fontsReady(page);
  // The evidence phrase «العام المقبل يصادف الذكرى الـ30 …» holds Western digits.
  const phrase = page.locator('[lang="ar"] mark', { hasText: /\d/ }).first();
  await expect(phrase).toBeVisible();
  await phrase.evaluate((element) => element.setAttribute('data-font-probe', ''));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '[data-font-probe]' });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  expect(fonts.map((font) => font.familyName)).toEqual(['Noto Naskh Arabic']);
});
