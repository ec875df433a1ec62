/**
 * The address bar as state: deep links, history, an unknown event, and the list view.
 */
import { expect, test } from '@playwright/test';
import { collectErrors, datelineAt, details, detailsTitle, marker, openApp, settle, surface, tickLabels, waitForApp, zoomIn } from './support/app';
import { titleOf, uiString } from './support/seed';

test.use({ actionTimeout: 10_000 });

const SUMMIT = 'sco-dushanbe-summit-2021';

test('a link with event= opens with that event selected and its details shown', async ({ page }) => {
  await openApp(page, { lang: 'en', event: SUMMIT });
  await expect(marker(page, SUMMIT)).toHaveAttribute('aria-pressed', 'true');
  await expect(surface(page).locator('[aria-pressed="true"]')).toHaveCount(1);
  await expect(detailsTitle(page)).toHaveText(titleOf(SUMMIT, 'en'));
  await expect(page.getByRole('region', { name: 'Details' })).toContainText(titleOf(SUMMIT, 'en'));
});

test('an Arabic link with tr= shows that translation beside the original, its phrase marked, and keeps it in the address', async ({
  page,
}) => {
  await openApp(page, { lang: 'ar', event: SUMMIT, tr: 'ru' });
  const panel = details(page);
  const quotes = panel.locator('blockquote');
  await expect(quotes.first()).toHaveAttribute('lang', 'ar');
  await expect(quotes.nth(1)).toHaveAttribute('lang', 'ru');
  await expect(quotes.nth(1).locator('mark')).toHaveText(/\p{Script=Cyrillic}/u);
  // Picking another changes the pair and the address, without adding a history entry.
  const entries = await page.evaluate(() => history.length);
  await page.getByRole('region', { name: 'المقال' }).getByRole('combobox').selectOption('zh');
  await expect(quotes.nth(1)).toHaveAttribute('lang', 'zh');
  expect(new URL(page.url()).searchParams.get('tr')).toBe('zh');
  expect(await page.evaluate(() => history.length)).toBe(entries);
});

test('a link to an event drawn inside a cluster at the full view zooms in until it is drawn, selected', async ({ page }) => {
  const id = 'xi-rahmon-phone-call-2021-09-07';
  await openApp(page, { lang: 'en', event: id });
  await expect(marker(page, id)).toHaveAttribute('aria-pressed', 'true');
  await expect(marker(page, id)).toBeInViewport();
  await expect(detailsTitle(page)).toHaveText(titleOf(id, 'en'));
});

test('a link with event= on a narrow screen shows that event selected on the upright timeline', async ({ page }) => {
  await openApp(page, { lang: 'en', event: SUMMIT, size: 'narrow' });
  await expect(marker(page, SUMMIT)).toHaveAttribute('aria-pressed', 'true');
  await expect(detailsTitle(page)).toHaveText(titleOf(SUMMIT, 'en'));
});

test('a link with sentence= on a narrow screen opens the article tab on that sentence; its events wait on the timeline', async ({
  page,
}) => {
  const sentence = 's12';
  // The timeline's tab is hidden, so its marks are not drawn yet: wait for the tabs, not for them.
  await openApp(page, { lang: 'ar', sentence, size: 'narrow', expect: 'none' });
  await expect(page.getByRole('tab', { name: uiString('ar', 'views', 'article'), exact: true })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  const chosen = page.locator(`li[data-sentence-id="${sentence}"] button.sentence`);
  await expect(chosen).toHaveAttribute('aria-pressed', 'true');
  await expect(chosen).toBeInViewport();
  await page.getByRole('tab', { name: uiString('ar', 'views', 'events'), exact: true }).click();
  await expect(surface(page).locator('[data-highlighted]').first()).toBeVisible();
});

test('a narrow deep link on a slow CPU (6× throttled) draws the event instead of crashing', async ({ page }) => {
  // Under load the deep link's zoom glides from an unmeasured size; a slowed CPU makes that happen every time.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  const errors = collectErrors(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/?lang=en&event=${SUMMIT}`);
  // Whichever comes first: the selected marker drawn, or the crash screen.
  await expect(page.getByRole('alert').or(marker(page, SUMMIT))).toBeVisible({ timeout: 20_000 });
  expect(errors, 'errors in the page').toEqual([]);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(marker(page, SUMMIT)).toHaveAttribute('aria-pressed', 'true');
  await expect(detailsTitle(page)).toHaveText(titleOf(SUMMIT, 'en'));
});

for (const lang of ['en', 'ar'] as const) {
  test(`${lang}: back and forward move between two selections`, async ({ page }) => {
    await openApp(page, { lang });
    const first = 'sco-founding-2001';
    const second = 'tajikistan-independence-1991';
    await marker(page, first).click();
    await expect(detailsTitle(page)).toHaveText(titleOf(first, lang));
    await marker(page, second).click();
    await expect(detailsTitle(page)).toHaveText(titleOf(second, lang));
    await expect(page).toHaveURL(new RegExp(`event=${second}`));

    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`event=${first}`));
    await expect(detailsTitle(page)).toHaveText(titleOf(first, lang));
    await expect(marker(page, first)).toHaveAttribute('aria-pressed', 'true');
    await expect(marker(page, second)).toHaveAttribute('aria-pressed', 'false');

    await page.goBack();
    await expect(page).not.toHaveURL(/event=/);
    await expect(detailsTitle(page)).toHaveCount(0);

    await page.goForward();
    await expect(detailsTitle(page)).toHaveText(titleOf(first, lang));
    await page.goForward();
    await expect(page).toHaveURL(new RegExp(`event=${second}`));
    await expect(detailsTitle(page)).toHaveText(titleOf(second, lang));
    await expect(marker(page, second)).toHaveAttribute('aria-pressed', 'true');
  });
}

