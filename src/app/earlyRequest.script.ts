/**
 * The early script (see earlyRequest.ts for what it starts and why). The build bundles this
 * file alone into /early-request.js, a classic script that index.html runs as soon as it
 * arrives: it shares the app's rules (the interface language, the size from which a bundle
 * is checked on two cores) by importing them, and is not a module the app's code waits for.
 */
import type { EarlyRequest } from './earlyRequest';
import { mayBeLarge } from '../model/bundleSizes';
import { initialLanguage, savedLanguage } from './preferences';

/** Asks for a module of the app now; the app's own import of it then finds it here. */
function modulepreload(href: string): void {
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  link.href = href;
  document.head.append(link);
}

const meta = (name: string) => document.querySelector(`meta[name="${name}"]`);

/** The interface's strings, in the language the app will choose (`zaman-strings` names them). */
function requestStrings(): void {
  const content = meta('zaman-strings')?.getAttribute('content');
  if (!content) return;
  const strings = new Map(content.split(' ').map((pair) => pair.split('=') as [string, string]));
  const language = initialLanguage(location.search, savedLanguage(), navigator.languages ?? []);
  const href = strings.get(language);
  if (href) modulepreload(href);
}

/** A same-origin ?bundle= address: its request, the code that checks it, and perhaps its worker. */
function requestBundle(): (EarlyRequest & { readonly href: string }) | undefined {
  const address = new URLSearchParams(location.search).get('bundle');
  if (!address || typeof fetch !== 'function') return undefined;
  let url: URL;
  try {
    url = new URL(address, location.href);
  } catch {
    return undefined; // not a URL: the app says so
  }
  if (url.origin !== location.origin) return undefined; // the app refuses it, in words
  const response = fetch(url, { credentials: 'same-origin' });
  response.catch(() => undefined); // the app reports a failure
  const code = meta('zaman-bundle-code')?.getAttribute('content');
  for (const href of code ? code.split(' ') : []) modulepreload(href);
  const validator = meta('zaman-validator')?.getAttribute('content');
  const worker = response.then(
    (r) =>
      validator && typeof Worker === 'function' && mayBeLarge(r)
        ? new Worker(validator, { type: 'module' })
        : undefined,
    () => undefined,
  );
  return { href: url.href, response, worker };
}

requestStrings();
const early = requestBundle();
if (early) window.zamanEarlyRequest = early;
new Intl.NumberFormat().format(0); // loads the engine's Intl data now, not in the first drawing
