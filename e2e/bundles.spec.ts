/**
 * Other articles than the embedded one: a bundle by same-origin URL, broken bundles,
 * not-JSON, a cross-origin address, and files opened from disk (including one too large).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { detailsTitle, marker, openApp, settle, surface, zoomInButton, type OpenOptions } from './support/app';
import { generateBundle, titleOf } from '../bench/synthetic';
import { LOAD_MARKS } from '../src/app/loadMarks';
import { PARALLEL_FROM_BYTES } from '../src/model/limits';
import { bundleCopy, seed, SHORT_PATH, shortBundle } from './support/seed';

test.use({ actionTimeout: 10_000 });

const SHORT_URL = '/fixtures/short-article.bundle.json';

/** Serves a body at a same-origin path, as if the site hosted it. */
async function serve(page: Page, pathname: string, body: string | { path: string }) {
  await page.route(`**${pathname}`, (route) =>
    typeof body === 'string'
      ? route.fulfill({ status: 200, contentType: 'application/json', body })
      : route.fulfill({ status: 200, contentType: 'application/json', path: body.path }),
  );
}

/** The short fixture broken in two independent ways. */
function brokenBundle(): string {
  const bundle = bundleCopy(SHORT_PATH);
  const first = bundle.events[0];
  const second = bundle.events[1];
  if (!first || !second) throw new Error('the fixture has fewer than two events');
  first['category'] = 'festival';
  delete second['start'];
  return JSON.stringify(bundle);
}

test('?bundle= renders a second bundle served from the same origin', async ({ page }) => {
  await serve(page, SHORT_URL, { path: SHORT_PATH });
  await openApp(page, { lang: 'en', bundle: SHORT_URL });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    shortBundle.article.title['en'] ?? '',
  );
  // The fixture's events are drawn, the seed's are gone.
  await expect(surface(page).locator(`[data-event-id="${seed.events[0]?.id ?? ''}"]`)).toHaveCount(
    0,
  );
  const drawn = await surface(page)
    .locator('[data-event-id]')
    .evaluateAll((elements) => elements.map((e) => (e as HTMLElement).dataset['eventId'] ?? ''));
  const ids = shortBundle.events.map((e) => e.id);
  expect(drawn.length).toBeGreaterThan(0);
  expect(
    drawn.every((id) => ids.includes(id)),
    `drawn: ${drawn.join(', ')}`,
  ).toBe(true);
  await expect(
    page.getByRole('region', { name: 'Article', exact: true }).locator('li[data-sentence-id]'),
  ).toHaveCount(shortBundle.sentences.length);

  const id = drawn[0] ?? '';
  await marker(page, id).click();
  await expect(detailsTitle(page)).toHaveText(
    shortBundle.events.find((e) => e.id === id)?.title['en'] ?? '',
  );
});

test('a title in the Arabic fallback stands beside its mark like the English ones, not over it', async ({ page }) => {
  // Bundles may lack a title in the interface's language; the label then shows the Arabic,
  // right to left, but is placed as the interface's labels are (its own dir once put it
  // on the mark's other side, over the dot).
  const bundle = bundleCopy(SHORT_PATH);
  const event = bundle.events.find((e) => e['id'] === 'race-date-announced') as { title: Record<string, string> };
  delete event.title['en'];
  await serve(page, SHORT_URL, JSON.stringify(bundle));
  await openApp(page, { lang: 'en', bundle: SHORT_URL });
  await settle(page);
  const sides = await surface(page)
    .locator('.tl-event[data-mark="point"]')
    .evaluateAll((buttons) =>
      buttons.map((button) => {
        const dot = button.querySelector('.tl-dot')?.getBoundingClientRect();
        const label = button.querySelector('.tl-label')?.getBoundingClientRect();
        const covers =
          dot === undefined ||
          label === undefined ||
          (label.left < dot.right - 1 && dot.left + 1 < label.right && label.top < dot.bottom && dot.top < label.bottom);
        return { id: (button as HTMLElement).dataset['eventId'], covers };
      }),
    );
  expect(sides.map((side) => side.id)).toContain('race-date-announced');
  expect(sides.filter((side) => side.covers)).toEqual([]);
});

