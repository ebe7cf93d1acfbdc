// @vitest-environment node
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
type Tree = { [k: string]: string | Tree };
interface Glossary {
  terms: Record<string, { en: string; 'zh-CN': string; banned: Partial<Record<'en' | 'zh-CN', string[]>>; exceptIn?: string[] }>;
  style: Partial<Record<'en' | 'zh-CN', { id: string; pattern: string }[]>>;
}
const glossary: Glossary = JSON.parse(readFileSync(join(root, 'locales/glossary.json'), 'utf8'));

function strings(lng: string): [string, string][] {
  const out: [string, string][] = [];
  const walk = (t: Tree, prefix: string) => {
    for (const [k, v] of Object.entries(t)) {
      if (typeof v === 'string') out.push([`${prefix}${k}`, v]);
      else walk(v, `${prefix}${k}.`);
    }
  };
  for (const f of readdirSync(join(root, 'locales', lng)).filter((x) => x.endsWith('.json'))) {
    walk(JSON.parse(readFileSync(join(root, 'locales', lng, f), 'utf8')), `${f.replace('.json', '')}:`);
  }
  return out;
}

/** Placeholders such as {{gate}} are code, not text. */
const withoutPlaceholders = (s: string) => s.replace(/\{\{\s*\w+\s*\}\}/g, '');

describe('the glossary', () => {
  for (const lng of ['en', 'zh-CN'] as const) {
    const all = strings(lng);
    it(`is followed in every ${lng} string: no banned form of a glossary term`, () => {
      const found: string[] = [];
      for (const [id, term] of Object.entries(glossary.terms)) {
        for (const banned of term.banned[lng] ?? []) {
          const re = new RegExp(banned, lng === 'en' ? 'i' : 'u');
          for (const [key, text] of all) {
            if (term.exceptIn?.includes(key.split(':')[0]!)) continue;
            if (re.test(withoutPlaceholders(text))) found.push(`${key}: “${banned}” (use “${term[lng]}”, term ${id})`);
          }
        }
      }
      expect(found).toEqual([]);
    });
    it(`keeps the ${lng} house style in every string`, () => {
      const found: string[] = [];
      for (const rule of glossary.style[lng] ?? []) {
        const re = new RegExp(rule.pattern, 'u');
        for (const [key, text] of all) if (re.test(text)) found.push(`${key}: ${rule.id} — ${text.slice(0, 60)}`);
      }
      expect(found).toEqual([]);
    });
  }

  it('catches a banned form: the check is not vacuous', () => {
    const re = new RegExp(glossary.terms.chain_integration!.banned['zh-CN']![0]!, 'u');
    expect(re.test('走资源主导的链条整合路线')).toBe(true);
    const space = new RegExp(glossary.style['zh-CN']![0]!.pattern, 'u');
    expect(space.test('共 12 份')).toBe(true);
    expect(space.test('共12份')).toBe(false);
  });
});
