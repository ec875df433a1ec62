/**
 * Where a bundle comes from: the embedded seed, a same-origin URL, or a file the
 * reader opens. Sizes are checked before anything is parsed, and every failure
 * ends as problems the error screen can list, never as an exception. The
 * validator loads only when a bundle comes from outside: the embedded seed is
 * checked by the test suite instead (see model/trusted.ts).
 */
import type * as LoaderModule from '../model/load';
import type { LoadResult } from '../model/load';
import { MAX_BUNDLE_BYTES, mayBeLarge, PARALLEL_FROM_BYTES, tooLarge } from '../model/limits';
import { problem, type ProblemCode, type ProblemParams } from '../model/problem';
import type { BundleData } from '../model/schema';
import { articleFromTrustedBundle } from '../model/trusted';
import { loadReaderWindow, readyToRead } from '../reader/readerWindowCode';
import { takeEarlyRequest } from './earlyRequest';
import { LOAD_MARKS } from './loadMarks';
import { canLoadInParallel, loadCrossChecks, loadInParallel, startValidator } from './parallelLoad';
import { sameOriginUrl } from './urlState';

export type BundleOrigin =
  | { readonly kind: 'embedded' }
  | { readonly kind: 'url'; readonly url: string }
  /** `authored`: made in the authoring view and handed over, not opened from disk. */
  | { readonly kind: 'file'; readonly name: string; readonly authored?: boolean };

/** A load that ends in one problem with the whole file. */
const refused = (code: ProblemCode, params: ProblemParams): LoadResult => ({
  ok: false,
  problems: [problem('', code, params)],
});
const failed = (detail: string) => refused('fetch-failed', { detail });

/** The validator's code, fetched once, while the bundle itself downloads. */
let validator: Promise<typeof LoaderModule> | undefined;
function loadValidator() {
  validator ??= import('../model/load');
  return validator;
}

async function validate(text: string, byteLength?: number): Promise<LoadResult> {
  const { loadBundleText } = await loadValidator();
  return loadBundleText(text, byteLength);
}

/** Fetches the embedded seed, which needs no validation at run time. */
export async function fetchEmbedded(url: string): Promise<LoadResult> {
  return withReaderCode(await fetchEmbeddedArticle(url));
}

async function fetchEmbeddedArticle(url: string): Promise<LoadResult> {
  try {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok) return failed(`HTTP ${response.status}`);
    return { ok: true, article: articleFromTrustedBundle((await response.json()) as BundleData) };
  } catch (error) {
    return failed(error instanceof Error ? error.message : String(error));
  }
}

export async function fetchBundle(address: string, signal?: AbortSignal): Promise<LoadResult> {
  // A bundle from outside may be long: the windowed reader's code loads with it.
  void loadReaderWindow();
  return withReaderCode(await fetchOutsideBundle(address, signal));
}

async function fetchOutsideBundle(address: string, signal?: AbortSignal): Promise<LoadResult> {
  const url = sameOriginUrl(address, window.location.href);
  if (!url) return refused('not-same-origin', { url: address });
  // The checks' code loads while the bundle downloads, and a large bundle's worker starts
  // as soon as the headers give its size: a worker can only start while the main thread is
  // free, and once the bytes arrive it is not.
  void loadValidator();
  void loadCrossChecks();
  const early = takeEarlyRequest(url);
  let worker: Worker | undefined;
  let response: Response;
  try {
    response = await (early?.response ??
      fetch(url, { credentials: 'same-origin', ...(signal ? { signal } : {}) }));
    if (early) worker = await early.worker;
    else if (canLoadInParallel() && mayBeLarge(response)) worker = startValidator();
  } catch (error) {
    worker?.terminate();
    if (signal?.aborted) throw error;
    return failed(error instanceof Error ? error.message : String(error));
  }
  const body = refusal(response, address) ?? (await readLimited(response));
  if (
    typeof body === 'number' ||
    !(body instanceof Uint8Array) ||
    body.byteLength < PARALLEL_FROM_BYTES ||
    !worker
  ) {
    worker?.terminate();
    if (typeof body === 'number') return tooLarge(body);
    if (!(body instanceof Uint8Array)) return body;
    performance.mark(LOAD_MARKS.received);
    const result = await validate(new TextDecoder().decode(body), body.byteLength);
    performance.mark(LOAD_MARKS.indexed);
    return result;
  }
  return loadInParallel(worker, body);
}

/**
 * Why a response cannot hold a bundle, told from its status and headers before its body is
 * read. A web page where a bundle was asked for is a mistyped address on a host that answers
 * every address with its home page (as this app's own server does): 200 and HTML, and the
 * reader deserves "not a bundle, check the address" rather than a JSON parser's complaint.
 */
function refusal(response: Response, address: string): LoadResult | undefined {
  if (response.status === 404 || response.status === 410)
    return refused('not-found', { url: address });
  if (!response.ok) return failed(`HTTP ${response.status}`);
  const type = response.headers.get('content-type') ?? '';
  if (/^\s*(text\/html|application\/xhtml\+xml)\b/i.test(type))
    return refused('web-page', { url: address });
  const declared = Number(response.headers.get('content-length'));
  return declared > MAX_BUNDLE_BYTES ? tooLarge(declared) : undefined;
}

/** The body's bytes, or the byte count at which it passed the limit. */
async function readLimited(response: Response): Promise<Uint8Array | number> {
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BUNDLE_BYTES) {
      await reader.cancel();
      return size;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** A file's text; FileReader where Blob.text is missing (older engines, jsdom). */
function readText(file: Blob): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsText(file);
  });
}

export async function readBundleFile(file: Blob): Promise<LoadResult> {
  if (file.size > MAX_BUNDLE_BYTES) return tooLarge(file.size);
  try {
    return await withReaderCode(await validate(await readText(file)));
  } catch (error) {
    return failed(error instanceof Error ? error.message : String(error));
  }
}

/** A result once everything needed to show it is here (the windowed reader for a long article). */
async function withReaderCode(result: LoadResult): Promise<LoadResult> {
  if (result.ok) await readyToRead(result.article.sentences.length);
  return result;
}
