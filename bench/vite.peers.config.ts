/**
 * Builds the benchmark's peer pages (bench/peers/*.html) into bench/peers/dist, served by
 * bench/run.ts under /peers/. Bundled like the app, so no page loads anything from a CDN.
 * Usage: npx vite build --config bench/vite.peers.config.ts
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const peers = fileURLToPath(new URL('./peers/', import.meta.url));

export default defineConfig({
  root: peers,
  base: '/peers/',
  // The app's public/ folder is not the peers' business.
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: `${peers}dist`,
    emptyOutDir: true,
    target: 'es2022',
    // vis-timeline alone is over the default 500 kB warning; the size is not what is measured.
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      input: {
        'vis-timeline': `${peers}vis-timeline.html`,
        'timelines-chart': `${peers}timelines-chart.html`,
      },
    },
  },
});
