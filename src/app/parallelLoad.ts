/**
 * Large bundles load on two cores: a worker checks the shape (JSON, schema) while the
 * main thread decodes and parses the same bytes, runs the cross-checks and indexes the
 * article. The article is shown only if both find no problem, so nothing unchecked ever
 * reaches the screen; the wait is the longer of the two halves instead of their sum.
 */
import type { Article } from '../model/article';
import type { LoadResult } from '../model/load';
import { problem, type BundleProblem } from '../model/problem';
import type * as CrossChecksModule from '../model/crossChecks';
import type { BundleData } from '../model/schema';
import { buildArticle } from '../model/buildArticle';
import type { ValidateRequest } from '../model/validate.worker';
import { LOAD_MARKS } from './loadMarks';

export function canLoadInParallel(): boolean {
  return typeof Worker === 'function';
}

/** Starts the validation worker; callers start it early so it is ready when the bytes are. */
export function startValidator(): Worker {
  return new Worker(new URL('../model/validate.worker.ts', import.meta.url), { type: 'module' });
}

let crossChecks: Promise<typeof CrossChecksModule> | undefined;

/**
 * The cross-checks' code, asked for while the bytes download. Awaiting the same, already
 * settled promise once they are here continues at once; a new import() of even a loaded
 * module settles in a task of its own, which waits behind whatever the main thread has
 * queued by then (the first render of the interface, ~100 ms on a first visit).
 */
export function loadCrossChecks(): Promise<typeof CrossChecksModule> {
  crossChecks ??= import('../model/crossChecks');
  return crossChecks;
}

export async function loadInParallel(worker: Worker, bytes: Uint8Array): Promise<LoadResult> {
  const verdict = new Promise<readonly BundleProblem[]>((resolve) => {
    worker.onmessage = (event: MessageEvent<readonly BundleProblem[]>) => resolve(event.data);
    worker.onerror = (event) => resolve([problem('', 'internal', { detail: event.message })]);
  });
  const request: ValidateRequest = { bytes };
  // Copied, not transferred: the main thread reads the same bytes.
  worker.postMessage(request);

  performance.mark(LOAD_MARKS.received);
  let article: Article | undefined;
  let crossProblems: readonly BundleProblem[] = [];
  let failure: unknown;
  try {
    const data = JSON.parse(new TextDecoder().decode(bytes)) as BundleData;
    const { crossCheck } = await loadCrossChecks();
    const checked = crossCheck(data);
    crossProblems = checked.problems;
    if (crossProblems.length === 0) article = buildArticle(data, checked.dates);
  } catch (error) {
    // Data of the wrong shape can trip the cross-checks; the worker's verdict names the real problems.
    failure = error;
  }
  performance.mark(LOAD_MARKS.indexed);
  const shapeProblems = await verdict;
  performance.mark(LOAD_MARKS.checked);
  worker.terminate();
  // A refused shape has the whole verdict (see checkBundleShape); a right one, the cross-checks'.
  if (shapeProblems.length > 0) return { ok: false, problems: shapeProblems };
  if (crossProblems.length > 0) return { ok: false, problems: crossProblems };
  if (!article) {
    return { ok: false, problems: [problem('', 'internal', { detail: String(failure) })] };
  }
  return { ok: true, article };
}
