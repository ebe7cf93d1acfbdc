import type { Plugin } from 'vite';
import { MANIFEST_LINK } from '../lib/pwa/manifest-link.ts';
import { rewriteHtml } from './rewrite-html.ts';

/** Takes the manifest link out of index.html; the app adds it after the first paint (see manifest-link.ts). */
export function deferManifestLink(): Plugin {
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
