import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { instrument } from '@/content/instrument';
import { scoreAssessment } from '@/domain/scoring/score-assessment';
import { ARCHETYPES } from '../fixtures/archetypes';
import { axeViolations, describeViolations } from './harness/axe';
import { foreignRequests, openContext, sharedBrowser } from './harness/chromium';

const baseUrl = inject('baseUrl');
const browser = await sharedBrowser();

// §2.1: an OEM exporter stays at product export however much it sells abroad; own brand, own channels and
// marketing made for the market are what brand export asks (the roadmap the domain test verifies).
const oem = ARCHETYPES.find((a) => a.id === 'oem_exporter_70')!;
const BRAND_ACTIONS = ['own_brand_share', 'own_channels', 'localised_marketing'];

async function seed(page: Page) {
  await page.goto(baseUrl);
  await page.evaluate(
    ({ answers, version }) => {
      const now = Date.now();
      const a = { id: 'oem-1', name: '宁波华泰泵业', createdAt: now, updatedAt: now, instrumentVersion: version, answers };
      localStorage.setItem('chuhai:v1:state', JSON.stringify({ version: 1, state: { assessments: { 'oem-1': a }, deleted: {}, currentId: 'oem-1', preferences: { language: 'zh-CN', bilingual: false } } }));
    },
    { answers: oem.answers, version: instrument.version },
  );
}

/** Presses Tab until the element matching `selector` has focus (keyboard only: no clicks, no focus() calls). */
async function tabTo(page: Page, selector: string, max = 250) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe('the what-if planner in a real browser', () => {
  it('plans the OEM exporter to brand export in Chinese at 360 px with the keyboard alone, keeps the scenario and prints it', async () => {
    expect(scoreAssessment(instrument, oem.answers).ladder.rung, 'the fixture starts at product export').toBe('product');
    const { page, context, requests, errors } = await openContext(browser, { locale: 'zh-CN', viewport: { width: 360, height: 740 } });
    await seed(page);
    await page.goto(`${baseUrl}#/results/oem-1`);
    await page.reload();
    const planLink = page.getByRole('link', { name: '在情景规划中试算' });
    await planLink.waitFor();
    const summaryViolations = await axeViolations(page);
    expect(summaryViolations, describeViolations(summaryViolations)).toEqual([]);

    await tabTo(page, 'a[href="#/plan/oem-1"]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash === '#/plan/oem-1');
    const live = page.locator('.plan-live');
    await live.waitFor();
    expect(await live.getAttribute('data-rung')).toBe('product');

    for (const [i, id] of BRAND_ACTIONS.entries()) {
      await tabTo(page, `#plan-action-${id}`);
      await page.keyboard.press('Space');
      await page.getByText(`已计划${i + 1}项`).waitFor();
    }
    // The live line and the ladder follow at once: brand export is planned, product export is today.
    await page.waitForFunction(() => document.querySelector('.plan-live')?.getAttribute('data-rung') === 'brand');
    expect(await live.innerText()).toMatch(/^实施计划后：品牌出海（目前：产品出海）/);
    expect(await page.locator('.plan-ladder li[data-state="planned"]').count()).toBe(1);
    expect(await page.locator('.plan-ladder li[data-state="today"]').count()).toBe(1);
    // The first choice saved a scenario: the address names it and the bar says it is kept on this device.
    await page.waitForFunction(() => /^#\/plan\/oem-1\/[^/]+$/.test(location.hash) && !location.hash.endsWith('/new'));
    await page.getByText('已随本自评保存在本设备上。').waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, 'nothing wider than the phone').toBeLessThanOrEqual(360);
    const plannerViolations = await axeViolations(page);
    expect(plannerViolations, describeViolations(plannerViolations)).toEqual([]);

    await page.reload();
    await page.locator('.plan-live[data-rung="brand"]').waitFor();
    for (const id of BRAND_ACTIONS) expect(await page.locator(`#plan-action-${id}`).isChecked(), id).toBe(true);

    await page.goto(`${baseUrl}#/report/oem-1`);
    const plan = page.locator('.rp-scenarios');
    await plan.waitFor();
    await page.emulateMedia({ media: 'print' });
    const printed = await plan.innerText();
    expect(printed).toContain('规划：情景试算');
    expect(printed).toContain('品牌出海');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(errors).toEqual([]);
    expect(foreignRequests(requests, new URL(baseUrl).origin)).toEqual([]);
    await context.close();
  });
});
