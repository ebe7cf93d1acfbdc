/// <reference types="vitest/config" />
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type Rollup } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { LANGUAGE_HINT_KEY, ROUTE_NEEDS } from './src/app/route-needs.ts';
import { detectLanguage, LANGUAGES } from './src/lib/i18n/languages.ts';
import { MANIFEST_LINK } from './src/lib/pwa/manifest-link.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const src = fileURLToPath(new URL('./src', import.meta.url));
const locales = fileURLToPath(new URL('./locales', import.meta.url));
const favicon = fileURLToPath(new URL('./public/favicon.svg', import.meta.url));

const THEME = '#8c1d18';

/**
 * The policy every build carries: nothing may load from another origin. Inline code is allowed only
 * by the hash of each inline block, which only the single-file build has.
 */
const CSP: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

/**
 * sha256 source expressions for the inline <script> (without src) and <style> blocks of `html`.
 * Scans as the HTML tokenizer does: script and style text is raw until its own closing tag, so a
 * "<style>" string inside inlined JavaScript is not mistaken for an element.
 */
function inlineHashes(html: string): { script: string[]; style: string[] } {
  const found = { script: new Set<string>(), style: new Set<string>() };
  const open = /<!--[\s\S]*?-->|<(script|style)\b([^>]*)>/gi;
  for (let m = open.exec(html); m; m = open.exec(html)) {
    const tag = m[1]?.toLowerCase() as 'script' | 'style' | undefined;
    if (!tag) continue; // a comment
    const closeTag = new RegExp(`</${tag}`, 'gi');
    closeTag.lastIndex = open.lastIndex;
    const close = closeTag.exec(html)?.index;
    if (close === undefined) throw new Error(`unclosed <${tag}> in index.html`);
    const body = html.slice(open.lastIndex, close);
    open.lastIndex = close;
    if (tag === 'script' && /\ssrc\s*=/i.test(m[2] ?? '')) continue;
    // The HTML parser turns CR LF into LF before the browser hashes the text.
    const text = body.replace(/\r\n?/g, '\n');
    found[tag].add(`'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
  }
  return { script: [...found.script], style: [...found.style] };
}

/** Puts the Content-Security-Policy meta tag right after <meta charset>, before any script or style. */
function withCsp(html: string): string {
  const hashes = inlineHashes(html);
  const policy = { ...CSP };
  policy['script-src'] = [...CSP['script-src']!, ...hashes.script];
  policy['style-src'] = [...CSP['style-src']!, ...hashes.style];
  const content = Object.entries(policy)
    .map(([k, v]) => `${k} ${v.join(' ')}`)
    .join('; ');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${content}" />`;
  if (!/<meta charset[^>]*>/i.test(html)) throw new Error('index.html needs <meta charset> to place the CSP after it');
  return html.replace(/<meta charset[^>]*>/i, (m) => `${m}\n    ${meta}`);
}

/** Rewrites every HTML page of the bundle (there is one, index.html) with `edit`. */
function rewriteHtml(bundle: Rollup.OutputBundle, edit: (html: string) => string): void {
  for (const file of Object.values(bundle)) {
    if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
    file.source = edit(typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source));
  }
}

/**
 * Build only (the dev server needs inline scripts for hot reload). Runs after every other plugin,
 * including the single-file inlining, so the hashes cover the final inline code.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'chuhai:csp',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        rewriteHtml(bundle, withCsp);
      },
    },
  };
}

type PreloadMap = {
  /** The shell's text (`common`) per language: every screen's first render needs it. */
  common: Record<string, string[]>;
  screens: Record<string, { js: string[]; css: string[]; text: Record<string, string[]> }>;
};

/**
 * Runs in the browser from index.html, before the app: adds preload links for the shell's text and
 * for the screen named in the address with its text, in the language the app will choose (the hint
 * the app leaves, else the browser's languages, as the app decides on a first visit). Serialised
 * into the page by `routePreload`, so it may use nothing but its arguments and browser globals.
 */
function preloadForAddress(map: PreloadMap, hintKey: string, detect: (preferred: readonly string[]) => string): void {
  try {
    const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);
    let lng = localStorage.getItem(hintKey) ?? '';
    if (!own(map.common, lng)) lng = detect(navigator.languages ?? []);
    // Same CORS mode as the app's own requests, so the browser reuses what these fetched.
    const add = (href: string, rel: string, as?: string) => {
      const link = document.createElement('link');
      link.rel = rel;
      if (as) link.as = as;
      link.crossOrigin = '';
      link.href = href;
      document.head.append(link);
    };
    for (const href of map.common[lng] ?? []) add(href, 'modulepreload');
    const segment = location.hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
    if (!own(map.screens, segment)) return;
    const needs = map.screens[segment]!;
    for (const href of [...needs.js, ...(needs.text[lng] ?? [])]) add(href, 'modulepreload');
    // Fetched only: the app applies the stylesheet itself, after its own, so the cascade order stays as designed.
    for (const href of needs.css) add(href, 'preload', 'style');
    // The page's first Intl formatter loads the browser's locale data, tens of milliseconds on a phone.
    // Done in a task of its own while the files download, it neither delays their requests nor
    // lengthens the screen's first render.
    setTimeout(() => {
      new Intl.DateTimeFormat(lng, { dateStyle: 'medium' }).format(0);
      new Intl.NumberFormat(lng).format(0);
    }, 0);
  } catch {
    // Storage blocked or an old browser: the app fetches the same files itself, a little later.
  }
}

