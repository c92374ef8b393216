/**
 * Registers the service worker that keeps the planner working offline (vite.config.ts, workbox).
 * The first visit installs it and precaches the build; later visits open from the cache with or
 * without a network. A new version installs in the background and waits; it takes over on the next
 * visit — when this page goes away (closed, reloaded, navigated from) it is told to skip waiting —
 * so a page never swaps its code in the middle of a run. Production builds only: the dev server
 * has no service worker. Registration waits for the page to load and go idle, so precaching never
 * competes with the first run's workers for the network or the cores.
 */
import { registerSW } from 'virtual:pwa-register';

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const start = () =>
    'requestIdleCallback' in window
      ? requestIdleCallback(register, { timeout: 10_000 })
      : setTimeout(register, 3000);
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
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