test('a bundle with errors shows each problem with its path, and the way back to the embedded article works', async ({
  page,
}) => {
  await serve(page, '/broken.bundle.json', brokenBundle());
  await openApp(page, { lang: 'en', bundle: '/broken.bundle.json', expect: 'error' });
  const screen = page.locator('.error-screen');
  await expect(screen.getByRole('heading', { name: 'This bundle cannot be opened' })).toBeVisible();
  await expect(screen).toContainText('/broken.bundle.json');
  const problems = screen.locator('ol.problems > li');
  await expect(problems).toHaveCount(2);
  const paths = await problems.locator('.problem-path').allTextContents();
  expect(paths.sort()).toEqual(['events[0].category', 'events[1].start']);
  await expect(problems.filter({ hasText: 'events[0].category' })).toContainText('festival');
  for (const message of await problems.locator('.problem-message').allTextContents()) {
    expect(message.trim().length).toBeGreaterThan(5);
  }

  await screen.getByRole('link', { name: 'Back to the embedded article' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.article.title['en'] ?? '');
  await expect(page).not.toHaveURL(/bundle=/);
  await expect(surface(page).locator('[data-event-id]').first()).toBeVisible();
  await expect(screen).toHaveCount(0);
});

test('a file that is not JSON shows a plain message', async ({ page }) => {
  await serve(page, '/not-json.bundle.json', 'this is <b>not</b> JSON, it is prose');
  await openApp(page, { lang: 'en', bundle: '/not-json.bundle.json', expect: 'error' });
  const problems = page.locator('.error-screen ol.problems > li');
  await expect(problems).toHaveCount(1);
  await expect(problems).toHaveAttribute('data-problem-code', 'not-json');
  await expect(problems).toContainText('This is not JSON');
  // Quoted as text (never as HTML), set apart by Unicode isolates from the sentence around it.
  await expect(problems).toContainText(/It begins: “\u2068this is <b>not<\/b> JSON, it is prose\u2069”\./u);
  await expect(problems).not.toContainText('SyntaxError:');
});

test('in Arabic, a file that is not JSON is described in Arabic, with no English from the parser', async ({ page }) => {
  await serve(page, '/not-json.bundle.json', '<svg xmlns="http://www.w3.org/2000/svg"></svg>');
  await openApp(page, { lang: 'ar', bundle: '/not-json.bundle.json', expect: 'error' });
  const problem = page.locator('.error-screen ol.problems > li');
  await expect(problem).toContainText('هذا الملف ليس بصيغة JSON');
  await expect(problem).toContainText('<svg xmlns="http://www.w3.org/2000/svg">');
  await expect(problem).not.toContainText(/Unexpected|valid JSON|token/);
});

test('a mistyped address, answered with the site’s own page, is called a web page, not bad JSON', async ({
  page,
}) => {
  // The preview server, like many static hosts, answers an unknown address with index.html.
  await openApp(page, { lang: 'en', bundle: '/no-such-article.json', expect: 'error' });
  const problems = page.locator('.error-screen ol.problems > li');
  await expect(problems).toHaveCount(1);
  await expect(problems).toHaveAttribute('data-problem-code', 'web-page');
  await expect(problems).toContainText('/no-such-article.json');
  await expect(problems).toContainText('gives a web page, not a bundle');
  // The address already ends in .json: the likely cause is a file that is not there.
  await expect(problems).toContainText('most likely there is no bundle file at that address');
  await expect(problems).not.toContainText('a bundle is a .json file');
  await expect(problems).not.toContainText('doctype');
});

test('an address the server does not know (404) is said to have no bundle, in words', async ({ page }) => {
  await page.route('**/gone.bundle.json', (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not Found' }));
  await openApp(page, { lang: 'en', bundle: '/gone.bundle.json', expect: 'error' });
  const problems = page.locator('.error-screen ol.problems > li');
  await expect(problems).toHaveCount(1);
  await expect(problems).toHaveAttribute('data-problem-code', 'not-found');
  await expect(problems).toContainText('There is no bundle at');
  await expect(problems).toContainText('/gone.bundle.json');
});

test('while the problems’ wording loads, the error screen says it is loading and shows no bare keys', async ({
  page,
}) => {
  // Hold the Arabic problems' strings back until the screen has been looked at.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/ar\.problems-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await openApp(page, { lang: 'ar', bundle: '/no-such-article.json', expect: 'error' });
  const screen = page.locator('.error-screen');
  await expect(screen.locator('.loading')).toBeVisible();
  await expect(screen.locator('ol.problems')).toHaveCount(0);
  await expect(screen).not.toContainText('problem.');
  release();
  await expect(screen.locator('ol.problems')).toBeVisible();
  await expect(screen.locator('.loading')).toHaveCount(0);
  await expect(screen.locator('.problem-message')).toContainText('/no-such-article.json');
});

test('in the Arabic interface, the address in the error screen still reads left to right', async ({ page }) => {
  await openApp(page, { lang: 'ar', bundle: '/no-such-article.json', expect: 'error' });
  const problem = page.locator('.error-screen ol.problems > li');
  await expect(problem).toHaveAttribute('data-problem-code', 'web-page');
  // The list comes once the problems' wording has loaded: wait until it is shown.
  await expect(problem).toBeVisible();
  // Where the slash is drawn: left of the name, as in "/no-such-article.json", not after it.
  const slashFirst = await page.locator('.error-source, .problem-message').evaluateAll((elements) =>
    elements.map((element) => {
      const node = element.firstChild as Text;
      const x = (i: number) => {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        return range.getBoundingClientRect().x;
      };
      const text = node.data;
      return x(text.indexOf('/no-such')) < x(text.indexOf('no-such'));
    }),
  );
  expect(slashFirst).toEqual([true, true]);
});

test('a cross-origin ?bundle= is refused with a message and never requested', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).hostname.endsWith('example.com')) requested.push(request.url());
  });
  await page.route('https://example.com/**', (route) => {
    requested.push(route.request().url());
    return route.abort();
  });
  await openApp(page, { lang: 'en', bundle: 'https://example.com/x.json', expect: 'error' });
  const problems = page.locator('.error-screen ol.problems > li');
  await expect(problems).toHaveCount(1);
  await expect(problems).toHaveAttribute('data-problem-code', 'not-same-origin');
  await expect(problems).toContainText('https://example.com/x.json');
  await expect(problems).toContainText('opens bundles from this site only');
  expect(requested).toEqual([]);
});

