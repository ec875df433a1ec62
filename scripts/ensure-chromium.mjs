#!/usr/bin/env node
/**
 * The browser tests, the benchmark and Lighthouse run in Debian's Chromium (never a browser
 * a tool downloads).
 * If it is missing, install it when we can (root, or passwordless sudo); otherwise
 * stop with the exact command to run. Never a silent skip.
 */
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function can(command) {
  return spawnSync('sh', ['-c', command], { stdio: 'ignore' }).status === 0;
}

if (existsSync(CHROMIUM)) {
  process.exit(0);
}

const install = 'apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium fonts-noto-core';
const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const prefix = asRoot ? '' : can('sudo -n true') ? 'sudo -n ' : undefined;

if (prefix === undefined) {
  console.error(
    `Zaman's browser tests, benchmark and Lighthouse runs need Debian's Chromium at ${CHROMIUM},\n` +
      `and it is not installed. Install it with:\n\n  sudo apt-get update && sudo apt-get install -y chromium fonts-noto-core\n\n` +
      `then run the command again.`,
  );
  process.exit(1);
}

console.log(`Installing Debian's Chromium (${prefix}apt-get)…`);
try {
  execSync(prefix + install.replaceAll('&& ', `&& ${prefix}`), { stdio: 'inherit', shell: '/bin/sh' });
} catch {
  console.error(`Installing Chromium failed. Run this yourself and try again:\n\n  sudo apt-get install -y chromium fonts-noto-core\n`);
  process.exit(1);
}
if (!existsSync(CHROMIUM)) {
  console.error(`apt-get finished but ${CHROMIUM} is still missing; set CHROMIUM_PATH to your Chromium.`);
  process.exit(1);
}
