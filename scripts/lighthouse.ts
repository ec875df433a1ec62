/**
 * `npm run lighthouse [-- --runs 3] [-- --dist DIR --path /page.html]`
 *
 * Builds the app (into a private temporary folder, not dist/, which others use), serves it
 * on 127.0.0.1 with the production Content-Security-Policy header and gzip (as `npm start` does),
 * and runs Lighthouse 12 on the default page (the embedded article) with the desktop and
 * the mobile presets. Prints the four category scores and LCP, TBT and CLS per preset,
 * next to the targets, lists what keeps a category below 100, and writes the table into
 * docs/performance.md between <!-- lighthouse:start --> and <!-- lighthouse:end -->.
 *
 * --runs N     runs each preset N times (default 3) and reports the run with the median performance
 *              score (Lighthouse's own advice on a noisy machine).
 * --dist DIR   serves an existing build instead of building (e.g. to audit another page).
 * --path P     the page to audit (default "/").
 */
import { launch } from 'chrome-launcher';
import lighthouse, { desktopConfig, type Config, type RunnerResult } from 'lighthouse';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildApp, CHROMIUM, CHROMIUM_FLAGS, machine, option, writeSection } from '../bench/common';
import { startStaticServer } from '../bench/server';
import { CONTENT_SECURITY_POLICY } from './csp';

const RUNS = Math.max(1, Number(option('runs') ?? 3) || 3);
const PAGE_PATH = option('path') ?? '/';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/** What the project aims for; SEO has no target of its own. */
const TARGETS: Readonly<Record<(typeof CATEGORIES)[number], number | undefined>> = {
  performance: 95,
  accessibility: 100,
  'best-practices': 100,
  seo: undefined,
};

interface PresetResult {
  readonly preset: 'desktop' | 'mobile';
  readonly scores: Readonly<Record<string, number | null>>;
  readonly lcpMs: number | undefined;
  readonly tbtMs: number | undefined;
  readonly cls: number | undefined;
  /** Audits that cost points, per category: "id: title". */
  readonly failing: readonly string[];
  readonly warnings: readonly string[];
}

function summarize(preset: PresetResult['preset'], result: RunnerResult): PresetResult {
  const { lhr } = result;
  const scores: Record<string, number | null> = {};
  const failing: string[] = [];
  for (const id of CATEGORIES) {
    const category = lhr.categories[id];
    scores[id] = category?.score == null ? null : Math.round(category.score * 100);
    for (const ref of category?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      // Only audits that weigh on the score and did not pass (perf metrics are shown anyway).
      if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
      if (id === 'performance') continue;
      failing.push(`${id} · ${ref.id}: ${audit.title}`);
    }
  }
  // Performance: what Lighthouse estimates would save the most on LCP, when it is not perfect.
  if ((scores.performance ?? 100) < 100) {
    const savings = Object.values(lhr.audits)
      .map((audit) => ({ audit, ms: audit.metricSavings?.LCP ?? 0 }))
      .filter(({ audit, ms }) => ms >= 50 && audit.score !== null && audit.score < 1)
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 3);
    for (const { audit, ms } of savings) {
      failing.push(`performance · ${audit.id}: ${audit.title} (LCP −${Math.round(ms)} ms est.)`);
    }
  }
  const numeric = (id: string) => lhr.audits[id]?.numericValue;
  return {
    preset,
    scores,
    lcpMs: numeric('largest-contentful-paint'),
    tbtMs: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    failing,
    warnings: lhr.runWarnings,
  };
}