for (const size of ['wide', 'narrow'] as const) {
  test(`ar, ${size}: a link to a relative date opens its details, with how the date was counted`, async ({ page }) => {
    const id = 'diplomatic-relations-30th-anniversary';
    await openApp(page, { lang: 'ar', event: id, size });
    await expect(detailsTitle(page)).toHaveText(titleOf(id, 'ar'));
    await expect(marker(page, id)).toHaveAttribute('aria-pressed', 'true');
    const panel = details(page);
    // «"العام المقبل" بالعدّ من تاريخ المقال، 7 سبتمبر 2021: 2021 + 1 = 2022»
    await expect(panel).toContainText('العام المقبل');
    await expect(panel).toContainText('7 سبتمبر 2021');
    await expect(panel).toContainText('2021 + 1 = 2022');
  });
}

test('an unknown event id shows a clear notice and the rest of the app works', async ({ page }) => {
  await openApp(page, { lang: 'en', event: 'no-such-event' });
  const notice = details(page).getByRole('status');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('no event “no-such-event”');
  await expect(surface(page).locator('[aria-pressed="true"]')).toHaveCount(0);

  const id = 'sco-founding-2001';
  await surface(page).getByRole('button', { name: new RegExp(`^${titleOf(id, 'en')}`) }).click();
  await expect(detailsTitle(page)).toHaveText(titleOf(id, 'en'));
  await expect(notice).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`event=${id}`));
});

