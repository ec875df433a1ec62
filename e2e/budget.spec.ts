/**
 * What the first load costs, where the page's requests go, and the Content-Security-Policy:
 * a JS and CSS budget (gzip of the built files), no request to another origin during a
 * whole session, the policy in header and meta tag, no violation, and bundle markup shown as text.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { collectErrors, marker, openApp, settle, zoomIn, type Lang } from './support/app';
import { generateBundle } from '../bench/synthetic';
import { PARALLEL_FROM_BYTES } from '../src/model/limits';
import { bundleCopy, ROOT, SHORT_PATH, titleOf } from './support/seed';

test.use({ actionTimeout: 10_000 });

const DIST = path.join(ROOT, 'dist');
const SOURCE = readFileSync(path.join(ROOT, 'src', 'data', 'source', '000_d9a0021cd5b0ad22.txt'), 'utf8');
const JS_BUDGET = 135 * 1024;
const CSS_BUDGET = 15 * 1024;

interface Row {
  readonly file: string;
  readonly kind: 'js' | 'css';
  readonly raw: number;
  readonly gzip: number;
}

/** The JS and CSS files a first load of the page fetches, with their sizes as built. */
async function firstLoad(page: Page, lang: Lang): Promise<Row[]> {
  const paths = new Set<string>();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (/\.(js|css)$/.test(url.pathname)) paths.add(url.pathname);
  });
  await openApp(page, { lang });
  await page.waitForLoadState('networkidle');
  return [...paths].sort().map((pathname) => {
    const bytes = readFileSync(path.join(DIST, decodeURIComponent(pathname)));
    return {
      file: pathname,
      kind: pathname.endsWith('.css') ? 'css' : 'js',
      raw: bytes.length,
      gzip: gzipSync(bytes).length,
    };
  });
}