function format(results: readonly PresetResult[], header: string): string {
  const target = (id: (typeof CATEGORIES)[number]) => {
    const t = TARGETS[id];
    return t === undefined ? '' : t === 100 ? ' (target 100)' : ` (target ≥ ${t})`;
  };
  const score = (r: PresetResult, id: (typeof CATEGORIES)[number]) => {
    const value = r.scores[id];
    if (value == null) return '—';
    const t = TARGETS[id];
    return `${value}${t !== undefined && value < t ? ' ✗' : ''}`;
  };
  const lines = [
    header,
    '',
    `| preset | ${CATEGORIES.map((c) => `${c}${target(c)}`).join(' | ')} | LCP (s) | TBT (ms) | CLS |`,
    `| --- | ${CATEGORIES.map(() => '---:').join(' | ')} | ---: | ---: | ---: |`,
    ...results.map(
      (r) =>
        `| ${r.preset} | ${CATEGORIES.map((c) => score(r, c)).join(' | ')} | ` +
        `${r.lcpMs === undefined ? '—' : (r.lcpMs / 1000).toFixed(2)} | ${r.tbtMs === undefined ? '—' : r.tbtMs.toFixed(0)} | ` +
        `${r.cls === undefined ? '—' : r.cls.toFixed(3)} |`,
    ),
  ];
  const failing = [...new Set(results.flatMap((r) => r.failing.map((f) => `${f} (${r.preset})`)))];
  if (failing.length)
    lines.push('', 'Audits that cost points:', '', ...failing.map((f) => `- ${f}`));
  const warnings = [...new Set(results.flatMap((r) => r.warnings))];
  if (warnings.length)
    lines.push(
      '',
      'Lighthouse warnings:',
      '',
      ...warnings.map((w) => `- ${w.replace(/\s+/g, ' ')}`),
    );
  return lines.join('\n');
}

async function main(): Promise<void> {
  const started = machine();
  const work = await mkdtemp(join(tmpdir(), 'zaman-lighthouse-'));
  let dist = option('dist');
  let server: Awaited<ReturnType<typeof startStaticServer>> | undefined;
  let chrome: Awaited<ReturnType<typeof launch>> | undefined;
  try {
    if (dist) {
      dist = resolve(dist);
    } else {
      console.log('Building the app…');
      dist = join(work, 'app');
      const built = await buildApp(dist);
      if (!built.ok) throw new Error(`cannot audit the app: ${built.error}`);
    }
    // Served like `npm start` (vite preview): the production CSP header, gzip.
    server = await startStaticServer(
      [{ prefix: '/', dir: dist, headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } }],
      { gzip: true },
    );
    const url = server.origin + PAGE_PATH;

    // A fresh profile of our own (chrome-launcher writes its logs into it, so it must exist).
    const profile = join(work, 'profile');
    await mkdir(profile);
    chrome = await launch({
      chromePath: CHROMIUM,
      chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
      userDataDir: profile,
      logLevel: 'error',
    });
    // The user agent string is reduced (156.0.0.0); the DevTools endpoint has the full version.
    const browser = (await (
      await fetch(`http://127.0.0.1:${chrome.port}/json/version`)
    ).json()) as { Browser?: string };
    const chromium = (browser.Browser ?? 'Chromium').replace(/^(Headless)?Chrome\//, 'Chromium ');
    const presets: readonly [PresetResult['preset'], Config | undefined][] = [
      ['desktop', desktopConfig],
      ['mobile', undefined], // Lighthouse's default config is the mobile preset.
    ];
    const results: PresetResult[] = [];
    let version = '';
    for (const [preset, config] of presets) {
      const runs: PresetResult[] = [];
      for (let i = 1; i <= RUNS; i++) {
        console.log(`Lighthouse, ${preset} preset, run ${i}/${RUNS}: ${url}`);
        const result = await lighthouse(
          url,
          { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
          config,
        );
        if (!result) throw new Error('Lighthouse returned no result');
        if (result.lhr.runtimeError)
          throw new Error(`Lighthouse: ${result.lhr.runtimeError.message}`);
        version = `Lighthouse ${result.lhr.lighthouseVersion}`;
        runs.push(summarize(preset, result));
      }
      // The run with the median performance score stands for the preset.
      runs.sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0));
      const median = runs[Math.floor((runs.length - 1) / 2)];
      if (median) results.push(median);
    }

    const header =
      `Run ${started.date} · ${version}, ${chromium} (headless, software rendering) · ${started.cpu}, ${started.cores} cores · ` +
      `load average at start ${started.load} · page \`${PAGE_PATH}\` · ${RUNS === 1 ? 'one run' : `median of ${RUNS} runs`} per preset. ` +
      'Mobile uses simulated slow 4G and a 4× slower CPU; on this shared machine the performance score moves by a few points between runs.';
    const report = format(results, header);
    console.log(`\n${report}\n`);
    if (!option('dist')) {
      await writeSection('lighthouse', report);
      console.log(
        'Written to docs/performance.md (between <!-- lighthouse:start --> and <!-- lighthouse:end -->).',
      );
    }
  } finally {
    chrome?.kill();
    await server?.close();
    await rm(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
