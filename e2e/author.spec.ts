/**
 * The authoring view in a real browser: paste the seed article's Arabic text, keep every
 * proposal, name three of them, download the bundle, and read that file in the reading view;
 * the work in progress survives a reload; and axe finds nothing wrong in either direction.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { fontsReady, SIZES, type Lang, type SizeName } from './support/app';
import { expectNoAxeViolations } from './support/axe';
import { ROOT } from './support/seed';

test.use({ actionTimeout: 10_000 });

const SOURCE = readFileSync(path.join(ROOT, 'src', 'data', 'source', '000_d9a0021cd5b0ad22.txt'), 'utf8');
const DATELINE = '2021-09-07';

const TITLES = {
  call: 'Xi Jinping and Emomali Rahmon speak by phone',
  relations: '30th anniversary of China–Tajikistan diplomatic relations',
  independence: '30th anniversary of Tajikistan’s independence',
} as const;

async function openAuthoring(page: Page, lang: Lang = 'en', size: SizeName = 'wide') {
  await page.setViewportSize(SIZES[size]);
  await page.goto(`/?lang=${lang}&mode=author`);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

/** Pastes the seed article, dates it and finds its dates (labels in the language given). */
async function findDates(page: Page, labels = { text: 'Arabic text', date: 'Article date', find: 'Find dates' }) {
  await page.getByLabel(labels.text).fill(SOURCE);
  await page.getByLabel(labels.date).fill(DATELINE);
  await page.getByRole('button', { name: labels.find }).click();
  await expect(page.locator('.proposal')).toHaveCount(5);
}

/** The authoring view's status line (the header has a live region of its own). */
const status = (page: Page) => page.locator('.author-status');
const proposal = (page: Page, title: string) => page.getByRole('article', { name: title, exact: true });

async function retitle(page: Page, from: string, to: string) {
  const card = proposal(page, from);
  await card.getByText('Edit', { exact: true }).click();
  await card.getByLabel('Title in English').fill(to);
  await expect(proposal(page, to)).toBeVisible();
}

test('an article written here downloads as a bundle that the reading view opens', async ({ page }) => {
  await openAuthoring(page);
  await findDates(page);
  await expect(status(page)).toHaveText('5 events proposed. Review them below.');

  // Every proposal is kept.
  const keep = page.locator('.proposals').getByRole('checkbox', { name: 'Keep' });
  await expect(keep).toHaveCount(5);
  for (const box of await keep.all()) await expect(box).toBeChecked();

  await retitle(page, '7 September 2021 (sentence 1)', TITLES.call);
  await retitle(page, '30th anniversary (sentence 2): 2022', TITLES.relations);
  await retitle(page, '30th anniversary (sentence 3): 2021', TITLES.independence);
  await expect(page.getByText('Kept: 5 of 5')).toBeVisible();
  await expect(page.locator('.author-preview [data-zoom-surface]')).toBeVisible();

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download bundle' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('zaman-2021-09-07.bundle.json');
  const body = readFileSync(await download.path(), 'utf8');
  await expect(status(page)).toHaveText('The bundle was downloaded.');

  // The work in progress is still there after a reload, edits included.
  await page.reload();
  await expect(page.getByLabel('Arabic text')).toHaveValue(SOURCE);
  await expect(page.getByLabel('Article date')).toHaveValue(DATELINE);
  await expect(proposal(page, TITLES.relations)).toBeVisible();
  await expect(status(page)).toHaveText('Your work in progress is back, as you left it.');

  await page.route('**/authored.bundle.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
  // The list view: with titles this long, the call and the two anniversaries of 2021 may cluster on the timeline.
  await page.goto('/?lang=en&bundle=/authored.bundle.json&view=list');
  await expect(page.locator('[data-event-list] table')).toBeVisible();
  await expect(page.getByRole('row', { name: `7 September 2021 ${TITLES.call}` })).toBeVisible();
  await expect(page.getByRole('row', { name: `2022 ${TITLES.relations}` })).toBeVisible();
  await expect(page.getByRole('row', { name: `2021 ${TITLES.independence}` })).toBeVisible();

  // The anniversary keeps the relation the proposals set: its origin, 30 years before, one
  // link away in the details, and a bracket labelled "30 years" on the timeline.
  await page.getByRole('link', { name: TITLES.relations }).click();
  const details = page.locator('section[data-details]');
  await expect(details.locator('[data-details-title]')).toHaveText(TITLES.relations);
  await expect(details).toContainText('2022');
  await expect(details.getByRole('link', { name: /Origin of the 30th anniversary/ })).toBeVisible();
  await page.getByRole('button', { name: 'Timeline', exact: true }).click();
  await expect(page.locator('[data-zoom-surface] .tl-pill', { hasText: '30 years' }).first()).toBeVisible();
});

test('on a phone, one link leads past the proposals and the marked text to the preview and export', async ({ page }) => {
  await openAuthoring(page, 'en', 'narrow');
  await findDates(page);
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview).not.toBeInViewport();
  await page.getByRole('link', { name: 'Go to the preview and export' }).click();
  await expect(preview).toBeInViewport();
  await expect(preview).toBeFocused();
  await page.keyboard.press('Tab');
  // From there, the keyboard goes on into the preview and the export, not back to the top.
  expect(await page.evaluate(() => document.activeElement?.closest('.author-side') !== null)).toBe(true);
});

