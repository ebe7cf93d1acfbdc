// @vitest-environment node
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineHashes, withCsp } from './content-security-policy.ts';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('content security policy of the built page', () => {
  it('hashes inline scripts and styles only, as the browser hashes them (CR LF read as LF)', () => {
    const html = '<script src="./a.js"></script><script>let a = 1;\r\nlet b;</script><style>p{}</style>';
    expect(inlineHashes(html)).toEqual({ script: [sha('let a = 1;\nlet b;')], style: [sha('p{}')] });
  });

  it('reads script text as raw until its closing tag, so a "<style>" string in code is no style block', () => {
    const code = 'const s = "<style>x{}";';
    expect(inlineHashes(`<script>${code}</script>`)).toEqual({ script: [sha(code)], style: [] });
  });

  it('puts the policy right after <meta charset>, before any script, allowing only the page’s own inline code', () => {
    const out = withCsp('<head>\n    <meta charset="UTF-8" />\n    <script>go()</script>\n</head>');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)" \/>/.exec(out);
    expect(meta, 'a policy meta tag').not.toBeNull();
    expect(out.indexOf('Content-Security-Policy')).toBeLessThan(out.indexOf('<script>'));
    expect(meta![1]).toContain(`script-src 'self' ${sha('go()')}`);
    expect(meta![1]).toContain("object-src 'none'");
    expect(() => withCsp('<head></head>')).toThrow(/meta charset/);
  });
});