test('"Open a bundle…" opens a bundle file from disk', async ({ page }) => {
  await openApp(page, { lang: 'en' });
  await expect(page.getByRole('button', { name: 'Open a bundle…' })).toBeVisible();
  await page.setInputFiles('input[type=file]', SHORT_PATH);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    shortBundle.article.title['en'] ?? '',
  );
  await expect(
    page.getByRole('status').filter({ hasText: 'short-article.bundle.json' }),
  ).toBeVisible();
  await expect(
    surface(page).locator('[data-event-id], [data-cluster-count]').first(),
  ).toBeVisible();
  await expect(surface(page).locator(`[data-event-id="${seed.events[0]?.id ?? ''}"]`)).toHaveCount(
    0,
  );
});

for (const size of ['wide', 'narrow'] as const) {
  test(`a bundle file dragged onto the page opens, with a sign while it is held over it (${size})`, async ({
    page,
  }) => {
    await openApp(page, { lang: 'en', size });
    const file = readFileSync(SHORT_PATH, 'utf8');
    const dataTransfer = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'short-article.bundle.json', { type: 'application/json' }));
      return transfer;
    }, file);
    await page.dispatchEvent('main', 'dragenter', { dataTransfer });
    await page.dispatchEvent('main', 'dragover', { dataTransfer });
    // The narrow header folds its actions away: the sign must not be folded with them.
    await expect(page.getByText('Drop a bundle file here to open it')).toBeVisible();
    await page.dispatchEvent('main', 'drop', { dataTransfer });
    await expect(page.getByText('Drop a bundle file here to open it')).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(shortBundle.article.title['en'] ?? '');
    await expect(page.getByRole('status').filter({ hasText: 'short-article.bundle.json' })).toBeVisible();
  });
}

