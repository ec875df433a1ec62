/**
 * Renders the whole app as a reader would meet it: at a URL, with bundles served
 * from disk instead of the network.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, screen } from '@testing-library/react';
import { vi } from 'vitest';
import { App } from '../app/App';
import { ErrorBoundary } from '../app/ErrorBoundary';
import type { UiLanguage } from '../i18n/languages';
import { initTestI18n } from './i18n';

export const SEED_TEXT = readFileSync(resolve(process.cwd(), 'src/data/seed.bundle.json'), 'utf8');

/** Serves bundles by URL path; the embedded seed is always there. */
export function serveBundles(extra: Record<string, string> = {}) {
  const files: Record<string, string> = { 'seed.bundle.json': SEED_TEXT, ...extra };
  return vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, 'http://localhost/');
    const name = Object.keys(files).find((key) => url.pathname.endsWith(key));
    if (name === undefined) return new Response('not found', { status: 404 });
    return new Response(files[name], { status: 200, headers: { 'content-type': 'application/json' } });
  });
}

/** Renders the app at `search` (e.g. "?lang=ar&event=x") and waits for the article. */
export async function renderApp(search = '?lang=en', options: { language?: UiLanguage; bundles?: Record<string, string> } = {}) {
  window.history.replaceState(null, '', `/${search}`);
  serveBundles(options.bundles);
  const language = options.language ?? ((new URLSearchParams(search).get('lang') as UiLanguage | null) ?? 'en');
  await initTestI18n(language);
  const view = render(
    <ErrorBoundary>
      <App />
    </ErrorBoundary>,
  );
  return view;
}

/** Waits until the article's timeline (or error screen) is on screen. */
export async function articleShown() {
  return screen.findByRole('heading', { level: 2, name: /^(Timeline|الخط الزمني|时间轴|Шкала времени)$/ }, { timeout: 5000 });
}
