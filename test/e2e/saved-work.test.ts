import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { instrument } from '@/content/instrument';
import { parseImportFile } from '@/domain/exchange/parse-import-file';
import { axeViolations, describeViolations } from './harness/axe';
import { launchChromium, openContext } from './harness/chromium';

// Issue 18: nothing a user saved is ever lost. Each case reproduces a loss found in the landed app.
const baseUrl = inject('baseUrl');
const STORAGE_KEY = 'chuhai:v1:state';
const QUARANTINE_PREFIX = 'chuhai:quarantine:';
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const question = (page: Page, id: string) => page.locator(`[data-question="${id}"]`);
const option = (page: Page, id: string, value: string) => question(page, id).locator(`input[value="${value}"]`);
const storedState = async (page: Page) =>
  JSON.parse((await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY)) ?? '{}').state as
    | { assessments: Record<string, { name: string; answers: Record<string, { value?: unknown; note?: string; updatedAt: number }> }> }
    | undefined;
const jsonUpload = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });

async function openStep(page: Page, id: string, step: string) {
  await page.goto(`${baseUrl}#/assess/${id}/${step}`);
  await page.waitForFunction((s) => location.hash.endsWith(`/${s}`) && document.querySelector('.step'), step);
}

async function expectAxeClean(page: Page, where: string) {
  const violations = await axeViolations(page);
  expect(violations, `${where}:\n${describeViolations(violations)}`).toEqual([]);
}

/** An assessment as the app stores it. */
function storedAssessment(id: string, name: string, t: number) {
  return { id, name, createdAt: t, updatedAt: t, instrumentVersion: instrument.version, answers: { 'profile.industry': { value: 'machinery', updatedAt: t } } };
}