test('a 20 MB file is refused with a size message', async ({ page }, testInfo) => {
  await openApp(page, { lang: 'en' });
  // Made here, written beside the test's output: handing the browser a path is much faster than a 20 MB buffer.
  const file = testInfo.outputPath('huge.bundle.json');
  writeFileSync(file, Buffer.alloc(20 * 1024 * 1024, 0x20));
  await page.setInputFiles('input[type=file]', file);
  const problems = page.locator('.error-screen ol.problems > li');
  await expect(problems).toHaveCount(1);
  await expect(problems).toHaveAttribute('data-problem-code', 'too-large');
  await expect(problems).toContainText(/20\s?MB/);
  // …and names the limit it passed, whatever the limit is (less than the file's size).
  const limit = /more than the (\d+(?:\.\d+)?)\s?MB/.exec(await problems.innerText());
  expect(limit, 'the message names the limit in MB').not.toBeNull();
  expect(Number(limit?.[1])).toBeLessThan(20);
  await expect(page.locator('.error-screen')).toContainText('huge.bundle.json');
});

/**
 * A bundle of 4 MiB or more loads on two cores: /early-request.js asks for it and
 * starts the checking worker before the app's code is here; the worker checks the shape
 * while the main thread cross-checks and indexes (src/app/parallelLoad.ts). 25,000
 * synthetic events make about 4.6 MiB.
 */
test.describe('a large bundle (25,000 events)', () => {
  const LARGE = '/large.bundle.json';
  const largeBundle = () => {
    const bundle = generateBundle(25_000);
    expect(
      Buffer.byteLength(JSON.stringify(bundle)),
      'large enough for the worker',
    ).toBeGreaterThanOrEqual(PARALLEL_FROM_BYTES);
    return bundle;
  };

  test('is requested once, early, checked in a worker, and drawn', async ({ page }) => {
    const body = JSON.stringify(largeBundle());
    let requests = 0;
    await page.route(`**${LARGE}`, (route) => {
      requests += 1;
      return route.fulfill({ status: 200, contentType: 'application/json', body });
    });
    await openApp(page, { lang: 'en', bundle: LARGE });
    expect(requests).toBe(1);
    // The worker's half of the load ran (the marks are set only on that path).
    expect(await page.evaluate((name) => performance.getEntriesByName(name).length, LOAD_MARKS.checked)).toBe(
      1,
    );
    await expect(
      surface(page).locator('[data-event-id], [data-cluster-count]').first(),
    ).toBeVisible();
  });

  test('with a misquoted phrase (a cross-check) and an unknown category (the schema) shows both problems', async ({
    page,
  }) => {
    const bundle = largeBundle();
    const [first, second] = bundle.events;
    if (!first?.evidence[0] || !second) throw new Error('the generator made fewer than two events');
    (second as { category: string }).category = 'festival';
    first.evidence[0] = { ...first.evidence[0], phrase: 'كلمات غير موجودة' };
    await serve(page, LARGE, JSON.stringify(bundle));
    await openApp(page, { lang: 'en', bundle: LARGE, expect: 'error' });
    // The list comes once the problems' wording has loaded.
    await expect(page.locator('.error-screen ol.problems > li')).toHaveCount(2);
    const paths = await page
      .locator('.error-screen ol.problems > li .problem-path')
      .allTextContents();
    expect(paths.sort()).toEqual(['events[0].evidence[0].phrase', 'events[1].category']);
  });

  test('with only a misquoted phrase is refused by the main thread’s cross-check', async ({
    page,
  }) => {
    const bundle = largeBundle();
    const last = bundle.events.at(-1);
    if (!last?.evidence[0]) throw new Error('the generator made no events');
    last.evidence[0] = { ...last.evidence[0], phrase: 'كلمات غير موجودة' };
    await serve(page, LARGE, JSON.stringify(bundle));
    await openApp(page, { lang: 'en', bundle: LARGE, expect: 'error' });
    await expect(page.locator('.error-screen ol.problems > li .problem-path')).toHaveText([
      `events[${bundle.events.length - 1}].evidence[0].phrase`,
    ]);
  });
});

/** The title of a synthetic bundle's event, by its id. */
function titleIn(bundle: ReturnType<typeof generateBundle>, id: string): string {
  const event = bundle.events.find((candidate) => candidate.id === id);
  if (!event) throw new Error(`no event ${id} in the bundle`);
  return titleOf(event);
}