test('view=list shows the events as a table, with the linked event as the current row', async ({ page }) => {
  await openApp(page, { lang: 'en', view: 'list', event: SUMMIT });
  const table = page.getByRole('table');
  await expect(table).toBeVisible();
  await expect(page.getByRole('button', { name: 'List', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(table.getByRole('columnheader')).toHaveText(['Date', 'Event', 'Category', 'How the date is known']);
  await expect(table.locator('tr[aria-current="true"]')).toHaveCount(1);
  await expect(table.locator('tr[aria-current="true"]')).toHaveAttribute('data-row-event-id', SUMMIT);
  await expect(table.locator('tr[aria-current="true"]')).toBeInViewport();
  await expect(detailsTitle(page)).toHaveText(titleOf(SUMMIT, 'en'));
});

test('choosing an event in the list selects it in the details, the URL and the timeline', async ({ page }) => {
  await openApp(page, { lang: 'en', view: 'list' });
  const table = page.getByRole('table');
  const id = 'sco-founding-2001';
  await table.getByRole('link', { name: titleOf(id, 'en'), exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`event=${id}`));
  await expect(page).toHaveURL(/view=list/);
  await expect(table.locator('tr[aria-current="true"]')).toHaveAttribute('data-row-event-id', id);
  await expect(detailsTitle(page)).toHaveText(titleOf(id, 'en'));

  // Back on the timeline, the same event is selected.
  await page.getByRole('button', { name: 'Timeline', exact: true }).click();
  await expect(marker(page, id)).toHaveAttribute('aria-pressed', 'true');
  await expect(page).not.toHaveURL(/view=list/);
  await expect(detailsTitle(page)).toHaveText(titleOf(id, 'en'));
});

test('the list with a selected event comes to rest instead of scrolling on every frame', async ({ page }) => {
  await openApp(page, { lang: 'en', view: 'list', event: SUMMIT });
  await expect(page.locator('tr[aria-current="true"]')).toBeVisible();
  // Give the list its chance to scroll the row into view, then watch it for 30 frames.
  const positions = await page.locator('[data-event-list]').evaluate(async (list) => {
    const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    for (let i = 0; i < 10; i++) await frame();
    const seen: number[] = [];
    for (let i = 0; i < 30; i++) {
      await frame();
      seen.push(list.scrollTop);
    }
    return seen;
  });
  expect(new Set(positions).size, `scrollTop over 30 frames: ${positions.join(', ')}`).toBe(1);
});

test.describe('the timeline’s window in the address', () => {
  const WINDOW = /[?&]from=\d{4}-\d{2}-\d{2}(T\d{2})?&to=\d{4}-\d{2}-\d{2}(T\d{2})?(&|$)/;

  test('a view of a few days opens to the hour it was shared at, and goes back into the address so', async ({
    page,
  }) => {
    // The line stands at the middle of 7 September: 41 of the 106 hours from 5 September 19:00
    // to the end of 10 September's 04:00 hour (days alone would have put it at 2½ of 6 days).
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/?lang=en&from=2021-09-05T19&to=2021-09-10T04');
    await waitForApp(page, { lang: 'en' });
    expect((await datelineAt(page)).share).toBeCloseTo(41 / 106, 2);

    // Zoomed in further, the address names hours again, and the link opens the same view.
    await zoomIn(page, 'en');
    await expect(page).not.toHaveURL(/from=2021-09-05T19&/);
    await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}T\d{2}&to=\d{4}-\d{2}-\d{2}T\d{2}/);
    const zoomed = (await datelineAt(page)).share;
    await page.goto(page.url());
    await waitForApp(page, { lang: 'en' });
    expect(Math.abs((await datelineAt(page)).share - zoomed)).toBeLessThan(0.01);
  });

  test('a zoomed view is in the address, and the copied link opens the same view', async ({ page }) => {
    await openApp(page, { lang: 'en' });
    await expect(page).not.toHaveURL(/from=/);
    await zoomIn(page, 'en');
    await expect(page).toHaveURL(WINDOW);
    const once = page.url();
    await zoomIn(page, 'en');
    // The address follows once the second zoom has come to rest.
    await expect(page).not.toHaveURL(once);
    await expect(page).toHaveURL(WINDOW);
    const ticks = await tickLabels(page);

    // The copied link, opened afresh.
    await page.goto(page.url());
    await waitForApp(page, { lang: 'en' });
    expect(await tickLabels(page)).toEqual(ticks);

    await page.getByRole('button', { name: 'Show all', exact: true }).click();
    await settle(page);
    await expect(page).not.toHaveURL(/from=/);
  });

  test('a link with an event and a window shows the window as it was shared, the event selected', async ({ page }) => {
    // The summit (2021) lies outside 1995–2005: the link's view wins over bringing it into view.
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`/?lang=ar&event=${SUMMIT}&from=1995-01-01&to=2005-12-31`);
    await waitForApp(page, { lang: 'ar' });
    await expect(detailsTitle(page)).toHaveText(titleOf(SUMMIT, 'ar'));
    const years = (await tickLabels(page)).map(Number);
    expect(Math.min(...years)).toBeGreaterThanOrEqual(1995);
    expect(Math.max(...years)).toBeLessThanOrEqual(2006);
    await expect(page).toHaveURL(/from=1995-01-01&to=2005-12-31/);

    // Choosing another event brings that one into view as usual.
    await marker(page, 'sco-founding-2001').click();
    await expect(detailsTitle(page)).toHaveText(titleOf('sco-founding-2001', 'ar'));
  });

  test('the list and back to the timeline keeps the zoomed view, even when left at once', async ({ page }) => {
    await openApp(page, { lang: 'en' });
    await zoomIn(page, 'en');
    await zoomIn(page, 'en');
    const ticks = await tickLabels(page);
    // Straight to the list, before the window has been still long enough to go into the address.
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await expect(page).toHaveURL(WINDOW);
    await expect(page.locator('[data-event-list] table')).toBeVisible();
    await page.getByRole('button', { name: 'Timeline', exact: true }).click();
    await settle(page);
    expect(await tickLabels(page)).toEqual(ticks);
  });
});
