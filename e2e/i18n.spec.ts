/**
 * The four interface languages: document language and direction, switching back
 * and forth without losing the view, loading one language's strings at a time,
 * and the Hijri calendar option.
 */
import { expect, test, type Page } from '@playwright/test';
import {
  detailsTitle,
  marker,
  markCentre,
  openApp,
  settle,
  surface,
  tickLabels,
  waitForApp,
  zoomIn,
  LANGS,
  type Lang,
} from './support/app';
import { readLocale, seed, titleOf, uiString } from './support/seed';

test.use({ actionTimeout: 10_000 });

const ENDONYM: Record<Lang, string> = { ar: 'العربية', en: 'English', zh: '中文', ru: 'Русский' };
const LOCALE_CHUNK = /\/assets\/(ar|en|zh|ru)-[^/]*\.js$/;

const switcherButton = (page: Page, lang: Lang) =>
  page
    .locator('[data-language-switcher]')
    .getByRole('button', { name: ENDONYM[lang], exact: true });

async function centreX(page: Page, selector: string): Promise<number> {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} has no box`);
  return box.x + box.width / 2;
}

/** The years of the first and last axis ticks, read from their labels (language-independent). */
async function tickYears(page: Page): Promise<[number, number]> {
  const labels = await tickLabels(page);
  const year = (label: string | undefined) => Number(/\d{4}/.exec(label ?? '')?.[0] ?? NaN);
  return [year(labels[0]), year(labels.at(-1))];
}

for (const lang of LANGS) {
  test(`?lang=${lang} sets html lang and dir and shows the interface in ${lang}`, async ({
    page,
  }) => {
    await openApp(page, { lang });
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
    await expect(
      page.getByRole('heading', {
        level: 2,
        name: uiString(lang, 'timeline', 'heading'),
        exact: true,
      }),
    ).toBeVisible();
    await expect(
      page.getByRole('button', { name: uiString(lang, 'header', 'openBundle'), exact: true }),
    ).toBeVisible();
    await expect(switcherButton(page, lang)).toHaveAttribute('aria-pressed', 'true');
  });
}

test('switching English → Arabic → English flips direction, header and timeline, and keeps the selection', async ({
  page,
}) => {
  const id = 'sco-founding-2001';
  await openApp(page, { lang: 'en', event: id });

  const check = async (lang: 'en' | 'ar') => {
    const rtl = lang === 'ar';
    await expect(page.locator('html')).toHaveAttribute('dir', rtl ? 'rtl' : 'ltr');
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page).toHaveURL(new RegExp(`[?&]lang=${lang}(&|$)`));
    await expect(page).toHaveURL(new RegExp(`[?&]event=${id}(&|$)`));
    await expect(switcherButton(page, lang)).toHaveAttribute('aria-pressed', 'true');
    await settle(page);
    // The switcher sits at the end of the header: right in English, left in Arabic.
    const switcher = await centreX(page, '[data-language-switcher]');
    const brand = await centreX(page, '.brand');
    if (rtl) expect(switcher, 'switcher left of the brand').toBeLessThan(brand);
    else expect(switcher, 'switcher right of the brand').toBeGreaterThan(brand);
    // Time runs with the reading direction.
    const earliest = await markCentre(page, 'tajikistan-independence-1991');
    const latest = await markCentre(page, 'diplomatic-relations-30th-anniversary');
    if (rtl) expect(earliest.x).toBeGreaterThan(latest.x);
    else expect(earliest.x).toBeLessThan(latest.x);
    // The selection survives, named in the new language.
    await expect(marker(page, id)).toHaveAttribute('aria-pressed', 'true');
    await expect(detailsTitle(page)).toHaveText(titleOf(id, lang));
  };

  await check('en');
  await switcherButton(page, 'ar').click();
  await check('ar');
  await switcherButton(page, 'en').click();
  await check('en');
});

test('switching language shows the evidence in the new language and keeps the article where it was scrolled', async ({
  page,
}) => {
  const id = 'diplomatic-relations-30th-anniversary';
  const evidence = seed.events.find((event) => event.id === id)?.evidence[0];
  if (!evidence) throw new Error(`${id} has no evidence`);
  await openApp(page, { lang: 'en', event: id });
  const translation = page.locator('section[data-details] blockquote.evidence-translation').first();
  await expect(translation).toHaveAttribute('lang', 'en');
  await expect(translation.locator('mark').first()).toHaveText(evidence.translations?.['en'] ?? '');

  const reader = page.locator('.workspace-reader');
  await reader.evaluate((element) => element.scrollTo({ top: 600 }));
  const scrolled = await reader.evaluate((element) => element.scrollTop);
  expect(scrolled).toBeGreaterThan(300);

  await switcherButton(page, 'ru').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(translation).toHaveAttribute('lang', 'ru');
  await expect(translation.locator('mark').first()).toHaveText(evidence.translations?.['ru'] ?? '');
  // The same sentences stand in view: the reader's scroll survives the switch (give or take
  // the few pixels the Russian translation's line breaks move it).
  expect(Math.abs((await reader.evaluate((element) => element.scrollTop)) - scrolled)).toBeLessThan(150);
});

test('switching language keeps the visible time window', async ({ page }) => {
  await openApp(page, { lang: 'en' });
  await zoomIn(page, 'en');
  await zoomIn(page, 'en');
  // Pan a little towards later dates, so the window is neither the default nor centred.
  await surface(page)
    .getByRole('slider', { name: uiString('en', 'timeline', 'axis') })
    .focus();
  await page.keyboard.press('ArrowRight');
  await settle(page);
  const before = await tickYears(page);
  expect(before.every(Number.isFinite), `tick years ${before.join('–')}`).toBe(true);

  await switcherButton(page, 'ar').click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await settle(page);
  expect(await tickYears(page), 'first and last tick in Arabic').toEqual(before);

  await switcherButton(page, 'en').click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await settle(page);
  expect(await tickYears(page), 'first and last tick back in English').toEqual(before);
});

test('the first download holds one language’s strings only', async ({ page }) => {
  const chunks: string[] = [];
  page.on('request', (request) => {
    const match = LOCALE_CHUNK.exec(new URL(request.url()).pathname);
    if (match?.[1]) chunks.push(match[1]);
  });
  await openApp(page, { lang: 'ar' });
  await page.waitForLoadState('networkidle');
  expect(chunks).toEqual(['ar']);
});

test('no script of the first download carries another language’s interface strings', async ({ page }) => {
  const bodies: Promise<string>[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.endsWith('.js')) bodies.push(response.text());
  });
  await openApp(page, { lang: 'en' });
  await page.waitForLoadState('networkidle');
  const scripts = await Promise.all(bodies);
  expect(scripts.length).toBeGreaterThan(3);
  // Strings that only the interface's string files hold (not a language's own name, which the switcher shows).
  const foreign = (['ar', 'zh', 'ru'] as const).map((lang) => uiString(lang, 'timeline', 'fitAll'));
  for (const text of foreign) {
    expect(scripts.filter((script) => script.includes(text)), `scripts holding “${text}”`).toEqual([]);
  }
  expect(scripts.some((script) => script.includes(uiString('en', 'timeline', 'fitAll')))).toBe(true);
});

// /early-request.js picks the interface language by the app's own rule (it imports it), to ask for its
// strings with the page; each way of choosing must end with the same language in both.
const CHOSEN_BY = [
  { by: 'the address', path: '/?lang=ru', locale: 'en-US', saved: undefined, language: 'ru' },
  { by: 'the saved choice', path: '/', locale: 'en-US', saved: 'zh', language: 'zh' },
  { by: 'the browser', path: '/', locale: 'ar-EG', saved: undefined, language: 'ar' },
  { by: 'default, for a browser language Zaman lacks', path: '/', locale: 'fr-FR', saved: undefined, language: 'en' },
] as const;

for (const { by, path, locale, saved, language } of CHOSEN_BY) {
  test.describe(`language chosen by ${by}`, () => {
    test.use({ locale });

    test('the page asks for that language’s strings before its code has run, and for no other', async ({ page }) => {
      if (saved) await page.addInitScript((value) => localStorage.setItem('zaman.language', value), saved);
      const chunks: string[] = [];
      page.on('request', (request) => {
        const match = LOCALE_CHUNK.exec(new URL(request.url()).pathname);
        if (match?.[1]) chunks.push(match[1]);
      });
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      await page.waitForLoadState('networkidle');
      const preloaded = await page
        .locator('link[rel="modulepreload"]')
        .evaluateAll((links) => links.map((link) => new URL((link as HTMLLinkElement).href).pathname));
      expect(preloaded.flatMap((href) => LOCALE_CHUNK.exec(href)?.[1] ?? [])).toEqual([language]);
      expect(chunks).toEqual([language]);
    });
  });
}

// A timing: it runs in its own project after the others, so no other test loads the machine,
// and each figure is the median of three fresh page loads, since one sample on a shared
// 2-core machine can catch a burst of unrelated work.
test(
  'switching to a language not loaded yet paints within 100 ms',
  { tag: '@timing' },
  async ({ page }) => {
    const targets = (['ar', 'zh', 'ru'] as const).filter((lang) => readLocale(lang));
    for (const lang of targets) {
      const heading = uiString(lang, 'timeline', 'heading');
      const samples: number[] = [];
      for (let trial = 0; trial < 3; trial++) {
        await openApp(page, { lang: 'en' });
        const result = await page.evaluate(
          async ({ lang, name, heading }) => {
            const loaded = performance
              .getEntriesByType('resource')
              .some((e) => e.name.includes(`/assets/${lang}-`));
            const button = [
              ...document.querySelectorAll<HTMLButtonElement>('[data-language-switcher] button'),
            ].find((b) => b.textContent === name);
            if (!button) throw new Error(`no ${name} button`);
            const painted = (t0: number) =>
              new Promise<number>((resolve) => {
                const done = () =>
                  document.documentElement.lang === lang &&
                  document.querySelector('#timeline-heading')?.textContent === heading;
                // After the frame that shows the change: a message posted from requestAnimationFrame runs after paint.
                const afterPaint = () =>
                  requestAnimationFrame(() => {
                    const channel = new MessageChannel();
                    channel.port1.onmessage = () => resolve(performance.now() - t0);
                    channel.port2.postMessage(null);
                  });
                if (done()) return afterPaint();
                const observer = new MutationObserver(() => {
                  if (!done()) return;
                  observer.disconnect();
                  afterPaint();
                });
                observer.observe(document.documentElement, {
                  attributes: true,
                  childList: true,
                  subtree: true,
                  characterData: true,
                });
              });
            const t0 = performance.now();
            const result = painted(t0);
            button.click();
            return { loaded, ms: await result };
          },
          { lang, name: ENDONYM[lang], heading },
        );
        expect(result.loaded, `${lang} strings were not loaded before the click`).toBe(false);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        samples.push(result.ms);
      }
      const median = [...samples].sort((x, y) => x - y)[1] ?? Infinity;
      console.log(
        `language switch en → ${lang} (strings not loaded before): median ${median.toFixed(1)} ms from click to painted ` +
          `(samples ${samples.map((ms) => ms.toFixed(1)).join(', ')})`,
      );
      // Soft, so every language's figure is measured and reported.
      expect.soft(median, `en → ${lang}: median ms from click to painted`).toBeLessThan(100);
    }
  },
);

test('"Gregorian and Hijri" shows 30 Muharram 1443 for the phone call, and is remembered', async ({
  page,
}) => {
  const id = 'xi-rahmon-phone-call-2021-09-07';
  await openApp(page, { lang: 'en', event: id });
  await expect(detailsTitle(page)).toHaveText(titleOf(id, 'en'));
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details).not.toContainText('Muharram');

  await page
    .getByRole('combobox', { name: 'Calendar' })
    .selectOption({ label: 'Gregorian and Hijri' });
  await expect(details).toContainText('30 Muharram 1443');

  await page.reload();
  await waitForApp(page, { lang: 'en' });
  await expect(detailsTitle(page)).toHaveText(titleOf(id, 'en'));
  await expect(details).toContainText('30 Muharram 1443');

  // A fresh link without cal= still shows the Hijri date: the choice is remembered, not only in this URL.
  await openApp(page, { lang: 'en', event: id });
  await expect(page.getByRole('combobox', { name: 'Calendar' })).toHaveValue('hijri');
  await expect(details).toContainText('30 Muharram 1443');

  // The list gives it beside the Gregorian date too.
  await page.getByRole('button', { name: 'List', exact: true }).click();
  const row = page.locator(`[data-event-list] tr[data-row-event-id="${id}"]`);
  await expect(row).toContainText('7 September 2021');
  await expect(row).toContainText('30 Muharram 1443 AH');
});

test('a quotation opens and closes with the marks of its own words’ direction, in either interface', async ({
  page,
}) => {
  for (const lang of ['ar', 'en'] as const) {
    await openApp(page, { lang, event: 'sco-dushanbe-summit-2021' });
    const quotes = await page.locator('.reference-quote').evaluateAll((elements) =>
      elements.map((element) => {
        const style = getComputedStyle(element);
        return { direction: style.direction, quotes: style.quotes };
      }),
    );
    // The seed's references quote English sources and an Arabic one.
    expect(new Set(quotes.map((q) => q.direction))).toEqual(new Set(['ltr', 'rtl']));
    for (const { direction, quotes: marks } of quotes) {
      // English opens with “ at its left; Arabic with ” at its right (its start).
      expect(
        marks.startsWith(direction === 'ltr' ? '"“" "”"' : '"”" "“"'),
        `${lang}: ${direction} ${marks}`,
      ).toBe(true);
    }
  }
});
