import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openContext, sharedBrowser } from './harness/chromium';

const baseUrl = inject('baseUrl');
const STORAGE_KEY = 'chuhai:v1:state';
const QUARANTINE_PREFIX = 'chuhai:quarantine:';
const browser = await sharedBrowser();

const readStorage = (page: Page) =>
  page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));

/** Stores `raw` as the app's saved state, as a crash or a hand edit might have left it, then reloads. */
async function reloadWithSavedValue(page: Page, raw: string) {
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [STORAGE_KEY, raw]);
  await page.reload();
  await page.locator('h1').waitFor();
}

describe('saved data survives storage faults', () => {
  const cases = [
    {
      locale: 'en-GB',
      raw: '{"state": {"assessments": 12',
      notice: 'Saved data in this browser could not be read',
      download: 'Download the saved data',
      begin: 'Start a new assessment',
      about: 'About',
      aboutTitle: 'About Chuhai',
    },
    {
      locale: 'zh-CN',
      raw: JSON.stringify({ state: { assessments: {}, written: 'by a newer Chuhai' }, version: 99 }),
      notice: '来自更新版本的工具',
      download: '下载已保存的数据',
      begin: '开始新的自评',
      about: '关于',
      aboutTitle: '关于本工具',
    },
  ];
  for (const c of cases) {
    it(`keeps unreadable saved data aside, tells the user in ${c.locale} and offers it for download`, async () => {
      const { context, page, errors } = await openContext(browser, { locale: c.locale, acceptDownloads: true });
      await page.goto(baseUrl);
      await page.locator('h1').waitFor();
      await reloadWithSavedValue(page, c.raw);

      const alert = page.getByRole('alert');
      await expect.poll(() => alert.textContent()).toContain(c.notice);
      const kept = Object.entries(await readStorage(page)).filter(([k]) => k.startsWith(QUARANTINE_PREFIX));
      expect(kept.map(([, v]) => v), 'the raw value is kept aside, byte for byte').toEqual([c.raw]);

      const [download] = await Promise.all([page.waitForEvent('download'), alert.getByRole('button', { name: c.download }).click()]);
      const path = await download.path();
      expect(readFileSync(path, 'utf8'), 'the download is exactly what was stored').toBe(c.raw);

      // The app keeps working: another page, then a new assessment saved under the normal key.
      await page.getByRole('link', { name: c.about, exact: true }).click();
      await expect.poll(() => page.locator('h1').textContent()).toBe(c.aboutTitle);
      await page.goto(baseUrl);
      await page.getByRole('button', { name: c.begin }).click();
      await expect.poll(async () => JSON.parse((await readStorage(page))[STORAGE_KEY] ?? '{}').state?.currentId ?? null).not.toBeNull();
      const after = Object.entries(await readStorage(page)).filter(([k]) => k.startsWith(QUARANTINE_PREFIX));
      expect(after, 'later writes never touch the copy kept aside').toEqual(kept);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('tells the user when storage is full and leaves the last saved copy intact', async () => {
    const { context, page, errors } = await openContext(browser, { locale: 'en-GB' });
    await page.goto(baseUrl);
    await page.locator('h1').waitFor();
    const saved = (await readStorage(page))[STORAGE_KEY];
    expect(saved, 'the first visit saved the language').toBeTruthy();

    // Fill the origin's quota down to the last character.
    const filled = await page.evaluate(() => {
      let size = 1 << 20;
      let n = 0;
      let quotaErrors = 0;
      while (size >= 1) {
        try {
          localStorage.setItem(`filler:${n}`, 'x'.repeat(size));
          n++;
        } catch (e) {
          if ((e as DOMException).name !== 'QuotaExceededError') throw e;
          quotaErrors++;
          size = Math.floor(size / 2);
        }
      }
      return { n, quotaErrors };
    });
    expect(filled.quotaErrors, 'storage really is full').toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Start a new assessment' }).click();
    // Scoped by its text: the questionnaire's per-question error regions are alerts too (empty until needed).
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'storage is full' }).count()).toBe(1);
    expect((await readStorage(page))[STORAGE_KEY], 'the saved value is unchanged').toBe(saved);

    // Still usable: navigation works and the notice stays until dismissed.
    await page.getByRole('link', { name: 'About', exact: true }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('About Chuhai');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows in one tab the assessment started in another, without a reload', async () => {
    const { context, page: tabA } = await openContext(browser, { locale: 'en-GB' });
    await tabA.goto(baseUrl);
    await tabA.locator('h1').waitFor();
    const tabB = await context.newPage();
    await tabB.goto(baseUrl);
    await tabB.locator('h1').waitFor();
    const continueInB = tabB.getByRole('link', { name: /^Continue/ });
    expect(await continueInB.count(), 'nothing to continue yet').toBe(0);

    let reloaded = false;
    tabB.on('load', () => (reloaded = true));
    await tabA.getByRole('button', { name: 'Start a new assessment' }).click();
    await expect.poll(() => continueInB.count()).toBe(1);
    expect(reloaded, 'tab B picked it up from the storage event').toBe(false);

    const idInA = await tabA.evaluate((k) => JSON.parse(localStorage.getItem(k)!).state.currentId as string, STORAGE_KEY);
    expect(await continueInB.getAttribute('href')).toContain(idInA);
    await context.close();
  });
});
