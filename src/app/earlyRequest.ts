/**
 * The hand-over from public/early-request.js: a classic script with nothing to import,
 * not bundled with the app, that index.html runs as soon as it arrives. For a ?bundle=
 * address it starts the request, so a large bundle downloads while the app's code is still
 * loading rather than after it has run, and the worker that checks large bundles (whose
 * script the build names in a meta tag). The app takes both over here and checks the
 * response like any other.
 */
export interface EarlyRequest {
  readonly response: Promise<Response>;
  readonly worker: Worker | undefined;
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
  early.worker?.terminate();
  return undefined;
}
