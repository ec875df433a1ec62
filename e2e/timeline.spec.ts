/**
 * The timeline in a real browser, wide and narrow, in English and in Arabic:
 * selection and evidence, keyboard movement, reading direction, label collisions,
 * zoom, and the link between the reader and the timeline.
 */
import { expect, test, type Page } from '@playwright/test';
import {
  clippedTicks,
  details,
  detailsTitle,
  focusedItem,
  fontsReady,
  labelBoxes,
  marker,
  markCentre,
  openApp,
  overlaps,
  settle,
  surface,
  tickLabels,
  yearOnly,
  zoomIn,
  zoomInButton,
  type Lang,
  type SizeName,
} from './support/app';
import { escapeRegExp, eventById, eventsOfSentence, seed, timeOrder, titleOf, uiString } from './support/seed';

const CONFIGS: readonly { lang: Lang; size: SizeName }[] = [
  { lang: 'en', size: 'wide' },
  { lang: 'ar', size: 'wide' },
  { lang: 'en', size: 'narrow' },
  { lang: 'ar', size: 'narrow' },
];

/** An event drawn on its own at the initial view of each width. */
const VISIBLE_EVENT: Record<SizeName, string> = {
  wide: 'sco-dushanbe-summit-2021',
  narrow: 'sco-founding-2001',
};

const EARLIEST = 'tajikistan-independence-1991';
const LATEST = 'diplomatic-relations-30th-anniversary';

/** The marker button of an event, found as a user would: by its accessible name (title, then date). */
function markerByName(page: Page, id: string, lang: Lang) {
  return surface(page).getByRole('button', { name: new RegExp(`^${escapeRegExp(titleOf(id, lang))}`) });
}

async function showTab(page: Page, lang: Lang, tab: 'timeline' | 'article') {
  const name = uiString(lang, 'views', tab === 'timeline' ? 'events' : 'article');
  await page.getByRole('tab', { name, exact: true }).click();
}