test('side by side, the link to the preview is not there: the preview is in view', async ({ page }) => {
  await openAuthoring(page, 'en', 'wide');
  await findDates(page);
  await expect(page.getByRole('link', { name: 'Go to the preview and export' })).toBeHidden();
  await expect(page.getByRole('region', { name: 'Preview' })).toBeInViewport();
});

test('"Open in Zaman" reads the article at once', async ({ page }) => {
  await openAuthoring(page);
  await findDates(page);
  await page.getByRole('button', { name: 'Open in Zaman' }).click();
  await expect(page.locator('.workspace')).toBeVisible();
  await expect(page.getByText('Made in “New article”.', { exact: false })).toBeVisible();
  await expect(page.getByText('zaman-2021-09-07.bundle.json', { exact: false })).toHaveCount(0);
});

test('the preview fits every event again when the dates are found for another text, or a date moves', async ({ page }) => {
  await openAuthoring(page);
  const preview = page.locator('.author-preview');
  const edges = preview.locator('.tl-edge:not([data-count="0"])');
  await page.getByLabel('Arabic text').fill('القمة في 5 مارس 2022');
  await page.getByLabel('Article date').fill('2022-04-01');
  await page.getByRole('button', { name: 'Find dates' }).click();
  await expect(preview.locator('button[data-event-id]')).toHaveCount(1);
  await expect(edges).toHaveCount(0);

  await findDates(page);
  await expect(preview.locator('button[data-event-id]')).toHaveCount(5);
  await expect(edges).toHaveCount(0);

  // A date moved years away from the others is shown too, not counted at the edge.
  const first = proposal(page, '7 September 2021 (sentence 1)');
  await first.getByText('Edit', { exact: true }).click();
  await first.getByLabel('Start').fill('2031-09-07');
  await expect(proposal(page, '7 September 2031 (sentence 1)')).toBeVisible();
  await expect(preview.locator('button[data-event-id]')).toHaveCount(5);
  await expect(edges).toHaveCount(0);
});

test('in Chinese, proposals are titled in Chinese, and «اليوم التالي» opens counted from the day before it', async ({
  page,
}) => {
  await openAuthoring(page, 'zh');
  await page.getByLabel('阿拉伯语原文').fill(
    ['وفد في القاهرة', 'وصل الوفد إلى القاهرة في 12 مارس 2021، وعقد اجتماعا مع الوزير في اليوم التالي.'].join('\n'),
  );
  await page.getByLabel('文章日期').fill(DATELINE);
  await page.getByRole('button', { name: '查找日期' }).click();
  const arrival = '2021年3月12日（第1句）';
  const meeting = '2021年3月13日（第1句）';
  await expect(proposal(page, arrival)).toBeVisible();
  await expect(proposal(page, meeting)).toContainText('晚于前文所写日期（2021年3月12日）：2021年3月13日。');

  await page.getByRole('button', { name: '在 Zaman 中打开' }).click();
  await expect(page.locator('.workspace')).toBeVisible();
  await page.locator(`[data-zoom-surface] button[data-event-id]`, { hasText: '3月13日' }).click();
  const details = page.locator('section[data-details]');
  await expect(details.locator('[data-details-title]')).toHaveText(meeting);
  // Counted from the arrival, an event of the article, not from the article's date.
  await expect(details).toContainText(`从${arrival}（2021年3月12日）起算`);
});