function printTable(title: string, rows: readonly Row[]) {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`.padStart(10);
  const lines = rows.map((r) => `  ${r.file.padEnd(44)} ${kb(r.raw)} ${kb(r.gzip)}`);
  const sum = (kind: 'js' | 'css', key: 'raw' | 'gzip') =>
    rows.filter((r) => r.kind === kind).reduce((total, r) => total + r[key], 0);
  console.log(
    [
      `${title}`,
      `  ${'file'.padEnd(44)} ${'raw'.padStart(10)} ${'gzip'.padStart(10)}`,
      ...lines,
      `  ${'JS total'.padEnd(44)} ${kb(sum('js', 'raw'))} ${kb(sum('js', 'gzip'))}   (budget ${kb(JS_BUDGET).trim()} gzip)`,
      `  ${'CSS total'.padEnd(44)} ${kb(sum('css', 'raw'))} ${kb(sum('css', 'gzip'))}   (budget ${kb(CSS_BUDGET).trim()} gzip)`,
    ].join('\n'),
  );
}

for (const lang of ['en', 'ar', 'zh', 'ru'] as const) {
  test(`first load of ?lang=${lang} stays within the JS (135 KB) and CSS (15 KB) gzip budgets`, async ({ page }) => {
    const rows = await firstLoad(page, lang);
    printTable(`First load, ?lang=${lang} (gzip by node:zlib, default level)`, rows);
    const js = rows.filter((r) => r.kind === 'js').reduce((sum, r) => sum + r.gzip, 0);
    const css = rows.filter((r) => r.kind === 'css').reduce((sum, r) => sum + r.gzip, 0);
    expect(rows.some((r) => r.kind === 'js')).toBe(true);
    expect(js, `JS gzip bytes (budget ${JS_BUDGET})`).toBeLessThanOrEqual(JS_BUDGET);
    expect(css, `CSS gzip bytes (budget ${CSS_BUDGET})`).toBeLessThanOrEqual(CSS_BUDGET);
  });
}

/** Load, select, every language, the list view, zoom: what a reader does in a visit. */
async function session(page: Page) {
  await openApp(page, { lang: 'en' });
  await marker(page, 'sco-founding-2001').click();
  await expect(page.locator('[data-details-title]')).toHaveText(titleOf('sco-founding-2001', 'en'));
  for (const [lang, name] of [
    ['ar', 'العربية'],
    ['zh', '中文'],
    ['ru', 'Русский'],
    ['en', 'English'],
  ] as const) {
    await page.locator('[data-language-switcher]').getByRole('button', { name, exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
  }
  await page.getByRole('button', { name: 'List', exact: true }).click();
  await expect(page.getByRole('table')).toBeVisible();
  await page.getByRole('button', { name: 'Timeline', exact: true }).click();
  await expect(page.locator('[data-zoom-surface]')).toBeVisible();
  await settle(page);
  await zoomIn(page, 'en');
  await zoomIn(page, 'en');
  await page.waitForLoadState('networkidle');
}

/**
 * The paths the embedded article does not take (it is trusted, so never checked): an article
 * written in the authoring view and opened at once, and a bundle large enough to be checked
 * in the worker.
 */
async function toolSession(page: Page) {
  await page.goto('/?lang=en&mode=author');
  await page.getByLabel('Arabic text').fill(SOURCE);
  await page.getByLabel('Article date').fill('2021-09-07');
  await page.getByRole('button', { name: 'Find dates' }).click();
  await expect(page.locator('.proposal')).toHaveCount(5);
  await page.getByRole('button', { name: 'Open in Zaman' }).click();
  await expect(page.locator('.workspace')).toBeVisible();

  const body = JSON.stringify(generateBundle(25_000));
  expect(Buffer.byteLength(body), 'large enough for the worker').toBeGreaterThanOrEqual(PARALLEL_FROM_BYTES);
  await page.route('**/large.bundle.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body }),
  );
  const worker = page.waitForEvent('worker');
  await openApp(page, { lang: 'en', bundle: '/large.bundle.json' });
  await worker;
  await page.waitForLoadState('networkidle');
}

test('a whole session requests nothing from another origin', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) outside.push(url);
  });
  await session(page);
  await toolSession(page);
  expect(outside, `requests to other origins than ${origin}`).toEqual([]);
});

test('the page carries a Content-Security-Policy with script-src self and nothing unsafe, in header and meta tag', async ({
  page,
}) => {
  const response = await page.goto('/?lang=en');
  const header = response?.headers()['content-security-policy'] ?? '';
  const meta = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
  for (const [where, policy] of [
    ['header', header],
    ['meta tag', meta],
  ] as const) {
    const directives = new Map(
      policy
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((parts) => parts[0])
        .map((parts) => [parts[0] ?? '', parts.slice(1)]),
    );
    expect(directives.get('script-src'), `${where}: script-src`).toEqual(["'self'"]);
    expect(policy, `${where}`).not.toContain("'unsafe-inline'");
    expect(policy, `${where}`).not.toContain("'unsafe-eval'");
  }
});

test('a whole session raises no CSP violation and no console error', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  const errors = collectErrors(page);
  await session(page);
  await toolSession(page);
  const violations = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
  expect(violations, 'CSP violations').toEqual([]);
  expect(errors, 'console errors').toEqual([]);
});

test('markup in a bundle is shown as text, never run', async ({ page }) => {
  const markup = '<img src=x onerror="window.__xss=1">';
  const bundle = bundleCopy(SHORT_PATH) as ReturnType<typeof bundleCopy> & {
    article: { title: Record<string, string> };
    sentences: { id: string; text: string }[];
    translations: Record<string, Record<string, string>>;
  };
  bundle.article.title['en'] = `${markup} Marathon`;
  bundle.article.title['ar'] = `${markup} ماراثون`;
  const sentence = bundle.sentences.find((s) => s.id === 's5');
  if (!sentence) throw new Error('fixture has no s5');
  sentence.text = `${sentence.text} ${markup}`;
  const translation = bundle.translations['en'];
  if (translation) translation['s5'] = `${translation['s5'] ?? ''} ${markup}`;
  // An event's own words: its title on the timeline and in the details, its description and note.
  const event = bundle.events[0] as unknown as { id: string; title: Record<string, string>; description: Record<string, string>; note: Record<string, string> };
  event.title['en'] = `${markup} ${event.title['en'] ?? ''}`;
  event.description['en'] = `${markup} ${event.description['en'] ?? ''}`;
  event.note['en'] = `${markup} ${event.note['en'] ?? ''}`;
  await page.route('**/xss.bundle.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(bundle) }),
  );
  await openApp(page, { lang: 'en', bundle: '/xss.bundle.json', event: event.id });
  await expect(page.locator('[data-details-title]')).toHaveText(event.title['en']);
  await expect(page.locator('section[data-details]')).toContainText(event.note['en']);
  await expect(page.locator(`[data-zoom-surface] [data-event-id="${event.id}"]`)).toContainText(markup);

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${markup} Marathon`);
  const reader = page.getByRole('region', { name: 'Article', exact: true });
  await expect(reader.locator('li[data-sentence-id="s5"]')).toContainText(markup);
  await expect(page.getByText(markup, { exact: false }).first()).toBeVisible();
  await expect(page.locator('img')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
});
