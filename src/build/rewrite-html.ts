import type { Rollup } from 'vite';

/** Rewrites every HTML page of the bundle (there is one, index.html) with `edit`. */
export function rewriteHtml(bundle: Rollup.OutputBundle, edit: (html: string) => string): void {
  for (const file of Object.values(bundle)) {
    if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
    file.source = edit(typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source));
  }
}
