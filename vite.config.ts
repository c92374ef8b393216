import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import {
  DEV_SECURITY_HEADERS,
  META_CONTENT_SECURITY_POLICY,
  SECURITY_HEADERS,
} from './config/securityHeaders.ts';

/**
 * The built index.html carries the CSP as a <meta> too, for a server that sends no headers (the dev
 * server gets none: its client and React's refresh preamble are inline scripts).
 */
function cspMeta(): Plugin {
  return {
    name: 'luohe:csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/**
 * Offline after the first visit: a service worker (workbox, generated) precaches the whole build —
 * page, scripts, workers, styles, icons — so a meeting-room laptop opens and runs the planner with no
 * network. It registers from src/app/offline/registerServiceWorker.ts (no inline script); a new
 * version installs in the background and takes over on the next visit.
 */
const pwa = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  includeAssets: ['favicon.svg', 'robots.txt'],
  manifest: {
    name: '漯河政务云容量规划 · Luohe cloud capacity planner',
    short_name: '政务云规划',
    description: 'Capacity planner and Monte Carlo simulator for the Luohe government cloud contract',
    lang: 'zh-CN',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#1d4e89',
    icons: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,webmanifest,txt}'],
    // The xlsx export's library is the largest chunk (~1 MB); everything must be there offline.
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
  },
});

export default defineConfig({
  plugins: [react(), pwa, cspMeta()],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: true },
  server: { headers: { ...DEV_SECURITY_HEADERS } },
  preview: { headers: { ...SECURITY_HEADERS } },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
