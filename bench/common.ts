/**
 * What `npm run bench` and `npm run lighthouse` share: the browser's flags, building the
 * app into a private folder, machine facts for the report, and writing a generated section
 * of docs/performance.md.
 */
import { spawn } from 'node:child_process';
import { chromium, type BrowserContext, type CDPSession } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('..', import.meta.url));
export const PERFORMANCE_DOC = `${REPO}docs/performance.md`;

import { CHROMIUM, CHROMIUM_FLAGS } from '../scripts/chromium';

export { CHROMIUM, CHROMIUM_FLAGS };

export const VIEWPORT = { width: 1280, height: 800 };

/**
 * The browser every measured page opens in: Debian's Chromium with a profile of its own
 * (each measured load is a new page in it). `npm run bench` and `npm run bench:ab` share it,
 * so an A/B pair is measured as the bench measures.
 */
export async function openBenchBrowser(profile: string): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_FLAGS],
    viewport: VIEWPORT,
  });
  // tsx compiles with esbuild's keepNames, which wraps functions in __name(…) calls; the
  // functions sent to page.evaluate carry them into the page, so define it there.
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  return context;
}

/**
 * Waits until the page has set the performance mark `name`, asking every 100 ms through the
 * DevTools protocol with a one-line expression. Not page.waitForFunction: that first puts
 * Playwright's own script (some 35 ms of the main thread, seen in traces) into the page, just
 * while the page being timed is loading, and would be counted in its time.
 */
export async function waitForMark(
  cdp: CDPSession,
  name: string,
  timeoutMs: number,
): Promise<boolean> {
  const expression = `performance.getEntriesByName(${JSON.stringify(name)}).length > 0`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { result } = await cdp.send('Runtime.evaluate', { expression, returnByValue: true });
    if (result.value === true) return true;
    if (Date.now() > deadline) return false;
    await sleep(100);
  }
}

/** A command-line option's value: `--name value` or `--name=value`. */
export function option(name: string): string | undefined {
  const args = process.argv.slice(2);
  const inline = args.find((a) => a.startsWith(`--${name}=`));
  if (inline) return inline.slice(name.length + 3);
  const at = args.indexOf(`--${name}`);
  return at === -1 ? undefined : args[at + 1];
}

/** Runs a command in the repository, printing its output only when it fails. */
export function run(
  command: string,
  args: readonly string[],
): Promise<{ ok: boolean; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => resolve({ ok: false, output: String(error) }));
    child.on('close', (code) => resolve({ ok: code === 0, output }));
  });
}

/**
 * Builds the app with its own vite.config.ts, like `vite build`, but into `outDir`: other
 * engineers build and serve dist/ in the same tree, and must not empty it under us (nor we
 * under them).
 */
export async function buildApp(
  outDir: string,
): Promise<{ ok: true } | { ok: false; error: string }> {
  if (!existsSync(`${REPO}index.html`))
    return { ok: false, error: 'the app has no index.html yet' };
  const result = await run('npx', [
    'vite',
    'build',
    '--outDir',
    outDir,
    '--emptyOutDir',
    '--logLevel',
    'warn',
  ]);
  return result.ok
    ? { ok: true }
    : { ok: false, error: `vite build failed: ${lastLines(result.output, 8)}` };
}

export function lastLines(text: string, count: number): string {
  return text.trim().split('\n').slice(-count).join('\n');
}

export interface Machine {
  readonly date: string;
  readonly cpu: string;
  readonly cores: number;
  readonly node: string;
  /** 1-minute load average when the run started: how busy the shared machine was. */
  readonly load: number;
}

export function machine(): Machine {
  let cpu = cpus()[0]?.model ?? 'unknown';
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((l) => l.startsWith('model name'));
    if (line) cpu = line.split(':')[1]?.trim() ?? cpu;
  } catch {
    // Not Linux: keep os.cpus()'s name.
  }
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    cpu,
    cores: cpus().length,
    node: process.version,
    load: Number((readLoad() ?? 0).toFixed(2)),
  };
}

function readLoad(): number | undefined {
  try {
    return Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
  } catch {
    return undefined;
  }
}

/**
 * Replaces what is between `<!-- NAME:start -->` and `<!-- NAME:end -->` in
 * docs/performance.md, keeping everything else; adds the markers at the end if missing.
 * Re-reads the file right before writing, since others may edit the prose around it.
 */
export async function writeSection(name: string, content: string): Promise<void> {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const text = await readFile(PERFORMANCE_DOC, 'utf8').catch(() => '# Performance\n');
  const body = `${start}\n${content.trim()}\n${end}`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  const next =
    from !== -1 && to > from
      ? text.slice(0, from) + body + text.slice(to + end.length)
      : `${text.trimEnd()}\n\n${body}\n`;
  await writeFile(PERFORMANCE_DOC, next);
}

/** Nearest-rank percentile of an already sorted list. */
export function percentile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
}

export function median(values: readonly number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    0.5,
  );
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
