/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig, type HtmlTagDescriptor, type Plugin, type Rollup } from 'vite';
import { CONTENT_SECURITY_POLICY } from './scripts/csp.ts';

/**
 * The production page carries its Content-Security-Policy in a meta tag, so it holds
 * wherever the files are served; the dev server needs inline scripts for hot reload.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'zaman-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * A tag in index.html that names a file of the build by its hashed name; the build fails
 * when that file is missing, rather than shipping a page that points nowhere.
 */
function tagForBuiltFile(
  name: string,
  what: string,
  isIt: (file: Rollup.OutputAsset | Rollup.OutputChunk) => boolean,
  tag: (href: string) => HtmlTagDescriptor,
): Plugin {
  return {
    name,
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const file = Object.values(bundle ?? {}).find(isIt);
        if (!file) throw new Error(`${what} is missing from the build`);
        return [tag(`/${file.fileName}`)];
      },
    },
  };
}

/**
 * The embedded article is fetched by the app's script, so without a hint its request
 * would wait until all the JavaScript has arrived and run. The hint starts it with the
 * page; on a slow connection that takes a round trip off the time to the article.
 */
const preloadEmbeddedArticle = () =>
  tagForBuiltFile(
    'zaman-preload-embedded-article',
    'the embedded article',
    (file) => file.type === 'asset' && file.originalFileNames.some((n) => n.endsWith('src/data/seed.bundle.json')),
    // Same request as the app's fetch(): same-origin, CORS mode, so the browser reuses it.
    (href) => ({ tag: 'link', attrs: { rel: 'preload', href, as: 'fetch', crossorigin: '' }, injectTo: 'head' }),
  );

/**
 * public/early-request.js starts the worker that checks a large ?bundle= article before the
 * app's code is here; the worker's script has a hashed name, which this tag gives it.
 */
const nameValidatorWorker = () =>
  tagForBuiltFile(
    'zaman-name-validator-worker',
    'the validation worker',
    (file) => /(^|\/)validate\.worker-[\w-]+\.js$/.test(file.fileName),
    (content) => ({ tag: 'meta', attrs: { name: 'zaman-validator', content }, injectTo: 'head-prepend' }),
  );

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), preloadEmbeddedArticle(), nameValidatorWorker()],
  build: {
    target: 'es2022',
    // Inlined assets would be data: URLs, which the policy does not allow for fonts.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
  preview: {
    port: 4173,
    headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['src/testing/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'eval/**/*.test.ts', 'bench/**/*.test.ts'],
    env: { TZ: 'UTC' },
    css: false,
    restoreMocks: true,
  },
});
