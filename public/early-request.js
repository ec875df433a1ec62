// Zaman: starts a ?bundle= article's download, and the worker that checks it, before the
// app's code is here. Not bundled; the app takes both over (src/app/earlyRequest.ts).
(() => {
  const address = new URLSearchParams(window.location.search).get('bundle');
  if (!address || typeof fetch !== 'function') return;
  try {
    // Only the page's own origin; anything else is the app's to refuse, in words.
    const url = new URL(address, window.location.href);
    if (url.origin !== window.location.origin) return;
    const response = fetch(url, { credentials: 'same-origin' });
    // Unclaimed, a failure must not surface as an unhandled rejection; the app reports it.
    response.catch(() => undefined);
    // A worker can only start while the main thread is free, as it is now (see parallelLoad.ts).
    const validator = document.querySelector('meta[name="zaman-validator"]')?.getAttribute('content');
    const worker = validator && typeof Worker === 'function' ? new Worker(validator, { type: 'module' }) : undefined;
    window.zamanEarlyRequest = { href: url.href, response, worker };
  } catch {
    // An address that is not a URL: the app says so.
  }
})();
