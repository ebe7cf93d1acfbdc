// Bundle figures from the Vite manifest: what the first screen loads, what each route adds, all JS.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

export const BUDGET = { firstScreenKb: 140, allJsKb: 320 };

const gz = (dist, file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

/** Static-import closure of a manifest entry: every chunk the browser must load with it. */
function closure(manifest, key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of manifest[key]?.imports ?? []) closure(manifest, dep, seen);
  return seen;
}

export function bundleFigures(dist = 'dist') {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
  const sizeOf = (keys) => {
    let js = 0;
    let css = 0;
    for (const k of keys) {
      const m = manifest[k];
      if (!m) continue;
      if (m.file.endsWith('.js')) js += gz(dist, m.file);
      for (const c of m.css ?? []) css += gz(dist, c);
    }
    return { js, css };
  };
  const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
  const first = closure(manifest, entryKey);
  const firstSize = sizeOf(first);
  const routes = Object.keys(manifest)
    .filter((k) => manifest[k].isDynamicEntry && !k.endsWith('.json'))
    .map((k) => {
      const extra = [...closure(manifest, k)].filter((c) => !first.has(c));
      return { route: k, ...sizeOf(extra) };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
  const allJs = Object.values(manifest)
    .filter((m) => m.file.endsWith('.js'))
    .reduce((sum, m) => sum + gz(dist, m.file), 0);
  const localeChunks = Object.keys(manifest).filter((k) => k.endsWith('.json'));
  const localeJs = localeChunks.reduce((sum, k) => sum + (manifest[k].file.endsWith('.js') ? gz(dist, manifest[k].file) : 0), 0);
  return { entry: entryKey, first: firstSize, routes, allJs, localeJs, localeChunks: localeChunks.length };
}

export function printBundleFigures(f) {
  const kb = (b) => (b / 1000).toFixed(1).padStart(7) + ' kB';
  const firstTotal = f.first.js + f.first.css;
  console.log('\n## Bundle (gzip, level 9)');
  console.log(`first screen (${f.entry}): JS ${kb(f.first.js)}  CSS ${kb(f.first.css)}  total ${kb(firstTotal)}   budget ≤ ${BUDGET.firstScreenKb} kB  ${firstTotal / 1000 <= BUDGET.firstScreenKb ? 'OK' : 'OVER'}`);
  for (const r of f.routes) console.log(`  + route ${r.route.padEnd(52)} JS ${kb(r.js)}  CSS ${kb(r.css)}`);
  console.log(`all app JS: ${kb(f.allJs)}   budget ≤ ${BUDGET.allJsKb} kB  ${f.allJs / 1000 <= BUDGET.allJsKb ? 'OK' : 'OVER'}`);
  console.log(`  of which code ${kb(f.allJs - f.localeJs)}, text of both languages ${kb(f.localeJs)} in ${f.localeChunks} chunks loaded on demand (a user loads one language, two in the bilingual view)`);
}
