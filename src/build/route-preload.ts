import { join } from 'node:path';
import type { Plugin, Rollup } from 'vite';
import { LANGUAGE_HINT_KEY, ROUTE_NEEDS } from '../app/route-needs.ts';
import { detectLanguage, LANGUAGES } from '../lib/i18n/languages.ts';
import { rewriteHtml } from './rewrite-html.ts';

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
      // The locale the app writes dates in (dateLocale in src/lib/format.ts): the browser's own variant of the language.
      const dates = lng.includes('-') ? lng : ((navigator.languages ?? []).find((l) => l.split('-')[0]?.toLowerCase() === lng) ?? lng);
      new Intl.DateTimeFormat(dates, { dateStyle: 'medium' }).format(0);
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
export function routePreload(root: string): Plugin {
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
