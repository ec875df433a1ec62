/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
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

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
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
