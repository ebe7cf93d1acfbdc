import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { completeAssessment } from './harness/complete-assessment';
import { foreignRequests, launchChromium, openContext } from './harness/chromium';
import { startPreviewServer, type PreviewServer } from './harness/preview-server';
import { showCharts } from './harness/show-charts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = process.env.E2E_DIST ?? 'dist';
// A second "deployment": the same build with a changed page, as the next release would be.
const nextDist = `.tmp/e2e-offline-${process.pid}`;
const STORAGE_KEY = 'chuhai:v1:state';

/** Copies the build and changes index.html and its precache revision, so the browser finds a new service worker. */
function makeNextDeployment(): void {
  rmSync(join(root, nextDist), { recursive: true, force: true });
  mkdirSync(join(root, nextDist), { recursive: true });
  cpSync(join(root, dist), join(root, nextDist), { recursive: true });
  const index = join(root, nextDist, 'index.html');
  writeFileSync(index, readFileSync(index, 'utf8').replace('</title>', '</title>\n    <meta name="chuhai-deployment" content="2" />'));
  const sw = join(root, nextDist, 'sw.js');
  const source = readFileSync(sw, 'utf8');
  const next = source.replace(/(url:"index\.html",revision:")[0-9a-f]+"/, '$1deployment-2"');
  if (next === source) throw new Error('sw.js has no precache entry for index.html');
  writeFileSync(sw, next);
}

/** `vite preview` on a given port: the new deployment must come from the same origin as the old one. */
async function previewOnPort(outDir: string, port: number): Promise<() => Promise<void>> {
  const child = spawn(
    process.execPath,
    [join(root, 'node_modules/vite/bin/vite.js'), 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', outDir],
    { cwd: root, stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}`);
    if (await fetch(url).then((r) => r.ok, () => false)) break;
    if (i > 200) throw new Error(`vite preview did not answer at ${url}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      process.kill(child.pid!, 'SIGTERM');
    });
}

let browser: Browser;
let server: PreviewServer | undefined;
let stopNext: (() => Promise<void>) | undefined;

beforeAll(async () => {
  makeNextDeployment();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await stopNext?.();
  rmSync(join(root, nextDist), { recursive: true, force: true });
});

const heading = (page: Page) => page.locator('h1').textContent();
const savedState = (page: Page) =>
  page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? 'null')?.state as { currentId: string | null; assessments: object } | null, STORAGE_KEY);

/** First visit: the service worker installs and precaches every file; after a reload it controls the page. */
async function visitOnce(context: BrowserContext, page: Page, url: string) {
  await page.goto(url);
  await page.locator('h1').waitFor();
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) for (const r of await (await caches.open(name)).keys()) urls.push(new URL(r.url).pathname);
    return urls;
  });
  expect(cached.some((u) => u.endsWith('/index.html'))).toBe(true);
  expect(cached.filter((u) => u.endsWith('.js')).length, 'every script is precached').toBeGreaterThan(3);
  expect(context.serviceWorkers().length).toBe(1);
}

describe('offline after one visit, and updates that keep every answer', () => {
  it('works with the network off and the server gone, then offers a new version without losing the assessment', async () => {
    server = await startPreviewServer(dist);
    const url = server.url;
    const port = Number(new URL(url).port);
    const { context, page, requests, errors } = await openContext(browser, { locale: 'en-GB' });
    await visitOnce(context, page, url);

    // Network off and the server stopped: everything must now come from the device.
    await context.setOffline(true);
    await server.stop();
    server = undefined;
    await page.reload();
    await expect.poll(() => heading(page)).toContain('Where does your firm stand');

    await page.getByRole('link', { name: 'About', exact: true }).click();
    await expect.poll(() => heading(page), { message: 'a lazily loaded page comes from the cache' }).toBe('About Chuhai');
    await page.getByRole('button', { name: /中文/ }).click();
    await expect.poll(() => heading(page)).toBe('关于本工具');
    await page.getByRole('link', { name: '首页', exact: true }).click();
    await page.getByRole('button', { name: '开始新的自评' }).click();
    await expect.poll(async () => (await savedState(page))?.currentId ?? null).not.toBeNull();
    // Complete the whole assessment offline, then see its results (charts come from the cache too).
    await page.waitForFunction(() => /\/profile$/.test(location.hash) && document.querySelector('.step'));
    await completeAssessment(page);
    const id = await page.evaluate(() => location.hash.split('/')[2]!);
    await page.evaluate((h) => (location.hash = h), `#/results/${id}`);
    await page.locator('[data-testid="model-table"]').waitFor();
    await showCharts(page); // charts load offline too
    const saved = await savedState(page);

    await page.goto(url);
    await page.reload();
    await expect.poll(() => page.getByRole('link', { name: /^继续/ }).count(), { message: 'the assessment is still there offline' }).toBe(1);
    expect(await savedState(page)).toEqual(saved);

    // A new deployment on the same origin: the user is asked, and updating keeps the assessment.
    await context.setOffline(false);
    stopNext = await previewOnPort(nextDist, port);
    await page.reload();
    const prompt = page.getByRole('status').filter({ hasText: '新版本已就绪' });
    const updateButton = page.getByRole('button', { name: '刷新并更新' });
    await expect.poll(() => prompt.count(), { message: 'the update prompt appears', timeout: 20_000 }).toBe(1);
    expect(await page.locator('meta[name="chuhai-deployment"]').count(), 'still the old version until the user agrees').toBe(0);
    await Promise.all([page.waitForEvent('load'), updateButton.click()]);
    await expect.poll(() => page.locator('meta[name="chuhai-deployment"]').count(), { message: 'the new version is running' }).toBe(1);
    await expect.poll(() => page.getByRole('link', { name: /^继续/ }).count(), { message: 'the assessment survived the update' }).toBe(1);
    expect(await savedState(page)).toEqual(saved);
    expect(await prompt.count(), 'no prompt once updated').toBe(0);

    expect(foreignRequests(requests, new URL(url).origin)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
