// Renders the app icons (public/icons/*.png) from the SVG designs beside this file with headless
// Chromium, so no image tool is needed: `node src/lib/pwa/icons/make-icons.mjs`.
// The maskable design fills the square and keeps the motif inside the central 80 % safe zone.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = (name) => fileURLToPath(new URL(name, import.meta.url));
const out = (name) => fileURLToPath(new URL(`../../../../public/icons/${name}`, import.meta.url));

const jobs = [
  { svg: 'icon.svg', size: 192, file: 'pwa-192x192.png' },
  { svg: 'icon.svg', size: 512, file: 'pwa-512x512.png' },
  { svg: 'icon-maskable.svg', size: 512, file: 'maskable-512x512.png' },
  { svg: 'icon-maskable.svg', size: 180, file: 'apple-touch-icon.png' },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
});
try {
  for (const { svg, size, file } of jobs) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const markup = readFileSync(here(svg), 'utf8').replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${markup}</body></html>`);
    await page.screenshot({ path: out(file), omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    await page.close();
    process.stdout.write(`wrote public/icons/${file}\n`);
  }
} finally {
  await browser.close();
}