const preloadScript = (map: PreloadMap) => `(${preloadForAddress.toString()})(${JSON.stringify(map)}, ${JSON.stringify(LANGUAGE_HINT_KEY)}, ${detectLanguage.toString()});`;

/**
 * index.html itself starts fetching the shell's text in the interface language and, for a link
 * straight to a screen (e.g. `#/results/…`), that screen's code, styles and text, at the same time
 * as the app's own bundle, instead of one round trip later once the app has run. A small inline script (allowed by
 * its hash in the policy) reads the address and adds the links; the file list is written at build
 * time from the bundle, so it always names the current hashed files.
 */
function routePreload(root: string): Plugin {
  return {
    name: 'chuhai:route-preload',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const chunks = Object.values(bundle).filter((f): f is Rollup.OutputChunk => f.type === 'chunk');
        const byModule = (path: string) => chunks.find((c) => c.facadeModuleId === join(root, path));
        const byFile = new Map(chunks.map((c) => [c.fileName, c]));
        /** A chunk and every chunk it imports statically, as file names. */
        const closure = (chunk: Rollup.OutputChunk, seen = new Set<string>()): Set<string> => {
          if (seen.has(chunk.fileName)) return seen;
          seen.add(chunk.fileName);
          for (const f of chunk.imports) {
            const c = byFile.get(f);
            if (c) closure(c, seen);
          }
          return seen;
        };
        const entry = chunks.find((c) => c.isEntry);
        if (!entry) throw new Error('route preload: no entry chunk');
        const inFirstBundle = closure(entry);
        const url = (file: string) => `./${file}`;
        // `common` and `instrument` are one file per language (see src/lib/i18n/namespaces.ts).
        const textOf = (lng: string, ns: string) => {
          const module = ns === 'common' || ns === 'instrument' ? `src/lib/i18n/shell-text.${lng}.ts` : `locales/${lng}/${ns}.json`;
          const c = byModule(module);
          if (!c) throw new Error(`route preload: no chunk for ${module}`);
          return url(c.fileName);
        };
        const map: PreloadMap = { common: {}, screens: {} };
        for (const lng of LANGUAGES) map.common[lng] = [textOf(lng, 'common')];
        for (const [segment, needs] of Object.entries(ROUTE_NEEDS)) {
          const page = byModule(needs.page);
          if (!page) throw new Error(`route preload: no chunk for ${needs.page}`);
          const files = [...closure(page)].filter((f) => !inFirstBundle.has(f));
          const css = new Set(files.flatMap((f) => [...(byFile.get(f)?.viteMetadata?.importedCss ?? [])]));
          const text: Record<string, string[]> = {};
          // Without the shell's text, which the page asks for on every address anyway.
          for (const lng of LANGUAGES) text[lng] = [...new Set(needs.namespaces.map((ns) => textOf(lng, ns)))].filter((f) => !map.common[lng]!.includes(f));
          map.screens[segment] = { js: files.map(url), css: [...css].map(url), text };
        }
        const script = preloadScript(map);
        rewriteHtml(bundle, (html) => {
          // At the end of <head>: the app's own script and styles are requested first, as they are needed first.
          if (!html.includes('</head>')) throw new Error('route preload: no </head> in index.html');
          return html.replace('</head>', `  <script>${script}</script>\n  </head>`);
        });
      },
    },
  };
}

/**
 * Asks for the app's large bundle before its two small companions (the entry stub and the bundler's
 * runtime), where Vite writes it last. Over HTTP/1.1 the page has six connections; on a link
 * straight to a screen, that screen's files already hold most of them, and the first one to come
 * free should go to the file the first paint waits on longest.
 */
function largestBundleFirst(): Plugin {
  return {
    name: 'chuhai:largest-bundle-first',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const size = (href: string) => {
          const file = bundle[href.replace(/^\.\//, '')];
          return file?.type === 'chunk' ? file.code.length : 0;
        };
        rewriteHtml(bundle, (html) => {
          const entry = /^\s*<script type="module" crossorigin src="[^"]+"><\/script>\n/m.exec(html);
          const preloads = [...html.matchAll(/^\s*<link rel="modulepreload" crossorigin href="([^"]+)">\n/gm)];
          if (!entry || preloads.length === 0) throw new Error('largest bundle first: no entry script or module preloads in index.html');
          let out = html;
          for (const m of preloads) out = out.replace(m[0], '');
          const ordered = [...preloads].sort((a, b) => size(b[1]!) - size(a[1]!)).map((m) => m[0]);
          return out.replace(entry[0], ordered.join('') + entry[0]);
        });
      },
    },
  };
}

