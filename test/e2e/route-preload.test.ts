import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { LANGUAGE_HINT_KEY } from '@/app/route-needs';
import { openContext, sharedBrowser } from './harness/chromium';

// index.html starts fetching the screen named in the address, with its text in the app's language,
// before the app runs. To see what the page alone asks for, the app's entry script is refused.
const baseUrl = inject('baseUrl');
const dist = process.env.E2E_DIST ?? 'dist';
const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as Record<string, { file: string; isEntry?: boolean }>;
const fileOf = (src: string) => {
  const entry = manifest[src];
  if (!entry) throw new Error(`${src} is not in the build manifest`);
  return entry.file;
};
const entryFile = Object.values(manifest).find((m) => m.isEntry)!.file;
const RESULTS_PAGE = fileOf('src/features/results/ResultsPage.tsx');
const text = (lng: string, ns: string) => fileOf(`locales/${lng}/${ns}.json`);
/** The shell's text and the instrument's vocabulary: one file per language (src/lib/i18n/namespaces.ts). */
const shellText = (lng: string) => fileOf(`src/lib/i18n/shell-text.${lng}.ts`);

const browser = await sharedBrowser();

/** Opens `hash` with the app's entry refused; returns the asset files the page requested on its own. */
async function requestedByPage(hash: string, locale: string, hint?: string): Promise<string[]> {
  const { context, page, requests } = await openContext(browser, { locale, serviceWorkers: 'block' });
  if (hint) await page.addInitScript(([key, lng]) => localStorage.setItem(key!, lng!), [LANGUAGE_HINT_KEY, hint]);
  await page.route(`**/${entryFile}`, (route) => route.abort());
  await page.goto(`${baseUrl}${hash}`);
  await page.waitForLoadState('networkidle');
  await context.close();
  return requests.filter((u) => u.includes('/assets/')).map((u) => new URL(u).pathname.replace(/^\//, ''));
}

describe('index.html preloads the screen in the address', () => {
  it('fetches the results screen and its text in the language the app last used', async () => {
    const files = await requestedByPage('#/results/example', 'en-GB', 'zh-CN');
    expect(files).toContain(RESULTS_PAGE);
    expect(files).toEqual(expect.arrayContaining([shellText('zh-CN'), text('zh-CN', 'results')]));
    expect(files, 'no text in the other language').not.toContain(shellText('en'));
    expect(files, 'no text in the other language').not.toContain(text('en', 'results'));
    // The results styles come with the app's stylesheet: no second stylesheet before the paint.
    const appStylesheet = /<link rel="stylesheet"[^>]* href="\.\/([^"]+\.css)"/.exec(readFileSync(join(dist, 'index.html'), 'utf8'))![1];
    expect(files.filter((f) => f.endsWith('.css'))).toEqual([appStylesheet]);
    // The validation library checks saved data and imported files; showing a result never needs it, and its
    // 25 kB (gzip) before the paint would delay the page on a phone. "$ZodType" is a name zod keeps when minified.
    const withValidation = files.filter((f) => f.endsWith('.js') && readFileSync(join(dist, f), 'utf8').includes('$ZodType'));
    expect(withValidation, 'files preloaded for a result that hold the validation library').toEqual([]);
  });

  it('picks the language from the browser on a first visit, as the app does', async () => {
    const zh = await requestedByPage('#/results/example', 'zh-CN');
    expect(zh).toEqual(expect.arrayContaining([RESULTS_PAGE, text('zh-CN', 'results')]));
    expect(zh).not.toContain(text('en', 'results'));
    const en = await requestedByPage('#/results/example', 'en-GB');
    expect(en).toEqual(expect.arrayContaining([RESULTS_PAGE, text('en', 'results')]));
    expect(en).not.toContain(text('zh-CN', 'results'));
  });

  it('fetches only the shell’s text for the start page, and ignores a hint that is not a language', async () => {
    const start = await requestedByPage('#/', 'en-GB');
    expect(start).not.toContain(RESULTS_PAGE);
    const isText = (f: string) => Object.keys(manifest).some((k) => /^(locales\/|src\/lib\/i18n\/shell-text\.)/.test(k) && manifest[k]!.file === f);
    expect(start.filter(isText), 'the shell’s text in the browser’s language, nothing else').toEqual([shellText('en')]);
    expect(await requestedByPage('#/', 'zh-CN').then((f) => f.filter(isText))).toEqual([shellText('zh-CN')]);
    const odd = await requestedByPage('#/results/x', 'en-GB', '__proto__');
    expect(odd).toEqual(expect.arrayContaining([RESULTS_PAGE, text('en', 'results')]));
  });

  it('follows the language the user switched to', async () => {
    // No service worker: its precache would fetch every file of both languages and hide what the page asks for.
    const { context, page, requests } = await openContext(browser, { locale: 'en-GB', serviceWorkers: 'block' });
    await page.goto(baseUrl);
    await page.getByRole('button', { name: /中文/ }).click();
    await page.locator('html[lang="zh-CN"]').waitFor();
    await page.route(`**/${entryFile}`, (route) => route.abort());
    requests.length = 0;
    await page.goto(`${baseUrl}#/results/example`);
    await page.reload();
    await page.waitForLoadState('networkidle');
    const files = requests.map((u) => new URL(u).pathname.replace(/^\//, ''));
    expect(files).toEqual(expect.arrayContaining([RESULTS_PAGE, text('zh-CN', 'results')]));
    expect(files).not.toContain(text('en', 'results'));
    await context.close();
  });

  it('asks for the app’s bundle before the small entry files and the screen’s own files', async () => {
    const appBundle = Object.values(manifest).find((m) => m.file.startsWith('assets/app-') && m.file.endsWith('.js'))!.file;
    const { context, page, requests } = await openContext(browser, { locale: 'en-GB', serviceWorkers: 'block' });
    await page.goto(`${baseUrl}#/results/example`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await context.close();
    const scripts = requests.filter((u) => u.endsWith('.js')).map((u) => new URL(u).pathname.replace(/^\//, ''));
    expect(scripts[0]).toBe(appBundle);
    expect(scripts).toContain(entryFile);
    expect(scripts).toContain(RESULTS_PAGE);
  });
});