for (const { lang, size } of CONFIGS) {
  test.describe(`${lang}, ${size}`, () => {
    test.beforeEach(async ({ page }) => {
      await openApp(page, { lang, size });
    });

    test('loads the embedded article', async ({ page }) => {
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.article.title[lang] ?? '');
      await expect(surface(page)).toBeVisible();
      expect(await surface(page).locator('[data-event-id], [data-cluster-count]').count()).toBeGreaterThan(0);
      if (size === 'narrow') await showTab(page, lang, 'article');
      const reader = page.getByRole('region', { name: uiString(lang, 'reader', 'heading'), exact: true });
      await expect(reader).toBeVisible();
      await expect(reader.locator('li[data-sentence-id]')).toHaveCount(seed.sentences.length);
    });

    test('clicking a marker selects it and shows the evidence phrase marked in the Arabic and the translation', async ({
      page,
    }) => {
      const id = VISIBLE_EVENT[size];
      const event = eventById(id);
      const button = markerByName(page, id, lang);
      await button.click();
      await expect(button).toHaveAttribute('aria-pressed', 'true');
      await expect(detailsTitle(page)).toHaveText(titleOf(id, lang));
      await expect(page).toHaveURL(new RegExp(`[?&]event=${id}(&|$)`));

      // The translation beside the Arabic is the interface language's, or English in the Arabic interface.
      const translation = lang === 'ar' ? 'en' : lang;
      for (const evidence of event.evidence) {
        const figure = details(page).locator(`figure.evidence[data-sentence-id="${evidence.sentence}"]`);
        const original = figure.locator('blockquote[lang="ar"][dir="rtl"] mark');
        await expect(original.first()).toBeVisible();
        const originalMarks = await original.allTextContents();
        expect(originalMarks.every((text) => text.trim().length > 0)).toBe(true);
        expect(originalMarks.join(' … ')).toContain(evidence.phrase);

        const translated = figure.locator(`blockquote[lang="${translation}"] mark`);
        await expect(translated.first()).toBeVisible();
        const translatedMarks = await translated.allTextContents();
        expect(translatedMarks.every((text) => text.trim().length > 0)).toBe(true);
        const phrase = evidence.translations?.[translation];
        if (phrase) expect(translatedMarks.join(' … ')).toContain(phrase);
      }
    });

    test('arrow keys move focus to the next and previous event in time order; Enter selects, Escape clears', async ({
      page,
    }) => {
      const order = timeOrder();
      // Wide: later is to the right in English, to the left in Arabic. Narrow: later is down.
      const [later, earlier] =
        size === 'narrow' ? ['ArrowDown', 'ArrowUp'] : lang === 'ar' ? ['ArrowLeft', 'ArrowRight'] : ['ArrowRight', 'ArrowLeft'];
      const start = size === 'narrow' ? VISIBLE_EVENT.narrow : EARLIEST;
      const at = order.indexOf(start);
      const next = order[at + 1] ?? '';
      const afterNext = order[at + 2] ?? '';

      await marker(page, start).focus();
      expect(await focusedItem(page)).toBe(start);
      await page.keyboard.press(later);
      await expect.poll(() => focusedItem(page), { message: `${later} from ${start}` }).toBe(next);
      await settle(page);
      await page.keyboard.press(later);
      await expect.poll(() => focusedItem(page), { message: `${later} from ${next}` }).toBe(afterNext);
      await settle(page);
      await page.keyboard.press(earlier);
      await expect.poll(() => focusedItem(page), { message: `${earlier} from ${afterNext}` }).toBe(next);
      await settle(page);

      await page.keyboard.press('Enter');
      await expect(marker(page, next)).toHaveAttribute('aria-pressed', 'true');
      await expect(detailsTitle(page)).toHaveText(titleOf(next, lang));
      await page.keyboard.press('Escape');
      await expect(marker(page, next)).toHaveAttribute('aria-pressed', 'false');
      await expect(detailsTitle(page)).toHaveCount(0);
      await expect(page).not.toHaveURL(/[?&]event=/);
    });

    if (size === 'wide') {
      test(`the earliest event is ${lang === 'ar' ? 'right' : 'left'} of the latest`, async ({ page }) => {
        const earliest = await markCentre(page, EARLIEST);
        const latest = await markCentre(page, LATEST);
        if (lang === 'ar') expect(earliest.x).toBeGreaterThan(latest.x);
        else expect(earliest.x).toBeLessThan(latest.x);
      });
    } else {
      test('the earliest event is above the latest (time runs down)', async ({ page }) => {
        // Narrow, both ends may be inside clusters: find the blocks whose names give their years.
        const first = surface(page).getByRole('button', { name: /1991/ });
        const last = surface(page).getByRole('button', { name: /2022/ });
        await expect(first).toHaveCount(1);
        await expect(last).toHaveCount(1);
        const a = await first.boundingBox();
        const b = await last.boundingBox();
        expect(a && b && a.y + a.height <= b.y, `1991 block ${JSON.stringify(a)} above 2022 block ${JSON.stringify(b)}`).toBe(true);
      });
    }

    test('no two timeline labels overlap at the initial view', async ({ page }) => {
      const boxes = await labelBoxes(page);
      expect(boxes.length).toBeGreaterThan(3);
      expect(overlaps(boxes)).toEqual([]);
    });

    test('no two timeline labels overlap after zooming in twice', async ({ page }) => {
      await zoomIn(page, lang);
      await zoomIn(page, lang);
      const boxes = await labelBoxes(page);
      expect(boxes.length).toBeGreaterThan(3);
      expect(overlaps(boxes)).toEqual([]);
    });

    test('axis tick labels are not cut by the edges of the plot', async ({ page }) => {
      expect(await clippedTicks(page), 'initial view').toEqual([]);
      await zoomIn(page, lang);
      expect(await clippedTicks(page), 'zoomed in once').toEqual([]);
    });

    test('zooming in with the + button turns year ticks into month ticks', async ({ page }) => {
      const initial = await tickLabels(page);
      expect(initial.length).toBeGreaterThan(1);
      expect(initial.every(yearOnly), `initial ticks ${initial.join(' | ')}`).toBe(true);
      let labels = initial;
      for (let i = 0; i < 12 && labels.every(yearOnly); i++) {
        await zoomInButton(page, lang).click();
        await settle(page);
        labels = await tickLabels(page);
      }
      expect(labels.some((label) => !yearOnly(label)), `ticks after zooming ${labels.join(' | ')}`).toBe(true);
    });

    test('zooming in with the mouse wheel turns year ticks into month ticks', async ({ page }) => {
      const initial = await tickLabels(page);
      expect(initial.every(yearOnly), `initial ticks ${initial.join(' | ')}`).toBe(true);
      await surface(page).scrollIntoViewIfNeeded();
      const box = await surface(page).boundingBox();
      if (!box) throw new Error('no zoom surface');
      await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height / 2, 200));
      let labels = initial;
      for (let i = 0; i < 12 && labels.every(yearOnly); i++) {
        await page.mouse.wheel(0, -400);
        await settle(page);
        labels = await tickLabels(page);
      }
      expect(labels.some((label) => !yearOnly(label)), `ticks after zooming ${labels.join(' | ')}`).toBe(true);
    });

    test('choosing a sentence in the reader highlights its events on the timeline and sets sentence= in the URL', async ({
      page,
    }) => {
      const sentence = 's4';
      const related = eventsOfSentence(sentence);
      if (size === 'narrow') await showTab(page, lang, 'article');
      const reader = page.getByRole('region', { name: uiString(lang, 'reader', 'heading'), exact: true });
      const button = reader.locator(`li[data-sentence-id="${sentence}"] button.sentence`);
      await button.click();
      await expect(button).toHaveAttribute('aria-pressed', 'true');
      await expect(page).toHaveURL(new RegExp(`[?&]sentence=${sentence}(&|$)`));
      if (size === 'narrow') await showTab(page, lang, 'timeline');
      await settle(page);

      const highlighted = await surface(page)
        .locator('[data-event-id][data-highlighted]')
        .evaluateAll((elements) => elements.map((e) => (e as HTMLElement).dataset['eventId'] ?? ''));
      expect(highlighted.every((id) => related.includes(id)), `highlighted ${highlighted.join(', ')}`).toBe(true);
      const highlightedClusters = await surface(page).locator('[data-cluster-count][data-highlighted]').count();
      for (const id of related) {
        // Each event of the sentence is highlighted: its own marker, or the cluster it is drawn in.
        if (!highlighted.includes(id)) {
          expect(await marker(page, id).count(), `${id} is drawn in a cluster`).toBe(0);
          expect(highlightedClusters, `a highlighted cluster holds ${id}`).toBeGreaterThan(0);
        }
      }
      if (size === 'wide') expect(highlighted.sort()).toEqual([...related].sort());
    });

    test('selecting an event marks its sentences in the reader', async ({ page }) => {
      const id = VISIBLE_EVENT[size];
      const sentences = [...new Set(eventById(id).evidence.map((e) => e.sentence))].sort();
      await markerByName(page, id, lang).click();
      if (size === 'narrow') await showTab(page, lang, 'article');
      const reader = page.getByRole('region', { name: uiString(lang, 'reader', 'heading'), exact: true });
      await expect(reader.locator('li[data-evidence]').first()).toBeVisible();
      const marked = await reader
        .locator('li[data-evidence]')
        .evaluateAll((elements) => elements.map((e) => (e as HTMLElement).dataset['sentenceId'] ?? ''));
      expect(marked.sort()).toEqual(sentences);
    });
  });
}

