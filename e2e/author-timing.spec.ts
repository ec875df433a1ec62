/**
 * The authoring view's typing speed with hundreds of proposals, in a file of its own: the
 * timing project runs after every other browser test, so a timing inside author.spec.ts
 * would make a run of that file run them all.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { SIZES } from './support/app';
import { ROOT } from './support/seed';

// A timing (run alone, after the other tests): with every text of the gold set at once, some
// 300 proposals, a key typed in the Arabic text must not re-render every card (it took ~200 ms).
test('typing in the text stays quick with hundreds of proposals', { tag: '@timing' }, async ({ page }) => {
  const texts = path.join(ROOT, 'eval', 'texts');
  const all = readdirSync(texts)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(path.join(texts, name), 'utf8').trim())
    .join('\n');
  await page.setViewportSize(SIZES.wide);
  await page.goto('/?lang=en&mode=author');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const text = page.getByLabel('Arabic text');
  await text.fill(all);
  await page.getByLabel('Article date').fill('2023-01-01');
  await page.getByRole('button', { name: 'Find dates' }).click();
  await expect(page.locator('.proposal').nth(200)).toBeAttached();
  await text.focus();
  const samples: number[] = [];
  for (let i = 0; i < 15; i++) {
    const t0 = await page.evaluate(() => performance.now());
    await page.keyboard.press('KeyA');
    // After the frame that shows the key: a message posted from requestAnimationFrame runs after paint.
    const t1 = await page.evaluate(
      () =>
        new Promise<number>((resolve) =>
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve(performance.now());
            channel.port2.postMessage(null);
          }),
        ),
    );
    samples.push(t1 - t0);
  }
  samples.sort((a, b) => a - b);
  expect(samples[Math.floor(samples.length / 2)]).toBeLessThan(60);
});
