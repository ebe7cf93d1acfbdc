import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const favicon = fileURLToPath(new URL('../../public/favicon.svg', import.meta.url));

/**
 * The tab icon (a 0.5 kB SVG) goes into index.html as a data: URL: Chrome fetched it while the first
 * screen loaded, one more request competing with the app's bundle on a slow connection. The single
 * file needs it inline anyway, having no sibling files.
 */
export function inlineFavicon(): Plugin {
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
