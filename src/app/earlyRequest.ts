/**
 * The hand-over from /early-request.js (earlyRequest.script.ts, which the build bundles on
 * its own into a classic script): index.html runs it as soon as it arrives, while the app's
 * own scripts still download and the main thread has nothing else to do. It
 *
 * - asks for the interface's strings in the language the app will choose (the chunks named
 *   in `<meta name="zaman-strings">`; by initialLanguage in preferences.ts, as the app),
 *   which the app would otherwise request only once its code has run: a round trip before
 *   the first render, on every page;
 * - starts the request of a same-origin ?bundle= address, so a large bundle downloads
 *   while the app's code loads rather than after it has run;
 * - asks for the code that checks and shows a bundle (`<link rel="modulepreload">` for the
 *   chunks the build names in `<meta name="zaman-bundle-code">`), so that it is here when
 *   the bytes are instead of being requested once the app has run;
 * - once the response's headers show a bundle of PARALLEL_FROM_BYTES or more (or a
 *   compressed one, of unknown size: mayBeLarge), starts the worker that checks it
 *   (parallelLoad.ts; `<meta name="zaman-validator">` names its script): a worker can only
 *   start while the main thread is free, as it is while the app's code downloads;
 * - makes one Intl formatter: the engine loads its Intl data with a page's first one
 *   (20–50 ms on a slow core), which the first drawing would otherwise pay for.
 *
 * The app takes the request and the worker over here and checks the response like any other.
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
