/**
 * The hand-over from public/early-request.js, which index.html runs before the app's code
 * has arrived: the response of a ?bundle= request already on its way, and a validation
 * worker already started.
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