/** 10,000 events are checked on the main thread alone (under PARALLEL_FROM_BYTES) and drawn in density bins. */
test.describe('a bundle of 10,000 events', () => {
  const MANY = '/many.bundle.json';
  const MANY_BUNDLE = generateBundle(10_000);
  const MANY_BODY = JSON.stringify(MANY_BUNDLE);

  /** Opens the app on the 10,000-event bundle, served as if the site hosted it. */
  async function openMany(page: Page, options: Omit<OpenOptions, 'bundle'> = {}) {
    await serve(page, MANY, MANY_BODY);
    await openApp(page, { lang: 'en', ...options, bundle: MANY });
  }

  test('is checked without the worker, and a chosen sentence lights the bins that hold its events', async ({
    page,
  }) => {
    expect(Buffer.byteLength(MANY_BODY)).toBeLessThan(PARALLEL_FROM_BYTES);
    await openMany(page);
    expect(await page.evaluate((name) => performance.getEntriesByName(name).length, LOAD_MARKS.checked)).toBe(
      0,
    );
    const bins = surface(page).locator('[data-cluster-count]');
    await expect(bins.first()).toBeVisible();
    await expect(surface(page).locator('[data-cluster-count][data-highlighted]')).toHaveCount(0);

    // The reader draws only the sentences near its view: the first of those that is cited.
    const cited = new Set(MANY_BUNDLE.events.flatMap((event) => event.evidence.map((e) => e.sentence)));
    const drawn = await page
      .locator('li[data-sentence-id]')
      .evaluateAll((items) =>
        items.map((item) => (item as HTMLElement).dataset['sentenceId'] ?? ''),
      );
    const sentence = drawn.find((id) => cited.has(id));
    if (!sentence) throw new Error(`none of the drawn sentences is cited: ${drawn.join(', ')}`);
    await page.locator(`li[data-sentence-id="${sentence}"] button.sentence`).click();
    await expect(page).toHaveURL(new RegExp(`[?&]sentence=${sentence}(&|$)`));
    await expect(
      surface(page).locator('[data-cluster-count][data-highlighted]').first(),
    ).toBeVisible();
  });

  /** What the timeline accounts for: events drawn, in clusters and bins, and counted off either edge. */
  const total = (page: Page) =>
    surface(page)
      .locator('..')
      .evaluate((body) => {
        const sum = (selector: string, key: string) =>
          [...body.querySelectorAll<HTMLElement>(selector)].reduce((n, e) => n + Number(e.dataset[key] ?? 0), 0);
        return {
          clustered: sum('[data-cluster-count]', 'clusterCount'),
          drawn: body.querySelectorAll('[data-zoom-surface] [data-event-id]').length,
          outside: sum('.tl-edge', 'count'),
        };
      });

  test('what is drawn and the counts beside it add up to every event, at every zoom and pan', async ({ page }) => {
    await openMany(page);
    const seen = new Set<string>();
    const steps = ['start', '+', '+', '+', 'ArrowRight', '+', '+', '+', 'ArrowLeft', '+', '+'];
    for (const step of steps) {
      if (step === '+') await zoomInButton(page, 'en').click();
      else if (step !== 'start') {
        await surface(page).getByRole('slider').focus();
        await page.keyboard.press(step);
      }
      await settle(page);
      const { clustered, drawn, outside } = await total(page);
      expect(clustered + drawn + outside, `after ${step}: ${clustered} in clusters, ${drawn} drawn, ${outside} outside`).toBe(10_000);
      seen.add(`${clustered > 0}/${drawn > 0}/${outside > 0}`);
    }
    // The walk went from all-in-bins to single markers with events off both edges.
    expect(seen.size).toBeGreaterThan(2);
  });

  test('a cluster of years-long events seen a month at a time shows its count on screen, and opening it zooms in', async ({
    page,
  }) => {
    // Bands of several years each fill a row at this zoom; those the rows cannot hold cluster.
    await openMany(page, { from: '1943-09-24T22', to: '1943-12-07T01' });
    const windowSpan = () => {
      const url = new URL(page.url());
      // A day (`1938-04-20`) or, under a year wide, an hour (`1943-09-24T22`).
      const at = (name: string) => {
        const value = url.searchParams.get(name) ?? '';
        return Date.parse(value.includes('T') ? `${value}:00Z` : `${value}T00:00Z`);
      };
      return at('to') - at('from');
    };
    const before = windowSpan();
    expect(before).toBeGreaterThan(0);
    const clusters = surface(page).locator('.tl-cluster:not([data-bin])');
    await expect(clusters.first()).toBeVisible();
    const plot = await surface(page).boundingBox();
    if (!plot) throw new Error('no plot');
    const boxes = await clusters.evaluateAll((items) =>
      items.map((item) => {
        const box = item.getBoundingClientRect();
        const count = item.querySelector('.tl-cluster-count')?.getBoundingClientRect();
        return { key: (item as HTMLElement).dataset['clusterKey'], box, count };
      }),
    );
    for (const { key, box, count } of boxes) {
      expect(box.right, `${key} ends in the plot`).toBeLessThanOrEqual(plot.x + plot.width + 1);
      expect(count && count.left >= plot.x && count.right <= plot.x + plot.width, `${key}'s count is in the plot`).toBe(true);
    }
    // The widest cluster runs across the view: activating it zooms in, not out to its years.
    const widest = boxes.reduce((a, b) => (b.box.width > a.box.width ? b : a));
    await surface(page).locator(`[data-cluster-key="${widest.key ?? ''}"]`).click();
    await settle(page);
    await expect.poll(windowSpan).toBeLessThan(before);
    const { clustered, drawn, outside } = await total(page);
    expect(clustered + drawn + outside).toBe(10_000);
  });

  test('in the list, only the rows near view are in the page, the last one is reached by scrolling, and a row chosen there is selected on the timeline', async ({
    page,
  }) => {
    await openMany(page, { view: 'list' });
    const list = page.locator('[data-event-list]');
    const rows = list.locator('tbody tr[data-row-event-id]');
    await expect(rows.first()).toBeVisible();
    expect(await rows.count()).toBeLessThan(100);

    await list.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
    await expect(rows.last()).toHaveAttribute('data-index', '9999');
    expect(await rows.count()).toBeLessThan(100);

    const row = rows.nth(-3);
    const id = (await row.getAttribute('data-row-event-id')) ?? '';
    await row.getByRole('link').click();
    await expect(detailsTitle(page)).toHaveText(titleIn(MANY_BUNDLE, id));
    await page.getByRole('button', { name: 'Timeline', exact: true }).click();
    await expect(surface(page).locator(`[data-event-id="${id}"]`)).toHaveAttribute('aria-pressed', 'true');
    await expect(surface(page).locator(`[data-event-id="${id}"]`)).toBeInViewport();
  });

  test('on a narrow screen is summed up in bins along the column, with only a few hundred marks drawn', async ({
    page,
  }) => {
    await openMany(page, { size: 'narrow' });
    const bins = surface(page).locator('[data-cluster-count]');
    await expect(bins.first()).toBeVisible();
    const counts = await bins.evaluateAll((items) =>
      items.map((item) => Number((item as HTMLElement).dataset['clusterCount'])),
    );
    // At the full view every event is in a bin, and there are bins enough to say when.
    expect(counts.reduce((a, b) => a + b, 0)).toBe(10_000);
    expect(counts.length).toBeGreaterThan(5);
    // The lane tracks shade each bin's time instead of drawing a mark for each event.
    expect(await surface(page).locator('.tl-track-marks > *').count()).toBeLessThan(300);
    // A bin zooms in when tapped; tapping on, the events appear one by one.
    const events = surface(page).locator('[data-event-id]');
    for (let tap = 0; tap < 10 && (await events.count()) === 0; tap++) {
      const shown = await bins.count();
      await bins.nth(Math.floor(shown / 2)).click();
      await page.waitForTimeout(500); // the zoom glides for 280 ms
    }
    await expect(events.first()).toBeVisible();
    // …and a tap on one shows its details.
    const id = (await events.first().getAttribute('data-event-id')) ?? '';
    await events.first().click();
    await expect(events.first()).toHaveAttribute('aria-pressed', 'true');
    await expect(detailsTitle(page)).toHaveText(titleIn(MANY_BUNDLE, id));
  });
});
