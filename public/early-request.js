// Zaman: starts what can start before the app's code is here. src/app/earlyRequest.ts says what and why.
{
  /** Asks for a module of the app now; the app's own import of it then finds it here. */
  const modulepreload = (href) => {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = href;
    document.head.append(link);
  };

  // The interface's strings in the language the app will choose, by the same rule as
  // initialLanguage (src/app/preferences.ts): the address's lang, else the saved choice, else
  // the browser's first language Zaman has, else English. e2e/i18n.spec.ts holds them together.
  (() => {
    const content = document.querySelector('meta[name="zaman-strings"]')?.getAttribute('content');
    if (!content) return;
    const strings = new Map(content.split(' ').map((pair) => pair.split('=')));
    const known = (language) => (language && strings.has(language) ? language : undefined);
    let saved = null;
    try {
      saved = localStorage.getItem('zaman.language');
    } catch {
      // no storage: nothing saved
    }
    const browser = (navigator.languages || []).map((tag) => tag.toLowerCase().split('-')[0]);
    const language =
      known(new URLSearchParams(location.search).get('lang')) ??
      known(saved) ??
      browser.find((base) => strings.has(base)) ??
      'en';
    modulepreload(strings.get(language));
  })();

  (() => {
    const address = new URLSearchParams(location.search).get('bundle');
    if (!address || typeof fetch !== 'function') return;
    try {
      const url = new URL(address, location.href);
      if (url.origin !== location.origin) return; // the app refuses it, in words
      const response = fetch(url, { credentials: 'same-origin' });
      response.catch(() => undefined); // the app reports a failure
      const code = document.querySelector('meta[name="zaman-bundle-code"]')?.getAttribute('content');
      for (const href of code ? code.split(' ') : []) modulepreload(href);
      const meta = document.querySelector('meta[name="zaman-validator"]');
      const validator = meta?.getAttribute('content');
      const fromBytes = Number(meta?.getAttribute('data-from-bytes'));
      const small = (r) => !r.headers.has('content-encoding') && Number(r.headers.get('content-length')) < fromBytes;
      const worker = response.then(
        (r) => (validator && typeof Worker === 'function' && !small(r) ? new Worker(validator, { type: 'module' }) : undefined),
        () => undefined,
      );
      window.zamanEarlyRequest = { href: url.href, response, worker };
    } catch {
      // not a URL: the app says so
    }
  })();
  new Intl.NumberFormat().format(0); // loads the engine's Intl data now, not in the first drawing
}
