import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from '@/app/App';
import { preloadRoute } from '@/app/routes';
import { parseHash } from '@/lib/router/hash-route';
import { createI18n } from '@/lib/i18n/i18n';
import { detectLanguage } from '@/lib/i18n/languages';
import { afterFirstPaint } from '@/lib/after-first-paint';
import { registerServiceWorker } from '@/lib/pwa/register-service-worker';
import { hydrateAppStore } from '@/lib/store/app-store';
import { lazyValidator } from '@/lib/store/persisted-validator';
import { appStore } from '@/lib/store/use-app-store';
import './app/styles.css';
// The results styles (all scoped under .results) travel with the first stylesheet: a link straight
// to a result then paints without waiting for a stylesheet of its own (the summary it opens with included).
import './features/results/results.css';
import './features/results/summary/summary.css';

// Saved work is read (and checked) before anything else; with nothing saved this is immediate.
await hydrateAppStore(appStore);

// The language is remembered in the store; on a first visit it comes from the browser.
const saved = appStore.getState().preferences.language;
const language = saved ?? detectLanguage(navigator.languages);
if (!saved) appStore.getState().setLanguage(language);

const i18n = await createI18n(language);
// A deep link (e.g. #/results/…) fetches its screen and text before the first render, so it paints
// the page at once instead of a loading line first (the start page is in this bundle already).
// On a network that stalls, the shell (with its loading line) shows after two seconds regardless.
await Promise.race([preloadRoute(parseHash(window.location.hash).segments[0] ?? '', i18n), new Promise((r) => setTimeout(r, 2000))]);
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App i18n={i18n} />
    </StrictMode>,
  );
}

// The checker of saved data follows the first paint, ready before another tab's changes arrive.
afterFirstPaint(() => void lazyValidator.load().catch(() => undefined));

// Offline after one visit (PWA build only): loaded after the first screen, and never in the
// single-file build, which runs from file:// where there is no service worker.
if (import.meta.env.PROD && import.meta.env.MODE !== 'single') void registerServiceWorker();
