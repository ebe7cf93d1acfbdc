/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { CHUNK_GROUPS } from './src/build/chunk-groups.ts';
import { contentSecurityPolicy } from './src/build/content-security-policy.ts';
import { deferManifestLink } from './src/build/defer-manifest-link.ts';
import { inlineFavicon } from './src/build/inline-favicon.ts';
import { largestBundleFirst } from './src/build/largest-bundle-first.ts';
import { progressiveWebApp } from './src/build/progressive-web-app.ts';
import { routePreload } from './src/build/route-preload.ts';
import { noServiceWorker, singleFileHead } from './src/build/single-file.ts';

// The build plugins, one purpose each, live in src/build/ (Node code, never part of the app).
const root = fileURLToPath(new URL('.', import.meta.url));
const src = fileURLToPath(new URL('./src', import.meta.url));
const locales = fileURLToPath(new URL('./locales', import.meta.url));

/** PWA build (default) or the one self-contained HTML file (`--mode single`). */
function pluginsFor(mode: string) {
  if (mode === 'single') return [react(), inlineFavicon(), singleFileHead(), noServiceWorker(), viteSingleFile(), contentSecurityPolicy()];
  return [react(), inlineFavicon(), ...(mode === 'test' ? [] : [progressiveWebApp(), deferManifestLink()]), largestBundleFirst(), routePreload(root), contentSecurityPolicy()];
}

export default defineConfig(({ mode }) => ({
  // Relative base: the same build works from a web server, an installed PWA and file://.
  base: './',
  plugins: pluginsFor(mode),
  resolve: { alias: { '@': src, '@locales': locales } },
  // The single file inlines everything, so nothing from public/ (and no build manifest) goes beside it.
  publicDir: mode === 'single' ? false : 'public',
  build:
    mode === 'single'
      ? { target: 'es2022', sourcemap: false, manifest: false, outDir: 'dist-single' }
      : {
          target: 'es2022',
          sourcemap: false,
          manifest: true,
          // No modulepreload polyfill (0.5 kB of the first bundle): a browser without modulepreload
          // (Safari before 17) fetches each module when it is imported, a little later, and works the same.
          modulePreload: { polyfill: false },
          rollupOptions: { output: { codeSplitting: { groups: CHUNK_GROUPS } } },
        },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}', 'test/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['test/setup/unit-setup.ts'],
          // Component tests render the whole app with real i18n; on a loaded 2-core machine
          // the default 5 s is too tight to tell a slow run from a broken one.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/harness/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: true,
          maxWorkers: 2,
          // Two browsers share two cores: a lazily loaded screen can take more than the default second
          // to appear. The wait is longer; what is waited for is the same.
          expect: { poll: { timeout: 5_000 } },
        },
      },
    ],
  },
}));