for (const lang of ['zh', 'ru'] as const) {
  test(`${lang}, wide: no two timeline labels overlap at the initial view`, async ({ page }) => {
    await openApp(page, { lang, size: 'wide' });
    const boxes = await labelBoxes(page);
    expect(boxes.length).toBeGreaterThan(3);
    expect(overlaps(boxes)).toEqual([]);
  });
}

/**
 * Whether a label's words stop well in its title: at a word's end, or (where whole words would
 * leave much of the room empty) inside a word after three of its letters, never inside a number.
 */
function cutsWell(shown: string, title: string): boolean {
  const rest = title.slice(shown.length);
  if (/^[\s:,،؛;–—-]/u.test(rest)) return true;
  const partial = /\S+$/u.exec(shown)?.[0] ?? '';
  return Array.from(partial).length >= 3 && !(/\p{N}$/u.test(shown) && /^\p{N}/u.test(rest));
}

for (const lang of ['ar', 'en', 'zh', 'ru'] as const) {
  test(`${lang}, wide: every title that fits the cap is shown whole, a longer one cut at a word’s end`, async ({
    page,
  }) => {
    await openApp(page, { lang, size: 'wide', event: 'sco-dushanbe-summit-2021' });
    await fontsReady(page);
    await settle(page);
    const labels = await surface(page).evaluate((plot) =>
      [...plot.querySelectorAll<HTMLElement>('.tl-event .tl-label')].map((label) => ({
        text: label.textContent ?? '',
        tooltip: label.getAttribute('title'),
        overflows: label.scrollWidth > label.clientWidth,
        name: label.closest('.tl-event')?.textContent ?? '',
      })),
    );
    // Nothing is cut by the stylesheet's ellipsis, which cuts inside words and numbers.
    expect(labels.filter((label) => label.overflows).map((label) => label.text)).toEqual([]);
    expect(await surface(page).locator('.tl-event[aria-pressed="true"] .tl-label').count()).toBe(1);
    // A title cut short ends in "…" where it cuts well (Chinese has no spaces to cut at), shows
    // whole on hover, and is whole in the button's name; one shown whole has no tooltip to repeat it.
    const cut = labels.filter((label) => label.tooltip !== null);
    expect(cut.length).toBeGreaterThan(0);
    for (const { text, tooltip, name } of cut) {
      const shown = text.slice(0, -1);
      expect(text.endsWith('…') && tooltip?.startsWith(shown), `${text} is the start of ${tooltip}`).toBe(true);
      if (lang !== 'zh') expect(cutsWell(shown, tooltip ?? ''), `${text} cuts ${tooltip} well`).toBe(true);
      expect(name).toContain(tooltip);
    }
    expect(labels.filter((label) => label.tooltip === null && label.text.endsWith('…'))).toEqual([]);
  });
}