/** Takes the manifest link out of index.html; the app adds it after the first paint (see manifest-link.ts). */
function deferManifestLink(): Plugin {
  return {
    name: 'chuhai:defer-manifest-link',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        rewriteHtml(bundle, (html) => {
          if (!html.includes(MANIFEST_LINK)) throw new Error(`defer manifest: ${MANIFEST_LINK} is not in index.html`);
          return html.replace(MANIFEST_LINK, '');
        });
      },
    },
  };
}

/**
 * The tab icon (a 0.5 kB SVG) goes into index.html as a data: URL: Chrome fetched it while the first
 * screen loaded, one more request competing with the app's bundle on a slow connection. The single
 * file needs it inline anyway, having no sibling files.
 */
function inlineFavicon(): Plugin {
  const dataUrl = `data:image/svg+xml,${encodeURIComponent(readFileSync(favicon, 'utf8'))}`;
  return {
    name: 'chuhai:inline-favicon',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => {
        if (!/href="\.\/favicon\.svg"/.test(html)) throw new Error('inline favicon: no ./favicon.svg link in index.html');
        return html.replace(/href="\.\/favicon\.svg"/, `href="${dataUrl}"`);
      },
    },
  };
}

/** The single file has no sibling files: the home-screen icon goes (it is for installing, which a file cannot). */
function singleFileHead(): Plugin {
  return {
    name: 'chuhai:single-file-head',
    transformIndexHtml: { order: 'pre', handler: (html) => html.replace(/\s*<link rel="apple-touch-icon"[^>]*>/, '') },
  };
}

/** The single file never registers a service worker (there is none beside it, and file:// has none). */
function noServiceWorker(): Plugin {
  const id = '\0chuhai:no-service-worker';
  return {
    name: 'chuhai:no-service-worker',
    resolveId: (source) => (source === 'virtual:pwa-register' ? id : undefined),
    load: (loaded) => (loaded === id ? 'export function registerSW() { return async () => {}; }' : undefined),
  };
}

/** Installable app, and every built file precached so that after one visit it works with the network off. */
function progressiveWebApp() {
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

/** What advises: below the fold of the results, in the report, compare and the workshop. */
const ADVICE_MODULES = /[\\/]src[\\/](domain[\\/](recommendations|cbam)|content[\\/](recommendations|reference-firms)|lib[\\/]reference-results)/;
/** What scores an assessment, and the invented example firm the results page can show. */
const SCORING_MODULES = /[\\/]src[\\/](domain[\\/](scoring|instrument|assessment)|content[\\/](instrument|version|example-firm))/;
/**
 * The validation library and what defines schemas with it: needed to check saved data, imported
 * files and questionnaire input, never to show a result, so it stays out of the engine.
 */
const VALIDATION_MODULES = /[\\/](node_modules[\\/]zod[\\/]|src[\\/](domain[\\/](assessment[\\/]assessment|instrument[\\/][\w-]+-schema)\.ts|lib[\\/](store[\\/]persisted-state-schema\.ts|cohort-storage[\\/])))/;
/** Small helpers several screens share; the chart library stays apart, fetched only when a chart is shown. */
const isSharedHelper = (id: string) =>
  /[\\/]src[\\/](lib|components)[\\/]/.test(id) && !/[\\/](charts[\\/]|shell-text\.)/.test(id) && !ADVICE_MODULES.test(id) && !VALIDATION_MODULES.test(id);

/**
 * A few larger chunks instead of dozens of small ones. Over HTTP/1.1 a browser opens six connections
 * per site, and on a slow mobile network every further file costs a round trip and takes a share of
 * the bandwidth from the app's bundle: the first screen was eleven files, the results screen eleven
 * more. Now the first screen is one chunk (plus the entry stub and the bundler's runtime), and a
 * result screen adds its page and the engine (scoring, the example firm and the shared helpers, in
 * one file as every screen past the first needs them together); what advises (recommendations,
 * CBAM, reference firms) comes after the first paint.
 */
const CHUNK_GROUPS = [
  // Everything the first screen runs. The entry module itself stays out, or no chunk would be the entry.
  { name: 'app', tags: ['$initial' as const], test: (id: string) => !/[\\/](index\.html|main\.tsx)$/.test(id) },
  { name: 'engine', test: (id: string) => (SCORING_MODULES.test(id) && !VALIDATION_MODULES.test(id)) || isSharedHelper(id) },
  { name: 'advice', test: ADVICE_MODULES },
  { name: 'validation', test: VALIDATION_MODULES },
];

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
