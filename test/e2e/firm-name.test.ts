import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { instrument } from '@/content/instrument';
import type { Answers } from '@/domain/assessment/assessment';
import { shortCode } from '@/domain/exchange/exchange-file-name';
import { ARCHETYPES } from '../fixtures/archetypes';
import { axeViolations, describeViolations } from './harness/axe';
import { openContext, sharedBrowser } from './harness/chromium';

const baseUrl = inject('baseUrl');
const DATE = String.raw`\d{4}-\d{2}-\d{2}`;
const browser = await sharedBrowser();

const answersOf = (id: string): Answers => ARCHETYPES.find((a) => a.id === id)!.answers;
// Exports now and then, 15 % of revenue abroad, with a note on that answer.
const OCCASIONAL: Answers = {
  ...answersOf('occasional_exporter'),
  'profile.overseas_share': { value: 15, updatedAt: 1 },
  'profile.export_status': { value: 'occasional', note: 'Two orders from Poland last year, none this year.', updatedAt: 1 },
};

/** Puts assessments in the browser's storage, as if the user had answered them. */
async function seed(page: Page, language: 'en' | 'zh-CN', list: { id: string; name: string; answers: Answers }[]) {
  await page.goto(baseUrl);
  await page.evaluate(
    ({ firms, lng, version }) => {
      const now = Date.now();
      const assessments = Object.fromEntries(firms.map((a) => [a.id, { ...a, createdAt: now, updatedAt: now, instrumentVersion: version }]));
      const state = { assessments, deleted: {}, currentId: firms[0]!.id, preferences: { language: lng, bilingual: false } };
      localStorage.setItem('chuhai:v1:state', JSON.stringify({ version: 1, state }));
    },
    { firms: list, lng: language, version: instrument.version },
  );
}

/** Goes to a screen of the app as a link would, and waits for its heading. */
async function open(page: Page, hash: string) {
  await page.goto(`${baseUrl}#${hash}`);
  await page.reload();
  await page.locator('h1').waitFor();
}

async function downloadName(page: Page, button: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return download.suggestedFilename();
}

describe('the firm’s name', () => {
  it('typed in Chinese on a 360 px phone with the keyboard heads the results and names the export; an unnamed firm’s file gets its short code', async () => {
    const { page, context, errors } = await openContext(browser, { locale: 'zh-CN', viewport: { width: 360, height: 740 }, acceptDownloads: true });
    await seed(page, 'zh-CN', [
      { id: 'named-firm', name: '', answers: answersOf('tech_sme') },
      { id: 'unnamed-firm', name: '', answers: answersOf('tech_sme') },
    ]);
    await open(page, '/assess/named-firm/profile');
    const box = page.getByRole('textbox', { name: '企业名称（选填）' });
    // From the step's heading (focused on arrival), Tab reaches the name before any question.
    await page.locator('h1').focus();
    for (let i = 0; i < 12 && !(await box.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await box.evaluate((el) => el === document.activeElement), 'the name field takes focus by keyboard').toBe(true);
    await page.keyboard.type('宁波泵业 有限公司');
    const firstQuestion = await page.locator('.question').first().boundingBox();
    const field = await box.boundingBox();
    expect(field!.y, 'above the first question').toBeLessThan(firstQuestion!.y);
    expect(field!.x + field!.width, 'fits the phone screen').toBeLessThanOrEqual(360);
    const profileViolations = await axeViolations(page);
    expect(profileViolations, describeViolations(profileViolations)).toEqual([]);

    await open(page, '/results/named-firm');
    await expect.poll(() => page.locator('h1').innerText()).toContain('宁波泵业 有限公司');
    await page.getByRole('button', { name: '评估文件（JSON）' }).waitFor();
    expect(await downloadName(page, '评估文件（JSON）')).toMatch(new RegExp(`^chuhai-宁波泵业-有限公司-${DATE}\\.json$`));

    await open(page, '/results/unnamed-firm');
    await page.getByRole('button', { name: '评估文件（JSON）' }).waitFor();
    const anonymous = await downloadName(page, '评估文件（JSON）');
    expect(anonymous).toMatch(new RegExp(`^chuhai-${shortCode('unnamed-firm')}-${DATE}\\.json$`));
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('a firm that exports now and then', () => {
  it('is told it sells abroad, not yet regularly, marked below the first rung; its printed report shows the note beside its answer', async () => {
    const { page, context, errors } = await openContext(browser, { locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    await seed(page, 'en', [{ id: 'occasional', name: 'Yiwu Crafts', answers: OCCASIONAL }]);
    await open(page, '/results/occasional');
    const headline = page.locator('.rung-headline');
    expect(await headline.innerText()).toBe('You sell abroad, but not yet regularly: you stand just below the first rung, Product export.');
    expect(await page.locator('.summary-standing').innerText()).toContain('Sells abroad, not yet regularly (below the first rung)');
    expect(await page.locator('.ladder .rung').first().innerText()).toContain('Product export');
    // Measured in one go: the rest of the page renders after the first paint and moves the section.
    const gap = await page.evaluate(() => {
      const first = document.querySelector('.ladder .rung')!.getBoundingClientRect();
      return document.querySelector('.rung.below')!.getBoundingClientRect().top - first.bottom;
    });
    expect(gap, 'drawn under the first rung').toBeGreaterThanOrEqual(0);
    expect(await page.locator('.ladder [aria-current]').count(), 'no rung claimed').toBe(0);
    expect(await page.locator('.rung.below').innerText()).toMatch(/Selling abroad now and then[\s\S]*you are here/);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);

    await open(page, '/report/occasional?lang=en');
    const item = page.locator('.rp-notes [data-question="profile.export_status"]');
    await item.waitFor();
    const reportViolations = await axeViolations(page);
    expect(reportViolations, describeViolations(reportViolations)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    const answer = item.locator('.rp-noted-answer');
    const note = item.locator('.rp-user-note');
    expect(await answer.innerText()).toContain('Do you sell abroad? — Occasionally');
    expect(await note.innerText()).toBe('Your note: Two orders from Poland last year, none this year.');
    const noteGap = await item.evaluate((el) => el.querySelector('.rp-user-note')!.getBoundingClientRect().top - el.querySelector('.rp-noted-answer')!.getBoundingClientRect().bottom);
    expect(noteGap, 'the note sits right under its answer').toBeLessThan(20);
    expect(await page.locator('.rp-headline').first().innerText()).toContain('You sell abroad, but not yet regularly');
    // "Save as PDF" suggests the page title while printing: the firm's name, not one shared by every firm.
    const title = await page.evaluate(() => {
      window.dispatchEvent(new Event('beforeprint'));
      const during = document.title;
      window.dispatchEvent(new Event('afterprint'));
      return during;
    });
    expect(title).toMatch(new RegExp(`^chuhai-Yiwu-Crafts-${DATE}-report$`));
    expect(errors).toEqual([]);
    await context.close();
  });
});