for (const lang of ['ar', 'en'] as const) {
  test(`${lang}, narrow: a label in the column is cut where it reads well and fills its room, not by the stylesheet`, async ({
    page,
  }) => {
    await openApp(page, { lang, size: 'narrow' });
    await fontsReady(page);
    await settle(page);
    const labels = await surface(page).evaluate((plot) =>
      [...plot.querySelectorAll<HTMLElement>('.tl-event .tl-label')].map((label) => {
        const words = document.createRange();
        words.selectNodeContents(label);
        // The room is the event's box (as wide as the column), not the label, which shrinks to its words.
        const box = label.closest<HTMLElement>('.tl-event') ?? label;
        const inner = (element: HTMLElement) => {
          const style = getComputedStyle(element);
          return parseFloat(style.paddingInlineStart) + parseFloat(style.paddingInlineEnd);
        };
        const room = box.clientWidth - inner(box) - inner(label);
        return {
          text: label.textContent ?? '',
          tooltip: label.getAttribute('title'),
          overflows: label.scrollWidth > label.clientWidth,
          filled: words.getBoundingClientRect().width / room,
        };
      }),
    );
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.filter((label) => label.overflows).map((label) => label.text)).toEqual([]);
    const cut = labels.filter((label) => label.tooltip !== null);
    expect(cut.length).toBeGreaterThan(0);
    for (const { text, tooltip, filled } of cut) {
      expect(cutsWell(text.slice(0, -1), tooltip ?? ''), `${text} cuts ${tooltip} well`).toBe(true);
      // Not "Shanghai…" in a column that has room for "Shanghai Cooper…": at least two thirds
      // of the room (fitLabel.ts's FULL_ENOUGH), less a little for the page's rounding.
      expect(filled, `${text} fills its label`).toBeGreaterThan(0.65);
    }
  });
}

