// @vitest-environment node
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const feature = join(root, 'src/features/workshop');
type Tree = { [k: string]: string | Tree };

const load = (ns: string): Tree => JSON.parse(readFileSync(join(root, 'locales/en', `${ns}.json`), 'utf8'));
function has(tree: Tree, key: string): boolean {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  // A plural key (`count_one`, `count_other`) is used without its suffix.
  if (node === undefined) return Object.keys(typeof tree === 'object' ? tree : {}).length > 0 && hasPlural(tree, key);
  return true;
}
function hasPlural(tree: Tree, key: string): boolean {
  const parts = key.split('.');
  const last = parts.pop()!;
  let node: string | Tree | undefined = tree;
  for (const part of parts) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'object' && `${last}_other` in node;
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    if (d.isDirectory()) return d.name === '__tests__' ? [] : sources(p);
    return /\.tsx?$/.test(d.name) ? [p] : [];
  });
}

describe('workshop text keys', () => {
  it('exist in the English files for every bi(), biText() and t() call with a fixed key', () => {
    const namespaces = new Map(['workshop', 'instrument', 'recommendations', 'cbam', 'common'].map((ns) => [ns, load(ns)]));
    const missing: string[] = [];
    let checked = 0;
    for (const file of sources(feature)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\b(?:bi|biText|t)\(\s*'([^'$`{}]+)'/g)) {
        const key = m[1]!;
        const [ns, k] = key.includes(':') ? (key.split(':', 2) as [string, string]) : ['workshop', key];
        checked++;
        if (!has(namespaces.get(ns) ?? {}, k)) missing.push(`${file.replace(root, '')}: ${key}`);
      }
    }
    expect(checked, 'the scan found the keys').toBeGreaterThan(100);
    expect(missing).toEqual([]);
  });
});
