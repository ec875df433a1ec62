/**
 * The header on a phone: the name, the languages and the article's title stay in view,
 * the secondary actions fold behind one button that opens and closes by touch or keyboard.
 */
import { expect, test } from '@playwright/test';
import { openApp } from './support/app';
import { expectNoAxeViolations } from './support/axe';

for (const { lang, more, copy } of [
  { lang: 'en', more: 'More', copy: 'Copy link' },
  { lang: 'ar', more: 'المزيد', copy: 'نسخ الرابط' },
] as const) {
  test(`${lang}, narrow: the actions fold behind "${more}" and the header stays short`, async ({ page }) => {
    await openApp(page, { lang, size: 'narrow' });
    const header = page.locator('header.app-header');
    const toggle = header.getByRole('button', { name: more });
    const copyLink = header.getByRole('button', { name: copy });
    await expect(header.locator('[data-language-switcher]')).toBeVisible();
    await expect(copyLink).toBeHidden();
    const closed = await header.boundingBox();
    // A sixth of an 844 px phone screen at most, so the timeline starts high up.
    expect(closed?.height).toBeLessThanOrEqual(844 / 6);

    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(copyLink).toBeVisible();
    await expectNoAxeViolations(page, `${lang} narrow, actions unfolded`);
    await copyLink.focus();
    await page.keyboard.press('Escape');
    await expect(copyLink).toBeHidden();
    await expect(toggle).toBeFocused();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });
}

test('wide: every action is in the header and there is nothing to unfold', async ({ page }) => {
  await openApp(page, { lang: 'en', size: 'wide' });
  const header = page.locator('header.app-header');
  await expect(header.getByRole('button', { name: 'More' })).toBeHidden();
  await expect(header.getByRole('button', { name: 'Copy link' })).toBeVisible();
  await expect(header.getByRole('button', { name: 'Open a bundle…' })).toBeVisible();
});
