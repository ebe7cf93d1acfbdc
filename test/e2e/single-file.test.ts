import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { completeAssessment } from './harness/complete-assessment';
import { launchChromium, openContext } from './harness/chromium';
import { axeViolations, describeViolations } from './harness/axe';
import { showCharts } from './harness/show-charts';

const root = fileURLToPath(new URL('../../', import.meta.url));
// E2E_SINGLE lets parallel work use its own folder, as E2E_DIST does for the PWA build.
const singleDir = join(root, process.env.E2E_SINGLE ?? 'dist-single');
const STORAGE_KEY = 'chuhai:v1:state';

let browser: Browser;
let folder: string;
let fileUrl: string;
const sessionRequests: string[][] = [];

beforeAll(async () => {
  // `npm run test:e2e` builds it first; a lone run of this file builds it only when missing.
  if (!existsSync(join(singleDir, 'index.html'))) {
    execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--mode', 'single', '--outDir', singleDir, '--logLevel', 'warn'], {
      cwd: root,
      stdio: 'inherit',
    });
  }
  // The file alone, in a folder with nothing beside it: as it arrives on a USB stick or from a chat.
  folder = mkdtempSync(join(tmpdir(), 'chuhai-single-'));
  copyFileSync(join(singleDir, 'index.html'), join(folder, 'chuhai.html'));
  fileUrl = pathToFileURL(join(folder, 'chuhai.html')).href;
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

async function open(locale: string) {
  const session = await openContext(browser, { locale });
  sessionRequests.push(session.requests);
  await session.context.addInitScript(() => {
    (window as unknown as { cspViolations: string[] }).cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { cspViolations: string[] }).cspViolations.push(`${e.effectiveDirective} ${e.blockedURI}`),
    );
  });
  return session;
}
const violations = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
const heading = (page: Page) => page.locator('h1').textContent();

