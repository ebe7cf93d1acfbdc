// Engine figures: time to score one assessment, and to score + recommend 10,000 random ones.
// The TypeScript sources are bundled for Node first, so the bench runs the real code on the main thread.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('../../', import.meta.url));

async function loadEngine() {
  const outDir = `${root}.tmp/bench-engine`;
  const entry = `${root}test/bench/engine-entry.ts`;
  await build({
    configFile: false,
    logLevel: 'error',
    resolve: { alias: { '@': `${root}src`, '@locales': `${root}locales` } },
    build: { ssr: entry, outDir, emptyOutDir: true, minify: false, rollupOptions: { output: { entryFileNames: 'engine.mjs' } } },
    ssr: { noExternal: true },
  });
  return import(pathToFileURL(`${outDir}/engine.mjs`).href);
}

export async function engineFigures({ count = 10_000, seed = 20261128 } = {}) {
  const { instrument, scoreAssessment, answersArbitrary, fc, recommend, RULES } = await loadEngine();
  const samples = fc.sample(answersArbitrary(instrument), { numRuns: count, seed });
  // Warm up the JIT so the figures describe steady use, as in a workshop import.
  for (const a of samples.slice(0, 500)) recommend(scoreAssessment(instrument, a), a, instrument, RULES);

  const one = [];
  for (const a of samples.slice(0, 2000)) {
    const t0 = performance.now();
    scoreAssessment(instrument, a);
    one.push(performance.now() - t0);
  }
  one.sort((x, y) => x - y);

  const t0 = performance.now();
  for (const a of samples) {
    recommend(scoreAssessment(instrument, a), a, instrument, RULES);
  }
  const totalMs = performance.now() - t0;
  return { count, medianOneMs: one[one.length >> 1], totalMs };
}

export function printEngineFigures(f) {
  console.log('\n## Engine (Node, this machine)');
  console.log(`score one assessment: median ${(f.medianOneMs * 1000).toFixed(1)} µs`);
  console.log(`score + recommend, ${f.count.toLocaleString('en')} random assessments: ${(f.totalMs / 1000).toFixed(3)} s   target < 0.5 s  ${f.totalMs < 500 ? 'OK' : 'OVER'}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) printEngineFigures(await engineFigures());
