/**
 * The hand-over from public/early-request.js: a classic script with nothing to import,
 * not bundled with the app, that index.html runs as soon as it arrives. For a same-origin
 * ?bundle= address it starts the request, so a large bundle downloads while the app's code
 * is still loading rather than after it has run. Once the response's headers show a bundle
 * of 1 MiB or more (or a compressed one, of unknown size), it also starts the worker that
 * checks it (parallelLoad.ts; the build names the worker's script in a meta tag): a worker
 * can only start while the main thread is free, as it is while the app's code downloads.
 * The app takes both over here and checks the response like any other.
 */
export interface EarlyRequest {
  readonly response: Promise<Response>;
  /** Started once the response's size is known to need it (see parallelLoad.ts). */
  readonly worker: Promise<Worker | undefined>;
}

declare global {
  interface Window {
    zamanEarlyRequest?: EarlyRequest & { readonly href: string };
  }
}

/** What was started early for `url`, once; a second load of the address starts afresh. */
export function takeEarlyRequest(url: URL): EarlyRequest | undefined {
  const early = window.zamanEarlyRequest;
  if (!early) return undefined;
  delete window.zamanEarlyRequest;
  if (early.href === url.href) return early;
  void early.worker.then((worker) => worker?.terminate());
  return undefined;
}