describe('single-file build opened from file://', () => {
  it('is one self-contained HTML file', () => {
    expect(readdirSync(singleDir)).toEqual(['index.html']);
    const html = readFileSync(join(singleDir, 'index.html'), 'utf8');
    expect(html, 'no service worker in the single file').not.toMatch(/serviceWorker|manifest\.webmanifest/);
    expect(html, 'the policy allows its inline code by hash only').toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
    expect(html).not.toContain('unsafe-inline');
    expect(html, 'no reference to a file beside it').not.toMatch(/(?:src|href)="\.?\/?(?:assets|icons)\//);
  });

  it('shows the start page in English and in Chinese', async () => {
    for (const [locale, title, lang] of [
      ['en-GB', 'Where does your firm stand', 'en'],
      ['zh-CN', '出海之路', 'zh-CN'],
    ] as const) {
      const { context, page, errors } = await open(locale);
      await page.goto(fileUrl);
      await expect.poll(() => heading(page)).toContain(title);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      expect(errors).toEqual([]);
      expect(await violations(page)).toEqual([]);
      await context.close();
    }
  });

  it('switches language and remembers it across a reload', async () => {
    const { context, page } = await open('en-GB');
    await page.goto(`${fileUrl}#/about`);
    await expect.poll(() => heading(page)).toBe('About Chuhai');
    await page.getByRole('button', { name: /中文/ }).click();
    await expect.poll(() => heading(page)).toBe('关于本工具');
    await page.reload();
    await expect.poll(() => heading(page)).toBe('关于本工具');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await context.close();
  });

  it('keeps a started assessment across a reload', async () => {
    const { context, page } = await open('en-GB');
    await page.goto(fileUrl);
    await page.getByRole('button', { name: 'Start a new assessment' }).click();
    await expect.poll(() => page.url()).toMatch(/#\/assess\/.+/);
    const id = await page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? '{}').state?.currentId as string, STORAGE_KEY);
    expect(id).toBeTruthy();
    await page.goto(fileUrl);
    await page.reload();
    const resume = page.getByRole('link', { name: /^Continue/ });
    await expect.poll(() => resume.count()).toBe(1);
    expect(await resume.getAttribute('href')).toContain(id);
    expect(await violations(page)).toEqual([]);
    await context.close();
  });

  for (const locale of ['en-GB', 'zh-CN']) {
    it(`has no axe-core violations on any page in ${locale}`, async () => {
      const { context, page } = await open(locale);
      for (const route of ['', 'about', 'assess', 'results', 'assessments', 'workshop']) {
        await page.goto(`${fileUrl}#/${route}`);
        await page.locator('h1').waitFor();
        const found = await axeViolations(page);
        expect(found, `#/${route} in ${locale}:\n${describeViolations(found)}`).toEqual([]);
      }
      await context.close();
    });
  }

  it('completes an assessment, shows its results with charts, exports it and imports it back', async () => {
    const session = await openContext(browser, { locale: 'en-GB', acceptDownloads: true });
    sessionRequests.push(session.requests);
    const p = session.page;
    await p.goto(`${fileUrl}#/assess`);
    await p.waitForFunction(() => /\/profile$/.test(location.hash) && document.querySelector('.step'));
    await completeAssessment(p);
    const id = await p.evaluate(() => location.hash.split('/')[2]!);
    await p.goto(`${fileUrl}#/results/${id}`);
    await p.locator('[data-testid="model-table"]').waitFor();
    await showCharts(p); // charts drawn from the single file
    const rung = await p.locator('.rung-headline').getAttribute('data-rung');
    const profile = await p.locator('[data-testid="profile-table"]').innerText();
    const [download] = await Promise.all([p.waitForEvent('download'), p.getByRole('button', { name: 'Assessment file (JSON)' }).click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    // Start afresh in the same file, then import the exported file back.
    await p.evaluate(() => localStorage.clear());
    await p.goto(`${fileUrl}#/assessments`);
    await p.reload();
    await p.getByLabel('Choose files to import').setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect.poll(() => p.evaluate((key) => Object.keys(JSON.parse(localStorage.getItem(key) ?? '{}').state?.assessments ?? {}).length, STORAGE_KEY)).toBe(1);
    await p.goto(`${fileUrl}#/results/${id}`);
    await p.locator('[data-testid="profile-table"]').waitFor();
    expect(await p.locator('.rung-headline').getAttribute('data-rung')).toBe(rung);
    expect(await p.locator('[data-testid="profile-table"]').innerText()).toBe(profile);
    expect(session.errors).toEqual([]);
    await session.context.close();
  });

  it('blocks a script injected from another origin', async () => {
    const { context, page } = await open('en-GB');
    const hits: string[] = [];
    await context.route('http://127.0.0.2:9/**', (route) => {
      hits.push(route.request().url());
      return route.fulfill({ contentType: 'text/javascript', body: 'window.pwned = true;' });
    });
    await page.goto(fileUrl);
    await page.locator('h1').waitFor();
    const pwned = await page.evaluate(async () => {
      const s = document.createElement('script');
      s.src = 'http://127.0.0.2:9/x.js';
      document.head.append(s);
      const inline = document.createElement('script');
      inline.textContent = 'window.pwned = true;';
      document.head.append(inline);
      await new Promise((r) => setTimeout(r, 300));
      return (window as unknown as { pwned?: boolean }).pwned ?? false;
    });
    expect(pwned, 'neither injected script ran').toBe(false);
    expect(hits).toEqual([]);
    expect(await violations(page)).toEqual(['script-src-elem http://127.0.0.2:9/x.js', 'script-src-elem inline']);
    await context.close();
  });

  it('loads nothing but the file itself (and data: URLs)', () => {
    // The injection test above tried (and was refused) one address elsewhere: that is the only one allowed here.
    const allRequests = sessionRequests.flat();
    const others = allRequests.filter((u) => u.split('#')[0] !== fileUrl && !u.startsWith('data:') && !u.startsWith('blob:'));
    expect(allRequests.length, 'the tests above did open the file').toBeGreaterThan(5);
    expect(others).toEqual(['http://127.0.0.2:9/x.js']);
  });
});
