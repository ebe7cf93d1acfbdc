// Lighthouse 12.2.3 (mobile, the default) against the production build served by `vite preview`.
// Each page is audited RUNS times, each run in a fresh Chromium profile; the median of each figure
// is printed beside its target. It measures; it never fails the benchmark.
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const RUNS = 3;

/** Targets from issue 6. `higher`: the figure must be at least the target, else at most. */
export const LIGHTHOUSE_TARGETS = [
  { key: 'performance', label: 'performance', target: 99, higher: true, unit: '' },
  { key: 'accessibility', label: 'accessibility', target: 100, higher: true, unit: '' },
  { key: 'bestPractices', label: 'best practices', target: 100, higher: true, unit: '' },
  { key: 'lcp', label: 'LCP', target: 1800, higher: false, unit: 'ms' },
  { key: 'tbt', label: 'TBT', target: 50, higher: false, unit: 'ms' },
  { key: 'cls', label: 'CLS', target: 0.02, higher: false, unit: '' },
];

/**
 * The pages to audit. Add the results page of a fixture assessment here once it exists: Lighthouse
 * starts each run with empty storage (fresh profile), so that page must be reachable from its URL
 * alone (for instance a hash route that loads a bundled fixture).
 */
export function lighthousePages(baseUrl) {
  return [
    { name: 'start page', url: baseUrl },
    // The built-in example works from its URL alone (Lighthouse starts with empty storage).
    { name: 'results page (example firm)', url: `${baseUrl}#/results/example` },
  ];
}

// Flags from TOOLCHAIN.md; the profile folder is added per run.
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** `vite preview` of `distDir` on a free loopback port; returns its URL and a stop function. */
async function preview(distDir) {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [join(root, 'node_modules/vite/bin/vite.js'), 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', distDir],
    { cwd: root, stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}`);
    if (await fetch(url).then((r) => r.ok, () => false)) {
      const stop = () =>
        new Promise((resolve) => {
          if (child.exitCode !== null) return resolve();
          child.once('exit', resolve);
          process.kill(child.pid, 'SIGTERM');
        });
      return { url, stop };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  process.kill(child.pid, 'SIGKILL');
  throw new Error(`vite preview did not answer at ${url}`);
}

/** One Lighthouse run through its CLI; returns the figures or throws. */
async function auditOnce(url) {
  const work = mkdtempSync(join(tmpdir(), 'chuhai-lh-'));
  const profile = join(work, 'profile');
  const report = join(work, 'report.json');
  const args = [
    join(root, 'node_modules/lighthouse/cli/index.js'),
    url,
    `--chrome-flags=${[...CHROME_FLAGS, `--user-data-dir=${profile}`].join(' ')}`,
    '--only-categories=performance,accessibility,best-practices',
    '--output=json',
    `--output-path=${report}`,
    '--quiet',
  ];
  try {
    await new Promise((resolve, reject) => {
      execFile(
        process.execPath,
        args,
        { cwd: root, env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', TMPDIR: work }, maxBuffer: 1 << 24 },
        (err, _out, stderr) => (err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve()),
      );
    });
    const lhr = JSON.parse(readFileSync(report, 'utf8'));
    if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    const score = (c) => Math.round((lhr.categories[c]?.score ?? NaN) * 100);
    const failing = ['accessibility', 'best-practices'].flatMap((c) =>
      lhr.categories[c].auditRefs
        .filter((r) => r.weight > 0 && lhr.audits[r.id].score !== null && lhr.audits[r.id].score < 1)
        .map((r) => `${c}: ${r.id}`),
    );
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      lcp: lhr.audits['largest-contentful-paint'].numericValue,
      tbt: lhr.audits['total-blocking-time'].numericValue,
      cls: lhr.audits['cumulative-layout-shift'].numericValue,
      failing,
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const show = (t, v) => {
  if (!Number.isFinite(v)) return 'n/a';
  if (t.unit === 'ms') return `${Math.round(v)} ms`;
  return t.key === 'cls' ? v.toFixed(3) : String(v);
};

/** Audits every page of `lighthousePages` RUNS times and prints medians beside the targets. Never throws. */
export async function printLighthouse(distDir = 'dist') {
  console.log(`\n## Lighthouse 12 (mobile, median of ${RUNS} runs)`);
  let server;
  try {
    server = await preview(distDir);
    for (const page of lighthousePages(server.url)) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) {
        try {
          runs.push(await auditOnce(page.url));
        } catch (e) {
          console.log(`  ${page.name}: run ${i + 1} failed: ${String(e.message ?? e).split('\n')[0]}`);
        }
      }
      console.log(`${page.name} (${page.url.replace(server.url, '/')}), ${runs.length} run(s):`);
      if (runs.length === 0) continue;
      for (const t of LIGHTHOUSE_TARGETS) {
        const values = runs.map((r) => r[t.key]);
        const m = median(values);
        const ok = t.higher ? m >= t.target : m <= t.target;
        const target = `${t.higher ? '≥' : '≤'} ${show(t, t.target)}`;
        console.log(`  ${t.label.padEnd(15)} ${show(t, m).padStart(8)}   target ${target.padEnd(10)} ${ok ? 'OK' : 'MISS'}   runs: ${values.map((v) => show(t, v)).join(', ')}`);
      }
      const failing = [...new Set(runs.flatMap((r) => r.failing))];
      if (failing.length) console.log(`  audits not passed: ${failing.join(', ')}`);
    }
  } catch (e) {
    console.log(`Lighthouse could not run: ${String(e.message ?? e).split('\n')[0]}`);
  } finally {
    await server?.stop();
  }
}
