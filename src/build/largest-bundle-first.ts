import type { Plugin } from 'vite';
import { rewriteHtml } from './rewrite-html.ts';

/**
 * Asks for the app's large bundle before its two small companions (the entry stub and the bundler's
 * runtime), where Vite writes it last. Over HTTP/1.1 the page has six connections; on a link
 * straight to a screen, that screen's files already hold most of them, and the first one to come
 * free should go to the file the first paint waits on longest.
 */
export function largestBundleFirst(): Plugin {
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
