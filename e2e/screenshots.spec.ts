/**
 * Screenshots for people to look at (artifacts/ is not committed): English and Arabic,
 * wide and narrow, Chinese and Russian wide, each with an event selected, full page,
 * taken once the web fonts have loaded and the timeline has settled.
 */
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { detailsTitle, fontsReady, openApp, settle, type Lang, type SizeName } from './support/app';
import { ROOT, titleOf } from './support/seed';

const EVENT = 'sco-dushanbe-summit-2021';
const SHOTS: readonly { lang: Lang; size: SizeName }[] = [
  { lang: 'en', size: 'wide' },
  { lang: 'en', size: 'narrow' },
  { lang: 'ar', size: 'wide' },
  { lang: 'ar', size: 'narrow' },
  { lang: 'zh', size: 'wide' },
  { lang: 'ru', size: 'wide' },
];

for (const { lang, size } of SHOTS) {
  test(`screenshot ${lang}-${size}.png`, async ({ page }) => {
    await openApp(page, { lang, size, event: EVENT });
    await expect(detailsTitle(page)).toHaveText(titleOf(EVENT, lang));
    await fontsReady(page);
    expect(await page.evaluate(() => document.fonts.status)).toBe('loaded');
    await settle(page);
    await page.screenshot({
      path: path.join(ROOT, 'artifacts', 'screenshots', `${lang}-${size}.png`),
      fullPage: true,
      animations: 'disabled',
    });
  });
}