test('by keyboard, each view change starts at the top of the new view, with focus in it', async ({ page }) => {
  await page.setViewportSize(SIZES.wide);
  await page.goto('/?lang=en');
  await expect(page.locator('.workspace')).toBeVisible();
  const main = page.locator('main#main');
  const scrollY = () => page.evaluate(() => window.scrollY);

  // "New article…" leaves the header when pressed; focus goes on from the main region, not the page's start.
  await page.getByRole('button', { name: 'New article…' }).focus();
  await page.keyboard.press('Enter');
  await expect(main.getByRole('heading', { name: 'New article' })).toBeVisible();
  await expect(main).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Back to reading' })).toBeFocused();

  // "Open in Zaman" sits far down the long authoring page.
  await findDates(page);
  const open = page.getByRole('button', { name: 'Open in Zaman' });
  await open.focus();
  expect(await scrollY(), 'the button is below the first screen').toBeGreaterThan(0);
  await page.keyboard.press('Enter');
  await expect(page.locator('.workspace')).toBeVisible();
  await expect(main).toBeFocused();
  expect(await scrollY(), 'the article opens at its top').toBe(0);
  await expect(page.getByRole('banner')).toBeInViewport();

  // The skip link leads into the main region in the authoring view as in the reading view.
  for (const [url, ready, firstInside] of [
    ['/?lang=en&mode=author', main.getByRole('heading', { name: 'New article' }), page.getByRole('button', { name: 'Back to reading' })],
    ['/?lang=en', page.locator('.workspace'), main.getByRole('button', { name: 'Timeline', exact: true })],
  ] as const) {
    await page.goto(url);
    await expect(ready).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to the main content' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(main).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(firstInside, `the first Tab stop after the skip link on ${url}`).toBeFocused();
  }
});

const AXE_CASES: readonly { lang: Lang; size: SizeName; dark?: boolean }[] = [
  { lang: 'en', size: 'wide' },
  { lang: 'en', size: 'narrow' },
  { lang: 'ar', size: 'wide' },
  { lang: 'ar', size: 'narrow' },
  { lang: 'en', size: 'wide', dark: true },
];

for (const { lang, size, dark } of AXE_CASES) {
  test(`no axe violations in the authoring view: ${lang}, ${size}${dark ? ', dark' : ''}`, async ({ page }) => {
    if (dark) await page.emulateMedia({ colorScheme: 'dark' });
    await openAuthoring(page, lang, size);
    await expectNoAxeViolations(page, `authoring, empty, ${lang} ${size}`);
    const labels =
      lang === 'ar'
        ? { text: 'النص العربي', date: 'تاريخ المقال', find: 'البحث عن التواريخ' }
        : { text: 'Arabic text', date: 'Article date', find: 'Find dates' };
    await findDates(page, labels);
    // An open edit form, a changed link, a date that is not one (so the preview lists problems)
    // and the start-over question are part of what is checked.
    const first = page.locator('.proposal').first();
    await first.locator('summary').click();
    await page.locator('.proposal-link select').first().selectOption({ index: 1 });
    await first.locator('.author-iso-date').first().fill('2021-13');
    await expect(page.locator('.author-problems')).toBeVisible();
    await page.locator('.author-header button').nth(1).click();
    await expect(page.locator('.author-confirm')).toBeVisible();
    await fontsReady(page);
    await expectNoAxeViolations(page, `authoring, proposals, ${lang} ${size}`);
  });
}