for (const lang of ['ar', 'en'] as const) {
  test(`${lang}, wide: a label covers no marker but its own bar, and lies on that only when it says so`, async ({
    page,
  }) => {
    await openApp(page, { lang, size: 'wide' });
    const coveredMarkers = () => surface(page).evaluate((plot, rtl) => {
      const box = (element: Element) => element.getBoundingClientRect();
      const meets = (a: DOMRect, b: DOMRect) =>
        Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
        Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
      const found: string[] = [];
      const marks = [...plot.querySelectorAll('.tl-dot, .tl-bar')];
      for (const label of plot.querySelectorAll<HTMLElement>('.tl-event .tl-label')) {
        const own = label.closest('.tl-event')?.querySelector('.tl-bar');
        if (own && label.dataset['onBar'] !== undefined) {
          // A label on its bar lies at least half on the part of the bar inside the plot.
          const [l, o, p] = [box(label), box(own), box(plot)];
          const shared = Math.min(l.right, o.right, p.right) - Math.max(l.left, o.left, p.left);
          if (shared < l.width / 2 - 1) found.push(`"${label.textContent ?? ''}" lies mostly off its bar`);
          // …and starts where the bar starts, in reading order, not before it over its start.
          if (rtl ? l.right > o.right + 1 : l.left < o.left - 1) {
            found.push(`"${label.textContent ?? ''}" covers the start of its bar`);
          }
        }
        for (const mark of marks) {
          if (mark === own && label.dataset['onBar'] !== undefined) continue;
          if (meets(box(label), box(mark))) {
            const of = mark.closest<HTMLElement>('.tl-event')?.dataset['eventId'];
            found.push(`"${label.textContent ?? ''}" covers the marker of ${of ?? '?'}`);
          }
        }
      }
      return found;
    }, lang === 'ar');
    expect(await coveredMarkers(), 'the initial view').toEqual([]);
    // Opening the first cluster zooms in: bands grow past the end of the plot.
    await surface(page).locator('.tl-cluster').first().click();
    await settle(page);
    expect(await coveredMarkers(), 'the first cluster opened').toEqual([]);
    // The seed's long ranges (the Belt and Road, 2013–2021) carry their labels.
    expect(await surface(page).locator('.tl-label[data-on-bar]').count()).toBeGreaterThan(0);
  });
}

for (const lang of ['ar', 'en'] as const) {
  test(`${lang}, wide: each anniversary's bracket comes down onto its two events' marks, labelled with the years`, async ({
    page,
  }) => {
    await openApp(page, { lang, size: 'wide' });
    const relations = (seed.relations ?? []).filter((relation) => relation.type === 'anniversary-of');
    expect(relations.length).toBeGreaterThan(1);
    for (const relation of relations) {
      const bracket = surface(page).locator(`g.tl-bracket[data-from="${relation.from}"][data-to="${relation.to}"]`);
      // The lines down from the bracket, as page x positions (the first line is the bracket itself).
      const downs = await bracket.locator('line').evaluateAll((lines) =>
        lines.slice(1).map((line) => {
          const box = line.getBoundingClientRect();
          return { x: box.x + box.width / 2, bottom: box.bottom };
        }),
      );
      // Each end whose event is drawn on its own gets a line that ends on its mark.
      for (const id of [relation.to, relation.from]) {
        if ((await marker(page, id).count()) === 0) continue;
        const centre = await markCentre(page, id);
        expect(
          downs.some((down) => Math.abs(down.x - centre.x) < 1.5 && Math.abs(down.bottom - centre.y) < 12),
          `a line of the ${relation.from} bracket meets ${id} at ${centre.x.toFixed(0)},${centre.y.toFixed(0)}: ${JSON.stringify(downs)}`,
        ).toBe(true);
      }
    }
    // Its pill gives the years in the interface's language ("30 years", «30 عامًا»).
    const pills = await surface(page).locator('.tl-pill').allTextContents();
    // (30 takes Arabic's "many" form.)
    const form = lang === 'ar' ? 'years_many' : 'years_other';
    expect(pills).toContain(uiString(lang, 'timeline', form).replace('{{count, number}}', '30'));
  });
}

