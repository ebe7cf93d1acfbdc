/// <reference types="vite-plugin-pwa/vanillajs" />
import { afterFirstPaint } from '@/lib/after-first-paint';
import { linkManifest } from './manifest-link';
import { markNeedRefresh, markOfflineReady } from './update-state';

/** A workshop tab can stay open all day: look for a new version now and then, not only on navigation. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

/**
 * Resolves once the page has loaded, its first screen is painted and the browser is idle:
 * precaching downloads every file, which must not compete with what the first screen needs.
 */
function firstScreenShown(): Promise<void> {
  return new Promise((resolve) => {
    // Safari has no requestIdleCallback.
    const whenIdle = () =>
      typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout: 3000 }) : setTimeout(resolve, 500);
    const afterLoad = () => afterFirstPaint(whenIdle);
    if (document.readyState === 'complete') afterLoad();
    else window.addEventListener('load', afterLoad, { once: true });
  });
}

/**
 * Links the web app manifest and registers the service worker that precaches the app. The registration code (and workbox-window)
 * is a separate chunk fetched after the first screen. A new version waits until the user agrees
 * to reload: answers are saved on every change, so the reload loses nothing.
 */
export async function registerServiceWorker(): Promise<void> {
  await firstScreenShown();
  linkManifest();
  const { registerSW } = await import('virtual:pwa-register');
  const update = registerSW({
    immediate: true,
    onNeedRefresh: () => markNeedRefresh(() => update(true)),
    onOfflineReady: markOfflineReady,
    onRegisteredSW: (_url, registration) => {
      if (!registration) return;
      setInterval(() => {
        // Offline the check would only fail; the cached version keeps working either way.
        if (navigator.onLine) registration.update().catch(() => {});
      }, UPDATE_CHECK_MS);
    },
    // Without a service worker the app still works online; nothing to tell the user.
    onRegisterError: (e: unknown) => console.warn('[pwa] service worker not registered', e),
  });
}
