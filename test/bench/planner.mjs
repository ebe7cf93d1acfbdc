// Planner figure (issue 13): in Chromium at 4x CPU throttling, the time from the click on a what-if action
// to the first task after the next animation frame, i.e. until the frame with the re-scored rung, gates,
// map and profile is produced; 20 clicks over the OEM exporter's advised actions (each one re-scores).
// It measures; it never fails the benchmark. `node test/bench/planner.mjs` runs it alone on dist/.
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { runnerImport } from 'vite';
import { harness, quantile } from './interaction.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const PLANNER_TARGET_MS = 16;

/** The OEM exporter of the archetypes (§2.1: product export at 70% overseas), its answers as the app stores them. */
async function oemAnswers() {
  const opts = { configFile: false, logLevel: 'error', resolve: { alias: { '@': `${root}src`, '@locales': `${root}locales` } } };
  const { module } = await runnerImport(`${root}test/fixtures/archetypes.ts`, opts);
  const [{ module: content }] = await Promise.all([runnerImport(`${root}src/content/instrument/index.ts`, opts)]);
  return { answers: module.ARCHETYPES.find((a) => a.id === 'oem_exporter_70').answers, version: content.instrument.version };
}

export async function measurePlanner(baseUrl, { clicks = 20, rate = 4 } = {}) {
  const { assertChromium, CHROMIUM_ARGS } = await harness();
  const seed = await oemAnswers();
  const browser = await chromium.launch({ executablePath: assertChromium(), headless: true, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(baseUrl);
    await page.evaluate(({ answers, version }) => {
      const now = Date.now();
      const a = { id: 'oem-1', name: 'OEM', createdAt: now, updatedAt: now, instrumentVersion: version, answers };
      localStorage.setItem('chuhai:v1:state', JSON.stringify({ version: 1, state: { assessments: { 'oem-1': a }, deleted: {}, currentId: 'oem-1', preferences: { language: 'zh-CN', bilingual: false } } }));
    }, seed);
    await page.goto(`${baseUrl}#/plan/oem-1`);
    await page.reload();
    await page.locator('.plan-action input[type="checkbox"]').first().waitFor();
    // The first click creates the scenario (and changes the address): done before measuring.
    await page.locator('.plan-action input[type="checkbox"]').first().click();
    await page.waitForFunction(() => /^#\/plan\/oem-1\/[^/]+$/.test(location.hash) && !location.hash.endsWith('/new'));
    const ids = await page.$$eval('.plan-action input[type="checkbox"]', (boxes) => boxes.map((b) => b.id));
    await page.evaluate(() => {
      const w = /** @type {any} */ (window);
      w.chuhaiClickToFrame = [];
      document.addEventListener(
        'click',
        (e) => {
          if (!(e.target instanceof HTMLInputElement)) return;
          const start = performance.now();
          requestAnimationFrame(() => setTimeout(() => w.chuhaiClickToFrame.push(performance.now() - start), 0));
        },
        { capture: true },
      );
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    for (let i = 0; i < clicks; i++) {
      // Ticks and unticks over the first ten actions, so every click changes the plan.
      const el = page.locator(`#${ids[1 + (i % Math.min(10, ids.length - 1))]}`);
      await el.scrollIntoViewIfNeeded();
      const b = await el.boundingBox();
      if (!b) throw new Error('action not on screen');
      await page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
      // A fixed wait, not waitForFunction: Playwright's polling would run in the page's frames and be measured.
      await page.waitForTimeout(400);
    }
    const samples = await page.evaluate(() => window.chuhaiClickToFrame);
    const load = loadavg()[0];
    const sorted = [...samples].sort((a, b) => a - b);
    return { clicks: samples.length, actions: ids.length, rate, median: quantile(sorted, 0.5), p90: quantile(sorted, 0.9), max: sorted.at(-1), load };
  } finally {
    await browser.close();
  }
}

export function printPlanner(f) {
  const ms = (x) => `${x.toFixed(1).padStart(6)} ms`;
  console.log(`\n## Planner what-if (Chromium, ${f.rate}x CPU throttling, ${f.clicks} clicks over ${f.actions} advised actions)`);
  console.log(`click → next frame: median ${ms(f.median)}  p90 ${ms(f.p90)}  max ${ms(f.max)}   target median ≤ ${PLANNER_TARGET_MS} ms  ${f.median <= PLANNER_TARGET_MS ? 'OK' : 'OVER'}`);
  console.log(`(load average ${f.load.toFixed(1)} on ${cpus().length} CPUs while measuring)`);
}

export async function benchPlanner(distDir = 'dist') {
  const { startPreviewServer } = await harness();
  const server = await startPreviewServer(distDir);
  try {
    printPlanner(await measurePlanner(server.url));
  } finally {
    await server.stop();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await benchPlanner('dist');
