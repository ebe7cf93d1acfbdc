// @vitest-environment node
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const LANGS = ['en', 'zh-CN'];
type Tree = { [k: string]: string | Tree };

const files = (lng: string) => readdirSync(join(root, 'locales', lng)).filter((f) => f.endsWith('.json')).sort();
const load = (lng: string, file: string): Tree => JSON.parse(readFileSync(join(root, 'locales', lng, file), 'utf8'));

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of leaves(v, key)) out.set(kk, vv);
  }
  return out;
}
const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('locale files', () => {
  it('exist with the same file names in every language', () => {
    expect(files('zh-CN')).toEqual(files('en'));
    expect(files('en')).toContain('common.json');
  });

  for (const file of files('en')) {
    it(`${file}: every key exists in both languages, with text and the same placeholders`, () => {
      const [en, zh] = LANGS.map((l) => leaves(load(l, file))) as [Map<string, string>, Map<string, string>];
      const missingInZh = [...en.keys()].filter((k) => !zh.has(k));
      const missingInEn = [...zh.keys()].filter((k) => !en.has(k));
      expect(missingInZh, `keys in en/${file} missing from zh-CN/${file}`).toEqual([]);
      expect(missingInEn, `keys in zh-CN/${file} missing from en/${file}`).toEqual([]);
      for (const [k, v] of en) {
        const z = zh.get(k)!;
        expect(v.trim(), `en/${file} ${k} is empty`).not.toBe('');
        expect(z.trim(), `zh-CN/${file} ${k} is empty`).not.toBe('');
        expect(placeholders(z), `placeholders differ for ${file} ${k}`).toEqual(placeholders(v));
      }
    });
  }

  it('Chinese files are written in Chinese (not copies of the English)', () => {
    for (const file of files('zh-CN')) {
      const zh = leaves(load('zh-CN', file));
      const en = leaves(load('en', file));
      const copied = [...zh].filter(([k, v]) => v === en.get(k) && /[a-z]{4,}\s+[a-z]{4,}/i.test(v));
      expect(copied.map(([k]) => k), `untranslated strings in zh-CN/${file}`).toEqual([]);
      const withHan = [...zh.values()].filter((v) => /\p{Script=Han}/u.test(v)).length;
      expect(withHan / zh.size, `share of zh-CN/${file} strings with Chinese characters`).toBeGreaterThan(0.8);
    }
  });
});

/** Source files of the app, for the used-key scan. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx)$/.test(d.name) && !/\.test\.tsx?$/.test(d.name) ? [p] : [];
  });
}

describe('keys used in code', () => {
  const en = new Map(files('en').map((f) => [f.replace('.json', ''), leaves(load('en', f))]));

  it('are defined in the English files (and so, by the test above, in Chinese)', () => {
    const missing: string[] = [];
    let checked = 0;
    for (const file of sourceFiles(join(root, 'src'))) {
      const text = readFileSync(file, 'utf8');
      // Namespaces the file asks for: useTranslation('ns') or useTranslation(['a', 'b']).
      const nsDecl = [...text.matchAll(/useTranslation\(\s*(\[[^\]]*\]|'[^']+')/g)].flatMap((m) =>
        [...m[1]!.matchAll(/'([^']+)'/g)].map((x) => x[1]!),
      );
      // Fixed-language translators name their namespace too: i18n.getFixedT(lng, 'ns').
      const fixed = [...text.matchAll(/(?:getFixedT\(|looseT\(i18n,\s*)[^,]+,\s*'([^']+)'/g)].map((m) => m[1]!);
      const namespaces = nsDecl.length || fixed.length ? [...nsDecl, ...fixed] : ['common'];
      const used = [
        ...[...text.matchAll(/\bt\(\s*'([^'$`{}]+)'/g)].map((m) => m[1]!),
        ...[...text.matchAll(/i18nKey="([^"]+)"/g)].map((m) => m[1]!),
        ...[...text.matchAll(/labelKey: '([^']+)'/g)].map((m) => m[1]!),
      ];
      for (const key of used) {
        checked++;
        const [ns, k] = key.includes(':') ? (key.split(':', 2) as [string, string]) : [null, key];
        const candidates = ns ? [ns] : namespaces;
        if (!candidates.some((n) => en.get(n)?.has(k) || [...(en.get(n)?.keys() ?? [])].some((x) => x.startsWith(`${k}.`) || x.startsWith(`${k}_`)))) {
          missing.push(`${file.replace(root, '')}: ${key}`);
        }
      }
    }
    expect(checked, 'the scan found the keys the app uses').toBeGreaterThan(20);
    expect(missing).toEqual([]);
  });
});

describe('counts in English', () => {
  // Counts that are never 1 where they are shown (at least 11 recommendations before "show all", the
  // questionnaire's question total, the 20-scenario limit, "n of m" fractions): one form is enough.
  const NEVER_ONE = new Set([
    'planner.json scenario.full',
    'planner.json actions.count',
    'quick.json intro',
    'report.json method.questions',
    'results.json recommendations.countShown',
    'results.json recommendations.supportCount',
    'results.json recommendations.showAll',
    'results.json recommendations.showFewer',
    'results.json summary.all',
    'workshop.json views.overview.ofFirms',
    'workshop.json compare.rungShare',
    'workshop.json scan.receiving',
  ]);

  it('give every sentence with a {{count}} its singular and plural forms', () => {
    const bare: string[] = [];
    for (const file of files('en')) {
      for (const [k, v] of leaves(load('en', file))) {
        if (/\{\{\s*count\s*\}\}/.test(v) && !/_(zero|one|two|few|many|other)$/.test(k) && !NEVER_ONE.has(`${file} ${k}`)) bare.push(`${file} ${k}`);
      }
    }
    expect(bare, 'English sentences with a count but no _one / _other forms').toEqual([]);
  });

  it('render 0, 1 and 2 with the right form (i18next plural rules)', async () => {
    const { createInstance } = await import('i18next');
    for (const file of files('en')) {
      const ns = file.replace(/\.json$/, '');
      const i18n = createInstance();
      await i18n.init({ lng: 'en', resources: { en: { [ns]: load('en', file) } }, interpolation: { escapeValue: false } });
      for (const [k, v] of leaves(load('en', file))) {
        if (!k.endsWith('_one') || !v.includes('{{count}}')) continue;
        const key = k.slice(0, -4);
        const other = leaves(load('en', file)).get(`${key}_other`)!;
        const fill = (s: string, n: number) => s.replace(/\{\{\s*count\s*\}\}/g, String(n)).replace(/\{\{\s*\w+\s*\}\}/g, 'X');
        for (const n of [0, 1, 2]) {
          const values = Object.fromEntries([...placeholders(v), ...placeholders(other)].map((p) => [p, 'X']));
          expect(i18n.t(`${ns}:${key}`, { ...values, count: n }), `${file} ${key} with ${n}`).toBe(fill(n === 1 ? v : other, n));
        }
      }
    }
  });
});
