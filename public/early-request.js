/**
 * Zaman: starts the download of a ?bundle= article, and the worker that checks it, before
 * the app's code is here.
 *
 * A classic script with nothing to import, so it is not bundled with the app and runs as
 * soon as it arrives; a large bundle then downloads while the app's JavaScript is still
 * loading, instead of after it has run. The app takes the response when it loads that
 * address (takeEarlyResponse in src/app/earlyRequest.ts) and checks it like any other.
 */
(() => {
  const address = new URLSearchParams(window.location.search).get('bundle');
  if (!address || typeof fetch !== 'function') return;
  try {
    // Only the page's own origin; anything else is the app's to refuse, in words.
    const url = new URL(address, window.location.href);
    if (url.origin !== window.location.origin) return;
    const response = fetch(url, { credentials: 'same-origin' });
    // A failure is the app's to report; unclaimed, it must not surface as an unhandled rejection.
    response.catch(() => undefined);
    // A large bundle is checked in a worker (src/app/parallelLoad.ts). A worker can only start
    // while the page's main thread is free, as it is now; the build names its script here.
    const validator = document.querySelector('meta[name="zaman-validator"]')?.getAttribute('content');
    const worker = validator && typeof Worker === 'function' ? new Worker(validator, { type: 'module' }) : undefined;
    window.zamanEarlyRequest = { href: url.href, response, worker };
  } catch {
    // An address that is not a URL: the app says so.
  }
})();
