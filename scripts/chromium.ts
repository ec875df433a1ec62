/**
 * Debian's Chromium and the flags every browser this project starts gets (the browser
 * tests, the benchmark, Lighthouse): no sandbox (root in a container), no GPU (rendering
 * is software), and none of Chromium's own background traffic, which would compete for
 * the two cores and try to reach a network that is closed. Nothing ever downloads a browser.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
] as const;
