// QR hand-in figures (issue 15): (a) in Chromium with a fake camera, the time from a participant's code
// coming into view to the firm being counted on the facilitator's page, median over 20 firms' code
// sequences played one after another; (b) the JavaScript the QR screens add (gzip), and the first screen.
// `node test/bench/qr-handin.mjs` runs this part alone (it builds into .tmp/bench-qr-dist first).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { BUDGET, bundleFigures } from './bundle-size.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
export const QR_TARGETS = { firstScreenKb: 100 };
const SEQUENCES = 20;
const CODE_PX = 300;
const FPS = 10;
/** Frames a code stays in view: 0.6 s, as on the participant's screen. */
const CODE_FRAMES = 6;

async function loadBench() {
  const outDir = `${root}.tmp/bench-qr/lib`;
  const entry = `${root}.tmp/bench-qr-entry.ts`;
  mkdirSync(`${root}.tmp`, { recursive: true });
  writeFileSync(entry, `export * from '${root}test/bench/qr-entry.ts';\n`);
  await build({
    configFile: false,
    logLevel: 'error',
    resolve: { alias: { '@': `${root}src`, '@locales': `${root}locales` } },
    build: { ssr: entry, outDir, emptyOutDir: true, minify: false, rollupOptions: { external: ['playwright-core'], output: { entryFileNames: 'qr.mjs' } } },
    ssr: { noExternal: true, external: ['playwright-core'] },
  });
  return import(pathToFileURL(`${outDir}/qr.mjs`).href);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** (a) Scan latency: 20 firms' codes, each sequence shown for one loop and two codes more, 1 s of empty room between. */
async function scanFigures(lib, dist) {
  const server = await lib.startPreviewServer(dist);
  const dir = mkdtempSync(join(root, '.tmp', 'bench-qr-'));
  const participant = await lib.launchChromium();
  try {
    const firms = lib.generateResultFiles(SEQUENCES, 1516, Date.now() - 3_600_000);
    const page = await (await participant.newContext({ locale: 'en-GB', viewport: { width: 360, height: 740 } })).newPage();
    await page.goto(`${server.url}#/assessments`);
    await page.locator('input[type=file]').setInputFiles(firms.map((f) => ({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(f.text) })));
    await page.waitForFunction((n) => document.querySelectorAll('.library-item').length === n, SEQUENCES);
    const shots = [{ frames: 15 }];
    const codeCounts = [];
    for (const f of firms) {
      const pngs = await lib.captureHandInCodes(page, f.assessment.id);
      codeCounts.push(pngs.length);
      const pixels = await Promise.all(pngs.map((png) => lib.grayPixels(png, CODE_PX)));
      for (let i = 0; i < pixels.length + 2; i++) shots.push({ code: pixels[i % pixels.length], frames: CODE_FRAMES });
      shots.push({ frames: FPS });
    }
    const videoFile = join(dir, 'room.y4m');
    await lib.writeFakeCamera(videoFile, shots, { size: CODE_PX, fps: FPS });

    const browser = await chromium.launch({ executablePath: lib.assertChromium(), headless: true, args: [...lib.CHROMIUM_ARGS, ...lib.fakeCameraArgs(videoFile)] });
    try {
      const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
      await context.grantPermissions(['camera'], { origin: new URL(server.url).origin });
      const fac = await context.newPage();
      await fac.goto(`${server.url}#/workshop`);
      await fac.getByLabel('Cohort name').fill('Bench room');
      await fac.getByRole('button', { name: 'Create cohort' }).click();
      await fac.getByRole('link', { name: 'Firms' }).click();
      await fac.getByRole('button', { name: 'Scan' }).click();
      await fac.locator('video.scan-video:not([hidden])').waitFor();
      // In the page: the frame at which the fake camera's corner marker turns white (a code came into
      // view) and the moment the firm count goes up, on the page's own clock.
      await fac.evaluate(() => {
        const video = document.querySelector('video.scan-video');
        const probe = document.createElement('canvas');
        probe.width = probe.height = 1;
        const ctx = probe.getContext('2d', { willReadFrequently: true });
        const b = (window.bench = { inView: [], counted: [] });
        let was = false;
        const onFrame = (now) => {
          ctx.drawImage(video, 4, 4, 4, 4, 0, 0, 1, 1);
          const on = ctx.getImageData(0, 0, 1, 1).data[0] > 128;
          if (on && !was) b.inView.push(now);
          was = on;
          video.requestVideoFrameCallback(onFrame);
        };
        video.requestVideoFrameCallback(onFrame);
        new MutationObserver(() => {
          const n = Number(/\d+/.exec(document.querySelector('[data-testid="scan-count"]')?.textContent ?? '0')?.[0] ?? 0);
          while (b.counted.length < n) b.counted.push(performance.now());
        }).observe(document.querySelector('.scan'), { subtree: true, childList: true, characterData: true });
      });
      const videoSeconds = shots.reduce((n, s) => n + s.frames, 0) / FPS;
      await fac.waitForFunction((n) => window.bench.counted.length >= n, SEQUENCES, { timeout: (videoSeconds + 60) * 1000 }).catch(() => undefined);
      const { inView, counted } = await fac.evaluate(() => window.bench);
      // The k-th firm counted is the k-th sequence seen, as long as each completes before the next comes into view.
      const latencies = counted.map((t, k) => t - inView[k]).filter((x) => Number.isFinite(x) && x > 0);
      const inOrder = counted.filter((t, k) => inView[k + 1] === undefined || t < inView[k + 1]).length;
      return { sequences: SEQUENCES, counted: counted.length, inOrder, medianMs: median(latencies), minMs: Math.min(...latencies), maxMs: Math.max(...latencies), codes: codeCounts, load: loadavg()[0] };
    } finally {
      await browser.close();
    }
  } finally {
    await participant.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** (b) What the QR screens add to the bundle, from the build manifest. */
export function qrBundleFigures(dist) {
  const f = bundleFigures(dist);
  const route = (path) => f.routes.find((r) => r.route === path) ?? { js: 0, css: 0 };
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
  const shared = Object.values(manifest)
    .filter((m) => /^assets\/(engine|validation)-/.test(m.file))
    .reduce((n, m) => n + gzipSync(readFileSync(join(dist, m.file)), { level: 9 }).length, 0);
  return {
    firstScreen: f.first.js + f.first.css,
    handIn: route('src/features/handin/HandInPage.tsx'),
    workshop: route('src/features/workshop/WorkshopPage.tsx'),
    decoder: route('node_modules/qr/decode.js'),
    shared,
    fallback: f.routes.filter((r) => r.route.includes('node_modules/fflate/')).reduce((n, r) => n + r.js, 0),
  };
}

export async function qrFigures({ dist = 'dist' } = {}) {
  const lib = await loadBench();
  return { bundle: qrBundleFigures(dist), scan: await scanFigures(lib, dist) };
}

export function printQrFigures({ bundle: b, scan: s }) {
  const kb = (x) => `${(x / 1000).toFixed(1)} kB`;
  console.log('\n## QR hand-in');
  console.log(`first screen: ${kb(b.firstScreen)} gzip   budget ≤ ${QR_TARGETS.firstScreenKb} kB (issue 15; overall ≤ ${BUDGET.firstScreenKb} kB)  ${b.firstScreen / 1000 <= QR_TARGETS.firstScreenKb ? 'OK' : 'OVER'}`);
  console.log(
    `hand-in screen adds JS ${kb(b.handIn.js)} + CSS ${kb(b.handIn.css)}, of which new code ${kb(b.handIn.js - b.shared)} (page, QR encoder, payload); the rest is the engine and validation chunks, already loaded wherever a saved assessment is shown`,
  );
  console.log(`workshop route JS ${kb(b.workshop.js)} with the scan panel and the payload code (the decoder is not in it)`);
  console.log(`scan adds on first use: QR decoder ${kb(b.decoder.js)}; deflate fallback (fflate, only where the browser lacks deflate-raw) ${kb(b.fallback)}`);
  console.log(
    `Chromium, fake camera (640×480, ${FPS} fps, code ${CODE_PX} px, 0.6 s a code): code in view → firm counted, median over ${s.counted} of ${s.sequences} sequences: ${(s.medianMs / 1000).toFixed(2)} s (min ${(s.minMs / 1000).toFixed(2)}, max ${(s.maxMs / 1000).toFixed(2)}), load average ${s.load.toFixed(1)}`,
  );
  console.log(`  codes per hand-in: ${s.codes.join(' ')} (a sequence needs one loop at least: ${CODE_FRAMES / FPS} s a code); ${s.inOrder} of ${s.counted} counted before the next firm came into view`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.chdir(root);
  const dist = '.tmp/bench-qr-dist';
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn', '--outDir', dist, '--emptyOutDir'], { stdio: 'inherit' });
  printQrFigures(await qrFigures({ dist }));
}
