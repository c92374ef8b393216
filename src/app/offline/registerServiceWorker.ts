/**
 * Registers the service worker that keeps the planner working offline (vite.config.ts, workbox).
 * The first visit installs it and precaches the build; later visits open from the cache with or
 * without a network. A new version installs in the background and waits; it takes over on the next
 * visit — when this page goes away (closed, reloaded, navigated from) it is told to skip waiting —
 * so a page never swaps its code in the middle of a run. Production builds only: the dev server
 * has no service worker.
 *
 * Registration waits for the page to load, for `quiet` (main.tsx: the first run has ended) and then
 * for the page to go idle: installing compiles the worker and fetches and stores every file of the
 * build (~3 MB), which on a 2-core machine took CPU from the first run's simulation workers — and
 * the page's main thread is idle often during a run, so idleness alone did not keep it out.
 */
import { registerSW } from 'virtual:pwa-register';

export function registerServiceWorker(quiet: Promise<unknown> = Promise.resolve()): void {
  if (!('serviceWorker' in navigator)) return;
  const loaded = new Promise<void>((resolve) => {
    if (document.readyState === 'complete') resolve();
    else window.addEventListener('load', () => resolve(), { once: true });
  });
  void Promise.all([loaded, quiet]).then(() => {
    if ('requestIdleCallback' in window) requestIdleCallback(register, { timeout: 10_000 });
    else setTimeout(register, 1000);
  });
}

function register(): void {
  let waiting = false;
  const activateWaiting = registerSW({
    immediate: true,
    onNeedRefresh: () => {
      waiting = true;
    },
  });
  window.addEventListener('pagehide', () => {
    if (waiting) void activateWaiting(false);
  });
}