for (const lang of ['ar', 'en'] as const) {
  test(`${lang}, narrow: each anniversary's bracket stands beside the tracks and reaches across to its two events' marks`, async ({
    page,
  }) => {
    await openApp(page, { lang, size: 'narrow' });
    const relations = (seed.relations ?? []).filter((relation) => relation.type === 'anniversary-of');
    expect(relations.length).toBeGreaterThan(1);
    const tracks = await surface(page)
      .locator('.tl-track')
      .evaluateAll((items) => items.map((item) => item.getBoundingClientRect()).map((r) => ({ left: r.left, right: r.right })));
    const tracksLeft = Math.min(...tracks.map((track) => track.left));
    const tracksRight = Math.max(...tracks.map((track) => track.right));
    for (const relation of relations) {
      const bracket = surface(page).locator(`g.tl-bracket[data-from="${relation.from}"][data-to="${relation.to}"]`);
      const lines = await bracket.locator('line').evaluateAll((items) =>
        items.map((line) => {
          const box = line.getBoundingClientRect();
          return { left: box.left, right: box.right, top: box.top, bottom: box.bottom };
        }),
      );
      // The bracket itself runs along time (upright), on the axis's side of the tracks…
      const [along, ...across] = lines;
      expect(along && along.bottom - along.top).toBeGreaterThan(40);
      if (lang === 'ar') expect(along?.left).toBeGreaterThan(tracksRight - 1);
      else expect(along?.right).toBeLessThan(tracksLeft + 1);
      // …and a line across meets each end's mark in its lane's track.
      for (const id of [relation.to, relation.from]) {
        const mark = await surface(page).locator(`[data-mark-of="${id}"]`).boundingBox();
        expect(mark, `${id} has a mark in its track`).not.toBeNull();
        if (!mark) continue;
        const centre = mark.x + mark.width / 2;
        expect(
          across.some(
            (line) =>
              Math.abs((lang === 'ar' ? line.left : line.right) - centre) < 1.5 &&
              line.top >= mark.y - 1.5 &&
              line.bottom <= mark.y + mark.height + 1.5,
          ),
          `a line of the ${relation.from} bracket meets ${id}'s mark: ${JSON.stringify({ mark, across })}`,
        ).toBe(true);
      }
    }
    // Its pill gives the years, and no label covers another (the pills included).
    const form = lang === 'ar' ? 'years_many' : 'years_other';
    expect(await surface(page).locator('.tl-pill').allTextContents()).toContain(
      uiString(lang, 'timeline', form).replace('{{count, number}}', '30'),
    );
    expect(overlaps(await labelBoxes(page))).toEqual([]);
  });
}

test('ru, 320 px: with no room beside the tracks, brackets give way to the labels, and the key does not list them', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto('/?lang=ru');
  await expect(surface(page).locator('.tl-event, .tl-cluster').first()).toBeVisible();
  await settle(page);
  await expect(surface(page).locator('.tl-bracket, .tl-pill')).toHaveCount(0);
  await page.getByText(uiString('ru', 'timeline', 'key.heading')).click();
  const key = page.getByRole('list', { name: uiString('ru', 'timeline', 'key.heading') });
  await expect(key.getByRole('listitem').first()).toBeVisible();
  await expect(key).not.toContainText(uiString('ru', 'timeline', 'key.anniversary'));
  // The labels' column keeps the width the brackets would have taken.
  const widest = await surface(page)
    .locator('.tl-event, .tl-cluster')
    .evaluateAll((items) => Math.max(...items.map((item) => item.getBoundingClientRect().width)));
  expect(widest).toBeGreaterThan(100);
});

for (const lang of ['ar', 'en'] as const) {
  test(`${lang}, narrow: the lanes' names stand over the plot, in the order of their tracks`, async ({ page }) => {
    await openApp(page, { lang, size: 'narrow' });
    const names = page.getByRole('list', { name: uiString(lang, 'timeline', 'lanes') }).getByRole('listitem');
    await expect(names.first()).toBeVisible();
    const named = await names.evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset['category']));
    const tracks = await surface(page)
      .locator('.tl-track')
      .evaluateAll((items, rtl) =>
        items
          .map((item) => ({ category: (item as HTMLElement).dataset['category'], x: item.getBoundingClientRect().x }))
          .sort((a, b) => (rtl ? b.x - a.x : a.x - b.x))
          .map((track) => track.category),
      lang === 'ar');
    expect(named.length).toBeGreaterThan(3);
    expect(named).toEqual(tracks);
    expect(await names.first().textContent()).toBe(uiString(lang, 'category', named[0] ?? ''));
  });
}

