import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { rewriteHtml } from './rewrite-html.ts';

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
export function inlineHashes(html: string): { script: string[]; style: string[] } {
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
export function withCsp(html: string): string {
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

/**
 * Build only (the dev server needs inline scripts for hot reload). Runs after every other plugin,
 * including the single-file inlining, so the hashes cover the final inline code.
 */
export function contentSecurityPolicy(): Plugin {
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
