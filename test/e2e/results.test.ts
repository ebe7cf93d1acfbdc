import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { instrument } from '@/content/instrument';
import { scoreAssessment } from '@/domain/scoring/score-assessment';
import { ARCHETYPES } from '../fixtures/archetypes';
import { axeViolations, describeViolations } from './harness/axe';
import { showCharts } from './harness/show-charts';
import { foreignRequests, openContext, sharedBrowser } from './harness/chromium';

const baseUrl = inject('baseUrl');
const origin = new URL(baseUrl).origin;
const browser = await sharedBrowser();
const allRequests: string[][] = [];

const fixture = ARCHETYPES.find((a) => a.id === 'tech_sme')!;
const expected = scoreAssessment(instrument, fixture.answers);
const RUNG = { en: { brand: 'Brand export' }, 'zh-CN': { brand: '品牌出海' } } as const;
const QUADRANT = { en: { rule_export: 'Rule export' }, 'zh-CN': { rule_export: '规则输出型' } } as const;

/** Puts a fixture assessment in the browser's storage, as if the user had answered it. */
async function seed(page: Page, lng: 'en' | 'zh-CN') {
  await page.goto(baseUrl);
  await page.evaluate(
    ({ answers, language, version }) => {
      const now = Date.now();
      const a = { id: 'fixture-1', name: 'Ningbo Precision Instruments', createdAt: now, updatedAt: now, instrumentVersion: version, answers };
      localStorage.setItem('chuhai:v1:state', JSON.stringify({ version: 1, state: { assessments: { 'fixture-1': a }, deleted: {}, currentId: 'fixture-1', preferences: { language, bilingual: false } } }));
    },
    { answers: fixture.answers, language: lng, version: instrument.version },
  );
}

async function openResults(lng: 'en' | 'zh-CN') {
  const session = await openContext(browser, { locale: lng === 'en' ? 'en-GB' : 'zh-CN', acceptDownloads: true });
  allRequests.push(session.requests);
  await seed(session.page, lng);
  await session.page.goto(`${baseUrl}#/results/fixture-1`);
  await session.page.reload();
  await session.page.locator('[data-testid="model-table"]').waitFor();
  return session;
}

describe('results in a real browser', () => {
  for (const lng of ['en', 'zh-CN'] as const) {
    it(`shows the rung and quadrant the engine computes, in ${lng}, with charts drawn and no axe violations`, async () => {
      expect(expected.ladder.rung).toBe('brand');
      expect(expected.model.quadrant).toBe('rule_export');
      const { page, context, errors } = await openResults(lng);
      expect(await page.locator('.rung-headline').getAttribute('data-rung')).toBe(expected.ladder.rung);
      expect(await page.locator('.rung-headline').innerText()).toContain(RUNG[lng].brand);
      expect(await page.locator('.quadrant-headline').getAttribute('data-quadrant')).toBe(expected.model.quadrant);
      expect(await page.locator('.quadrant-headline').innerText()).toContain(QUADRANT[lng].rule_export);
      const firmRow = page.locator('[data-testid="model-table"] tbody tr').first();
      const cells = await firmRow.locator('td').allInnerTexts();
      expect(cells[0]).toBe(String(Math.round(expected.model.T.value)));
      expect(cells[1]).toBe(String(Math.round(expected.model.R.value)));
      // Both charts are drawn once scrolled to (their code loads on demand).
      await showCharts(page);
      const violations = await axeViolations(page);
      expect(violations, describeViolations(violations)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('on a phone, opens a results link straight onto the page and fetches chart code only when a chart nears the screen', async () => {
    const session = await openContext(browser, { locale: 'en-GB', viewport: { width: 360, height: 740 } });
    allRequests.push(session.requests);
    const { page, context, errors } = session;
    await seed(page, 'en');
    // Records whether the "Loading…" line of a lazily loaded page was ever put on screen.
    await page.addInitScript(() => {
      const w = window as unknown as { sawLoading: boolean };
      w.sawLoading = false;
      new MutationObserver(() => {
        if (document.querySelector('main .loading')) w.sawLoading = true;
      }).observe(document, { subtree: true, childList: true });
    });
    const scripts: string[] = [];
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script') scripts.push(r.url());
    });
    await page.goto(`${baseUrl}#/results/fixture-1`);
    await page.reload();
    await page.locator('[data-testid="model-table"]').waitFor();
    expect(await page.evaluate(() => (window as unknown as { sawLoading: boolean }).sawLoading), 'no loading line before the page').toBe(false);
    // A message only chart.js carries tells its chunk apart, whatever the bundler names it.
    const chartCodeLoaded = async () => {
      const bodies = await Promise.all(scripts.map((u) => page.evaluate((url) => fetch(url).then((r) => r.text()), u)));
      return bodies.some((b) => b.includes('Canvas is already in use'));
    };
    await page.waitForTimeout(500);
    expect(await chartCodeLoaded(), 'no chart code while the charts are off screen').toBe(false);
    expect(await page.locator('canvas').count()).toBe(0);
    // The tables say the same thing as the charts and are there from the start.
    expect(await page.locator('[data-testid="profile-table"] tbody tr').count()).toBe(8);
    await page.locator('[data-testid="profile-table"]').scrollIntoViewIfNeeded();
    await page.locator('section[aria-labelledby="profile-title"] canvas').waitFor();
    expect(await chartCodeLoaded()).toBe(true);
    await showCharts(page);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('exports the assessment as JSON and, imported again, gives the same results', async () => {
    const { page, context } = await openResults('en');
    const before = await page.locator('[data-testid="profile-table"]').innerText();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Assessment file (JSON)' }).click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(text).format).toBe('chuhai-assessment');
    // Delete it, then import the file back.
    await page.evaluate(() => localStorage.clear());
    await page.goto(`${baseUrl}#/assessments`);
    await page.reload();
    await page.getByLabel('Choose files to import').setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(text) });
    await page.getByText('Ningbo Precision Instruments').first().waitFor();
    await page.goto(`${baseUrl}#/results/fixture-1`);
    await page.locator('[data-testid="profile-table"]').waitFor();
    expect(await page.locator('[data-testid="profile-table"]').innerText()).toBe(before);
    expect(await page.locator('.rung-headline').getAttribute('data-rung')).toBe(expected.ladder.rung);
    await context.close();
  });

  it('downloads an action plan that Excel reads as UTF-8 (BOM) with one row per recommendation', async () => {
    const { page, context } = await openResults('zh-CN');
    // The page shows ten first; the plan file carries every recommendation.
    await page.getByRole('button', { name: /^显示全部\d+条$/ }).click();
    const shown = await page.locator('.rec').count();
    expect(shown).toBeGreaterThan(0);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '行动计划（CSV）' }).click()]);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('优先级,优先级分值（差距×重要性）,类型,实施时限,推动方,领域,行动,带来的变化,原因,具体步骤,可借助的公共支持,已在使用的支持');
    expect(text.split(/\r\n(?=[\d.]+,)/).length - 1).toBe(shown);
    await context.close();
  });

  it('sends no request to any other origin', () => {
    expect(foreignRequests(allRequests.flat(), origin)).toEqual([]);
  });
});
