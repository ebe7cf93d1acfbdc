import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { instrument } from '@/content/instrument';
import { ARCHETYPES } from '../fixtures/archetypes';
import { axeViolations, describeViolations } from './harness/axe';
import { foreignRequests, openContext, sharedBrowser } from './harness/chromium';

const baseUrl = inject('baseUrl');
const origin = new URL(baseUrl).origin;
const browser = await sharedBrowser();

// A machinery maker that also sells steel fasteners to the EU: its profile names no CBAM product family (an older
// assessment), so the panel opens without a code and the manager has to find it.
const fixture = ARCHETYPES.find((a) => a.id === 'tech_sme')!;
const fastenerAnswers = {
  ...fixture.answers,
  'profile.cbam_goods': { value: 'yes', updatedAt: 1 },
  'profile.cbam_tonnes': { value: 300, updatedAt: 1 },
};

/** Puts the assessment in the browser's storage, as if the user had answered it, in Chinese. */
async function seed(page: Page) {
  await page.goto(baseUrl);
  await page.evaluate(
    ({ answers, version }) => {
      const now = Date.now();
      const a = { id: 'fasteners-1', name: '宁波紧固件', createdAt: now, updatedAt: now, instrumentVersion: version, answers };
      localStorage.setItem(
        'chuhai:v1:state',
        JSON.stringify({ version: 1, state: { assessments: { 'fasteners-1': a }, deleted: {}, currentId: 'fasteners-1', preferences: { language: 'zh-CN', bilingual: false } } }),
      );
    },
    { answers: fastenerAnswers, version: instrument.version },
  );
}

describe('CBAM estimate in a real browser', () => {
  it('lets a steel-fastener exporter find 7318 in Chinese on a phone, get the official default value and see what verified data saves', async () => {
    const { page, context, requests, errors } = await openContext(browser, { locale: 'zh-CN', viewport: { width: 360, height: 740 } });
    await seed(page);
    await page.goto(`${baseUrl}#/results/fasteners-1`);
    await page.reload();
    const panel = page.locator('.cbam-panel');
    await panel.getByRole('heading', { level: 2, name: '欧盟碳边境调节机制（CBAM）成本测算' }).waitFor();
    await panel.getByText('请先在上方选择出口产品的CN编码，即可查看估算结果。').waitFor();

    // Types the heading and Chinese words, then picks the result from the keyboard.
    const search = panel.getByRole('searchbox', { name: 'CN编码或产品名称' });
    await search.fill('7318 螺钉、螺栓');
    await panel.getByText('找到1个CN编码，可用上下方向键选择。').waitFor();
    await search.press('ArrowDown');
    await page.keyboard.press('Enter');

    await panel.getByText(/^CN 7318 15：钢铁制螺钉及螺栓/).waitFor();
    expect(await panel.locator('.cbam-facts .cbam-tag').innerText()).toBe('属于CBAM覆盖范围');
    expect(await panel.getByText(/^2026年中国默认值（已含上浮）：7\.013吨二氧化碳当量\/吨/).count()).toBe(1);
    expect(await panel.getByRole('textbox', { name: '官方默认值（已含上浮）' }).inputValue()).toBe('7.013');
    expect(await panel.getByRole('textbox', { name: '每年出口欧盟数量' }).inputValue()).toBe('300');
    await panel.getByText(/^按欧盟默认值估算：每吨€467\.83/).waitFor();

    // Verified data of 2.5 t CO₂e/t on the blast-furnace route: (7.013 − 2.5) × 82.32 × 300 t ≈ €111,453 a year saved.
    await panel.getByRole('radio', { name: '我有经核查的排放数据' }).check();
    await panel.getByRole('textbox', { name: '经核查的隐含碳排放' }).fill('2.5');
    await panel.getByText(/^按经核查的排放数据估算：每吨€96\.32/).waitFor();
    await panel.getByText(/每年约多付€111,453/).waitFor();
    const table = panel.getByRole('table', { name: /自有核查数据与欧盟默认值对比/ });
    expect(await table.getByRole('row', { name: /每年成本（欧元）/ }).innerText()).toContain('€111,453');

    // At 360 px the cost table stacks: no column is squeezed to a character a line, nothing scrolls sideways.
    const [labelWidth, tableWidth] = await table.evaluate((t) => [t.querySelector('tbody th')!.getBoundingClientRect().width, t.getBoundingClientRect().width]);
    expect(labelWidth, 'the row label spans the whole stacked row').toBeGreaterThan(tableWidth * 0.95);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), 'no sideways scrolling').toBeLessThanOrEqual(360);

    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(errors).toEqual([]);
    expect(foreignRequests(requests, origin)).toEqual([]);
    await context.close();
  });
});
