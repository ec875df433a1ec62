// Zaman: starts a ?bundle= download and its checking worker before the app's code is here.
// Not bundled; src/app/earlyRequest.ts says why and takes both over.
(() => {
  const address = new URLSearchParams(window.location.search).get('bundle');
  if (!address || typeof fetch !== 'function') return;
  try {
    const url = new URL(address, window.location.href);
    if (url.origin !== window.location.origin) return; // the app refuses it, in words
    const response = fetch(url, { credentials: 'same-origin' });
    response.catch(() => undefined); // the app reports a failure
    const validator = document.querySelector('meta[name="zaman-validator"]')?.getAttribute('content');
    // Under 1 MiB the app checks on its main thread (PARALLEL_FROM_BYTES).
    const small = (r) => !r.headers.has('content-encoding') && Number(r.headers.get('content-length')) < 1048576;
    const worker = response.then(
      (r) => (validator && typeof Worker === 'function' && !small(r) ? new Worker(validator, { type: 'module' }) : undefined),
      () => undefined,
    );
    window.zamanEarlyRequest = { href: url.href, response, worker };
  } catch {
    // not a URL: the app says so
  }
})();
