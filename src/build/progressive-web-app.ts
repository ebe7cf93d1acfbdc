import { VitePWA } from 'vite-plugin-pwa';

const THEME = '#8c1d18';

/** Installable app, and every built file precached so that after one visit it works with the network off. */
export function progressiveWebApp() {
  return VitePWA({
    strategies: 'generateSW',
    registerType: 'prompt',
    // src/lib/pwa registers it lazily through `virtual:pwa-register`; no script is injected.
    injectRegister: false,
    // The glob below already finds the icons; listing them twice would duplicate precache entries.
    includeManifestIcons: false,
    manifest: {
      id: './',
      name: 'Chuhai going-global self-assessment · 出海能力自评',
      short_name: 'Chuhai 出海',
      description: "A private, offline self-assessment of a Chinese firm's path overseas / 出海能力自评",
      lang: 'en',
      theme_color: THEME,
      background_color: '#f6f4f1',
      display: 'standalone',
      start_url: './',
      scope: './',
      icons: [
        { src: 'icons/pwa-192x192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/pwa-512x512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icons/maskable-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,svg,png,json,webmanifest}'],
      // Vite's build manifest is for tools, not for the browser; the plugin lists the web manifest
      // itself, so the glob must not add it a second time.
      globIgnores: ['**/node_modules/**/*', '.vite/**', 'manifest.webmanifest'],
      cleanupOutdatedCaches: true,
    },
  });
}