describe('saved work is never lost', () => {
  it('keeps a change made after importing a file whose clock ran ahead (dated 2031)', async () => {
    const { context, page, errors } = await openContext(browser, { locale: 'en-GB' });
    await page.goto(`${baseUrl}#/assessments`);
    await page.locator('h1').waitFor();
    const t2031 = Date.UTC(2031, 0, 1);
    const file = JSON.stringify({
      format: 'chuhai-assessment',
      formatVersion: 1,
      instrumentVersion: '2026.1',
      exportedAt: new Date(t2031).toISOString(),
      assessment: { ...storedAssessment('future-1', 'Clock ahead Ltd', t2031), instrumentVersion: '2026.1' },
    });
    await page.locator('input[type="file"]').setInputFiles(jsonUpload('future.json', file));
    await expect.poll(() => page.locator('.import-summary').textContent()).toContain('1 assessment imported');
    const imported = (await storedState(page))!.assessments['future-1']!;
    expect(imported.answers['profile.industry']!.updatedAt, 'the file’s future time is not kept').toBeLessThan(Date.now() + 10 * 60_000);

    // The user looks at it; another day the page is opened afresh and the imported answer changed.
    await openStep(page, 'future-1', 'profile');
    await expect.poll(async () => ((await storedState(page))!.assessments['future-1'] as { step?: string }).step).toBe('profile');
    await page.reload();
    await page.waitForFunction(() => document.querySelector('.step'));
    await option(page, 'profile.industry', 'vehicles').check();
    await expect.poll(async () => (await storedState(page))!.assessments['future-1']!.answers['profile.industry']!.value).toBe('vehicles');
    await page.reload();
    await page.waitForFunction(() => document.querySelector('.step'));
    expect(await option(page, 'profile.industry', 'vehicles').isChecked(), 'the change survives the reload').toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps telling the user while storage is full, and offers the unsaved work as a file that imports back', async () => {
    const { context, page, errors } = await openContext(browser, { locale: 'en-GB', acceptDownloads: true });
    await page.goto(`${baseUrl}#/assess`);
    await page.waitForFunction(() => /\/profile$/.test(location.hash) && document.querySelector('.step'));
    await expect.poll(async () => Object.keys((await storedState(page))?.assessments ?? {}).length).toBe(1);

    // Fill the origin's quota down to the last character.
    const quotaErrors = await page.evaluate(() => {
      let size = 1 << 21;
      let n = 0;
      let failed = 0;
      while (size >= 1) {
        try {
          localStorage.setItem(`filler:${n++}`, 'x'.repeat(size));
        } catch {
          failed++;
          size = Math.floor(size / 2);
        }
      }
      return failed;
    });
    expect(quotaErrors).toBeGreaterThan(0);

    const alert = page.getByRole('alert').filter({ hasText: 'storage is full' });
    await option(page, 'profile.industry', 'machinery').check();
    await alert.waitFor();
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    await alert.waitFor({ state: 'detached' });
    await option(page, 'profile.export_status', 'regular').check();
    await alert.waitFor({ timeout: 3000 });
    await expectAxeClean(page, 'storage-full notice');

    const [download] = await Promise.all([page.waitForEvent('download'), alert.getByRole('button', { name: 'Download unsaved work' }).click()]);
    const text = readFileSync(await download.path(), 'utf8');
    const parsed = parseImportFile(text, Buffer.byteLength(text), instrument);
    expect(parsed.ok, 'the download is an ordinary Chuhai file').toBe(true);
    const answers = parsed.ok ? parsed.assessments[0]!.answers : {};
    expect(answers['profile.industry']?.value).toBe('machinery');
    expect(answers['profile.export_status']?.value).toBe('regular');

    // Importing into full storage does not claim success.
    await page.goto(`${baseUrl}#/assessments`);
    await page.locator('h1').waitFor();
    const other = JSON.stringify({ format: 'chuhai-assessment', formatVersion: 3, instrumentVersion: instrument.version, exportedAt: new Date().toISOString(), assessment: storedAssessment('other-1', 'Other', Date.now()) });
    await page.locator('input[type="file"]').setInputFiles(jsonUpload('other.json', other));
    const report = page.locator('.import-report');
    await expect.poll(() => report.textContent()).toContain('could not be saved');
    expect(await report.textContent()).not.toContain('imported');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('sets one malformed saved assessment aside and still lists the others', async () => {
    const { context, page, errors } = await openContext(browser, { locale: 'en-GB', acceptDownloads: true });
    await page.goto(baseUrl);
    await page.locator('h1').waitFor();
    const t = Date.UTC(2026, 10, 1);
    const assessments: Record<string, unknown> = {
      a1: storedAssessment('a1', 'Ningbo Pumps', t),
      a2: storedAssessment('a2', 'Xiamen Textiles', t + 1),
      a3: { ...storedAssessment('a3', 'Broken Ltd', t + 2), answers: 'half a write' },
    };
    const state = { assessments, deleted: {}, currentId: 'a1', preferences: { language: 'en', bilingual: false } };
    const raw = JSON.stringify({ state, version: 3 });
    await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [STORAGE_KEY, raw]);
    await page.goto(`${baseUrl}#/assessments`);
    await page.reload();
    await page.locator('h1').waitFor();

    await expect.poll(() => page.getByRole('article').count()).toBe(2);
    const notice = page.locator('.set-aside');
    await expect.poll(() => notice.textContent()).toContain('could not be read');
    await expectAxeClean(page, 'library with a set-aside assessment');
    const keptAside = await page.evaluate((p) => Object.keys(localStorage).filter((k) => k.startsWith(p)).map((k) => localStorage.getItem(k)!), QUARANTINE_PREFIX);
    expect(keptAside.map((v) => JSON.parse(v))).toContainEqual(expect.objectContaining({ id: 'a3', answers: 'half a write' }));

    // A change to the good ones never touches what was set aside, and the notice stays across a reload.
    await page.getByRole('article').first().getByRole('button', { name: /^Rename/ }).click();
    await page.getByRole('textbox', { name: 'Firm name (optional)' }).fill('Renamed');
    await page.getByRole('textbox', { name: 'Firm name (optional)' }).press('Enter');
    await page.reload();
    await page.locator('h1').waitFor();
    await expect.poll(() => page.getByRole('article').count()).toBe(2);
    await notice.waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), notice.getByRole('button', { name: /^Download/ }).click()]);
    const text = readFileSync(await download.path(), 'utf8');
    expect(JSON.parse(text).format, 'the file says what it is').toBe('chuhai-set-aside');
    await page.locator('input[type="file"]').setInputFiles(jsonUpload('set-aside.json', text));
    await expect.poll(() => page.locator('.import-errors').textContent()).toContain('set aside');

    await notice.getByRole('button', { name: /^Discard/ }).click();
    await notice.getByRole('button', { name: 'Discard for good' }).click();
    await notice.waitFor({ state: 'detached' });
    expect(await page.evaluate((p) => Object.keys(localStorage).filter((k) => k.startsWith(p)).length, QUARANTINE_PREFIX)).toBe(0);
    expect(await page.getByRole('article').count()).toBe(2);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('saves a note typed just before the tab is hidden and then killed', async () => {
    const { context, page } = await openContext(browser, { locale: 'en-GB' });
    await page.goto(`${baseUrl}#/assess`);
    await page.waitForFunction(() => /\/profile$/.test(location.hash) && document.querySelector('.step'));
    const id = await page.evaluate(() => location.hash.split('/')[2]!);
    await question(page, 'profile.industry').getByText('Add a note or evidence').click();
    const savedAt50ms = await page.evaluate(async (key) => {
      const box = document.querySelector<HTMLTextAreaElement>('[data-question="profile.industry"] textarea')!;
      box.focus();
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(box, 'Catalogue 2026, p. 4');
      box.dispatchEvent(new Event('input', { bubbles: true }));
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
      await new Promise((r) => setTimeout(r, 50));
      return JSON.parse(localStorage.getItem(key) ?? '{}').state?.assessments?.[location.hash.split('/')[2]!]?.answers?.['profile.industry']?.note ?? null;
    }, STORAGE_KEY);
    expect(savedAt50ms, 'saved when the tab is hidden, not 250 ms later').toBe('Catalogue 2026, p. 4');
    // The renderer is killed (a crash or the system reclaiming a background tab): no pagehide, no blur.
    const cdp = await context.newCDPSession(page);
    const crashed = new Promise((r) => page.once('crash', r));
    void cdp.send('Page.crash').catch(() => undefined);
    await crashed;
    const again = await context.newPage();
    await openStep(again, id, 'profile');
    expect(await question(again, 'profile.industry').locator('textarea').inputValue()).toBe('Catalogue 2026, p. 4');
    await context.close();
  });
});
