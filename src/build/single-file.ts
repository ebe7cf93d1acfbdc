import type { Plugin } from 'vite';

/** The single file has no sibling files: the home-screen icon goes (it is for installing, which a file cannot). */
export function singleFileHead(): Plugin {
  return {
    name: 'chuhai:single-file-head',
    transformIndexHtml: { order: 'pre', handler: (html) => html.replace(/\s*<link rel="apple-touch-icon"[^>]*>/, '') },
  };
}

/** The single file never registers a service worker (there is none beside it, and file:// has none). */
export function noServiceWorker(): Plugin {
  const id = '\0chuhai:no-service-worker';
  return {
    name: 'chuhai:no-service-worker',
    resolveId: (source) => (source === 'virtual:pwa-register' ? id : undefined),
    load: (loaded) => (loaded === id ? 'export function registerSW() { return async () => {}; }' : undefined),
  };
}
