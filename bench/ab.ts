/**
 * `npm run bench:ab -- --a DIR --b DIR [--size 10000] [--runs 10]`
 *
 * Two builds of the app (e.g. `npx vite build --outDir /tmp/before` on one commit and
 * `--outDir /tmp/after` on another) served side by side, each loading the same synthetic
 * bundle through `?bundle=`, loads alternated A, B, A, B… in the same minutes: the machine's
 * speed of the moment cancels out, so a change can be measured on a noisy machine. Prints
 * every load's time to `timeline-drawn` and the medians of the load's marks (bundle received,
 * indexed, checked; see src/app/parallelLoad.ts). Each load is a new page in the bench's own
 * browser (bench/common.ts), timed as the bench times Zaman; still, compare A with B only.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { median, openBenchBrowser, option, waitForMark } from './common';
import { startStaticServer } from './server';
import { generateBundle } from './synthetic';
import { LOAD_MARKS } from '../src/app/loadMarks';
import { TIMELINE_DRAWN } from '../src/timeline/drawnMark';

const MARKS = [LOAD_MARKS.received, LOAD_MARKS.indexed, LOAD_MARKS.checked, TIMELINE_DRAWN] as const;

function required(name: string): string {
  const value = option(name);
  if (!value) throw new Error(`missing --${name} DIR (a folder built by vite build)`);
  return resolve(value);
}

/** The median of the marks that were set (a small bundle is checked without the parallel ones). */
function medianOfSet(values: readonly number[]): string {
  const set = values.filter(Number.isFinite);
  return set.length === 0 ? '—' : String(median(set));
}

async function main(): Promise<void> {
  const builds = { A: required('a'), B: required('b') };
  const size = Number(option('size') ?? 10_000);
  const runs = Number(option('runs') ?? 10);
  const data = await mkdtemp(join(tmpdir(), 'zaman-ab-'));
  await writeFile(join(data, 'bundle.json'), JSON.stringify(generateBundle(size)));
  const servers = {
    A: await startStaticServer([
      { prefix: '/data/', dir: data },
      { prefix: '/', dir: builds.A },
    ]),
    B: await startStaticServer([
      { prefix: '/data/', dir: data },
      { prefix: '/', dir: builds.B },
    ]),
  };
  const profile = await mkdtemp(join(tmpdir(), 'zaman-ab-profile-'));
  const browser = await openBenchBrowser(profile);
  const marks: Record<'A' | 'B', number[][]> = { A: [], B: [] };
  try {
    for (let i = 0; i < runs; i++) {
      for (const build of ['A', 'B'] as const) {
        const page = await browser.newPage();
        const cdp = await browser.newCDPSession(page);
        await page.goto(`${servers[build].origin}/?bundle=/data/bundle.json`, {
          waitUntil: 'commit',
        });
        if (!(await waitForMark(cdp, TIMELINE_DRAWN, 60_000)))
          throw new Error(`${build}: the timeline was not drawn within 60 s`);
        marks[build].push(
          await page.evaluate(
            (names) =>
              names.map((name) =>
                Math.round(performance.getEntriesByName(name)[0]?.startTime ?? NaN),
              ),
            [...MARKS],
          ),
        );
        await page.close();
      }
    }
  } finally {
    await browser.close();
    await Promise.all([servers.A.close(), servers.B.close()]);
    await rm(data, { recursive: true, force: true });
    await rm(profile, { recursive: true, force: true });
  }
  console.log(`${size.toLocaleString('en')} events, ${runs} loads each, alternated`);
  for (const build of ['A', 'B'] as const) {
    const drawn = marks[build].map((m) => m[3] ?? NaN);
    const medians = MARKS.map((_, i) => medianOfSet(marks[build].map((m) => m[i] ?? NaN)));
    console.log(`${build} ${builds[build]}`);
    console.log(`  drawn (ms): ${drawn.join(' ')}; median ${medianOfSet(drawn)}`);
    console.log(`  medians: ${MARKS.map((name, i) => `${name} ${medians[i]}`).join(', ')}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