for (const lang of ['ar', 'en'] as const) {
  test(`${lang}, wide: each lane's name stands beside its lane, from the rule above to the rule below`, async ({
    page,
  }) => {
    await openApp(page, { lang, size: 'wide' });
    await settle(page);
    const names = page.getByRole('list', { name: uiString(lang, 'timeline', 'lanes') }).getByRole('listitem');
    const bottoms = await names.evaluateAll((items) => items.map((item) => item.getBoundingClientRect().bottom));
    const rules = await surface(page)
      .locator('.tl-lane-rule')
      .evaluateAll((lines) => lines.map((line) => line.getBoundingClientRect().top).sort((a, b) => a - b));
    expect(bottoms.length).toBeGreaterThan(3);
    expect(rules.length).toBe(bottoms.length);
    // The edge counts' row above the plot once pushed every lane 22 px below its name.
    bottoms.forEach((bottom, i) => expect(Math.abs(bottom - (rules[i] ?? 0)), `lane ${i + 1}`).toBeLessThanOrEqual(1));
  });
}

for (const lang of ['ar', 'en'] as const) {
  test(`${lang}, narrow: the panel's tab and the view switch below it do not share a name`, async ({ page }) => {
    await openApp(page, { lang, size: 'narrow' });
    const tabs = await page.getByRole('tab').allTextContents();
    const switches = await page
      .getByRole('group', { name: uiString(lang, 'views', 'label') })
      .getByRole('button')
      .allTextContents();
    expect(tabs).toEqual([uiString(lang, 'views', 'events'), uiString(lang, 'views', 'article')]);
    expect(switches).toEqual([uiString(lang, 'views', 'timeline'), uiString(lang, 'views', 'list')]);
  });
}

for (const lang of ['ar', 'ru'] as const) {
  test(`${lang}, narrow: the key opens across the timeline's width, the zoom buttons stay put`, async ({
    page,
  }) => {
    await openApp(page, { lang, size: 'narrow' });
    const zoom = page.getByRole('toolbar', { name: uiString(lang, 'timeline', 'heading') });
    const before = await zoom.boundingBox();
    await page.locator('.tl-key summary').click();
    const list = page.locator('.tl-key ul');
    await expect(list).toBeVisible();
    const [toolbar, listBox, after] = await Promise.all([
      page.locator('.tl-toolbar').boundingBox(),
      list.boundingBox(),
      zoom.boundingBox(),
    ]);
    expect(after).toEqual(before);
    // Under the summary and the buttons both, not squeezed into the summary's column.
    expect(listBox?.width).toBeGreaterThan((toolbar?.width ?? 0) - 2);
    expect(listBox?.y).toBeGreaterThanOrEqual((after?.y ?? 0) + (after?.height ?? 0));
  });
}

for (const lang of ['ar', 'en', 'zh', 'ru'] as const) {
  test(`${lang}, narrow: month ticks stand on one line inside the axis column`, async ({ page }) => {
    // Opening a 2020–2021 event zooms the upright axis to months ("сент. 2019 г." is the widest).
    await openApp(page, { lang, size: 'narrow', event: 'covid19-joint-fight' });
    const labels = await tickLabels(page);
    expect(labels.some((label) => !yearOnly(label)), `ticks ${labels.join(' | ')}`).toBe(true);
    const problems = await surface(page).evaluate((plot) => {
      const tracks = [...plot.querySelectorAll('.tl-track')].map((track) => track.getBoundingClientRect());
      const found: string[] = [];
      for (const tick of plot.querySelectorAll<HTMLElement>('.tl-tick-v')) {
        const r = tick.getBoundingClientRect();
        const line = parseFloat(getComputedStyle(tick).lineHeight) || 1.5 * parseFloat(getComputedStyle(tick).fontSize);
        if (r.height > line * 1.5) found.push(`"${tick.textContent ?? ''}" wraps (${r.height.toFixed(0)} px high)`);
        for (const track of tracks) {
          if (Math.min(r.right, track.right) - Math.max(r.left, track.left) > 0) {
            found.push(`"${tick.textContent ?? ''}" runs into a lane track`);
            break;
          }
        }
      }
      return found;
    });
    expect(problems).toEqual([]);
  });
}

for (const lang of ['ar', 'ru'] as const) {
  test(`${lang}, narrow: the list shows every title within the screen, nothing to scroll sideways`, async ({ page }) => {
    await openApp(page, { lang, size: 'narrow', view: 'list' });
    const list = page.locator('[data-event-list]');
    const { sideways, outside, rows } = await list.evaluate((element) => {
      const box = element.getBoundingClientRect();
      const links = [...element.querySelectorAll('tbody a')];
      return {
        sideways: element.scrollWidth - element.clientWidth,
        rows: links.length,
        outside: links
          .filter((link) => {
            const r = link.getBoundingClientRect();
            return r.left < box.left - 0.5 || r.right > box.right + 0.5;
          })
          .map((link) => link.textContent ?? ''),
      };
    });
    expect(rows).toBeGreaterThan(5);
    expect(sideways).toBeLessThanOrEqual(0);
    expect(outside).toEqual([]);
  });
}

