import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM, CHROMIUM_FLAGS } from './scripts/chromium.ts';

/**
 * Browser tests in Debian's Chromium (scripts/ensure-chromium.mjs installs it), against
 * the production build served by `vite preview`, which sends the same
 * Content-Security-Policy header as the page's meta tag.
 */
// E2E_PORT lets two checkouts on one machine run their browser tests side by side.
const PORT = Number(process.env.E2E_PORT) || 4311;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'off',
    timezoneId: 'UTC',
    launchOptions: {
      executablePath: CHROMIUM,
      args: [...CHROMIUM_FLAGS, '--disable-quic'],
    },
  },
  projects: [
    {
      name: 'chromium',
      grepInvert: /@timing/,
      use: { ...devices['Desktop Chrome'], channel: undefined },
    },
    // Timings run last, alone: with the other worker busy, a 2-core machine measures contention.
    {
      name: 'timing',
      grep: /@timing/,
      dependencies: ['chromium'],
      use: { ...devices['Desktop Chrome'], channel: undefined },
    },
  ],
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