for (const lang of ['en', 'ar'] as const) {
  test(`${lang}, wide: the article date's flag stays whole when the date is at the edge of the view`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    // A window that ends three days after the article's date (7 September 2021).
    await page.goto(`/?lang=${lang}&from=2020-01-01&to=2021-09-10`);
    await expect(surface(page)).toBeVisible();
    await fontsReady(page);
    await settle(page);
    const [flag, plot] = await Promise.all([
      page.locator('.tl-dateline-flag').boundingBox(),
      surface(page).boundingBox(),
    ]);
    expect(flag && plot).toBeTruthy();
    if (!flag || !plot) return;
    expect(flag.x, 'starts inside the plot').toBeGreaterThanOrEqual(plot.x - 0.5);
    expect(flag.x + flag.width, 'ends inside the plot').toBeLessThanOrEqual(plot.x + plot.width + 0.5);
    // Still over its line.
    const line = await page.locator('line.tl-dateline').boundingBox();
    if (line) {
      expect(line.x).toBeGreaterThanOrEqual(flag.x - 0.5);
      expect(line.x).toBeLessThanOrEqual(flag.x + flag.width + 0.5);
    }
  });
}

test('a cluster whose events share a year names it once, not "2021 to 2021"', async ({ page }) => {
  await openApp(page, { lang: 'en', size: 'wide' });
  await settle(page);
  const names = await surface(page)
    .locator('.tl-cluster')
    .evaluateAll((clusters) => clusters.map((c) => c.textContent ?? ''));
  expect(names.length).toBeGreaterThan(0);
  expect(names.filter((name) => /(\d{4}) to \1\b/.test(name))).toEqual([]);
});

for (const { lang, size, from, to, event, holds, clear } of [
  {
    lang: 'en',
    size: 'wide',
    from: '1990-01-01',
    to: '2023-01-01',
    event: 'xi-rahmon-phone-call-2021-09-07',
    holds: 'Holds the selected event.',
    clear: 'Clear selection',
  },
  {
    lang: 'ar',
    size: 'narrow',
    from: '2021-08-01',
    to: '2021-10-01',
    event: 'fall-of-kabul',
    holds: 'يضم الحدث المحدد.',
    clear: 'إلغاء التحديد',
  },
] as const) {
  test(`${lang}, ${size}: a shared view that clusters the selected event marks its cluster, and "Clear selection" returns there`, async ({
    page,
  }) => {
    await openApp(page, { lang, size, from, to, event });
    await expect(detailsTitle(page)).toHaveText(titleOf(event, lang));
    // The link's window is kept, so the event stays in its cluster: that cluster says it holds it.
    await expect(marker(page, event)).toHaveCount(0);
    const holder = surface(page).locator('.tl-cluster[data-holds-selection]');
    await expect(holder).toHaveCount(1);
    await expect(holder).toBeInViewport();
    await expect(holder).toHaveAccessibleName(new RegExp(escapeRegExp(holds)));
    await expect(holder).toHaveAttribute('tabindex', '0');
    await page.getByRole('button', { name: clear }).focus();
    await page.keyboard.press('Enter');
    await expect(holder).toHaveCount(0);
    // Focus moves in the frame after the selection goes: asked until it has.
    await expect.poll(() => focusedItem(page)).toMatch(/^cluster:/);
    // The focused cluster is the timeline's tab stop, and Enter opens it (zooms in) with focus
    // going on to what it held (an event, or a smaller cluster holding it), not to the time axis.
    await expect(surface(page).locator('.tl-cluster:focus')).toHaveAttribute('tabindex', '0');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(800);
    const inEvents = () =>
      page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        return Boolean(element?.closest('[data-zoom-surface]') && (element.dataset['eventId'] || element.dataset['clusterKey']));
      });
    await expect.poll(inEvents).toBe(true);
  });
}
