import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { instrument } from '@/content/instrument';
import { RULES } from '@/content/recommendations';
import { buildCohort } from '@/domain/cohort/aggregate-cohort';
import { cohortLabel } from '@/domain/cohort/cohort-labels';
import type { Assessment } from '@/domain/assessment/assessment';
import { buildAssessmentFile, serializeExchangeFile } from '@/domain/exchange/build-exchange-file';
import { RUNGS } from '@/domain/instrument/instrument-schema';
import { axeViolations, describeViolations } from './harness/axe';
import { foreignRequests, openContext, sharedBrowser } from './harness/chromium';
import { generateResultFiles } from './workshop-files';

const baseUrl = inject('baseUrl');
const browser = await sharedBrowser();

const NOW = Date.UTC(2027, 2, 14, 9);
const valid = generateResultFiles(26, 42, NOW);
// Two duplicates: firm 0 again with newer answers (replaces it), firm 1 again as an older copy (ignored).
const newer: Assessment = { ...valid[0]!.assessment, name: 'Firm 0 Ltd (revised)', updatedAt: NOW + 10_000, answers: valid[5]!.assessment.answers };
const older: Assessment = { ...valid[1]!.assessment, name: 'stale copy', updatedAt: NOW - 10_000 };
const dup = (a: Assessment, name: string) => ({ name, text: serializeExchangeFile(buildAssessmentFile(a, NOW)) });
const files = [
  ...valid.map((f) => ({ name: f.name, text: f.text })),
  dup(newer, 'chuhai-firm-0-again.json'),
  dup(older, 'chuhai-firm-1-old.json'),
  { name: 'cut-off.json', text: valid[2]!.text.slice(0, 300) },
  { name: 'notes.json', text: '{"hello": "not a result file"}' },
];
const final = valid.map((f, i) => (i === 0 ? newer : f.assessment));
const expected = buildCohort(instrument, RULES, final);

async function expectAxeClean(page: Page, where: string) {
  const v = await axeViolations(page);
  expect(v, `${where}:\n${describeViolations(v)}`).toEqual([]);
}

/** Text as a person reads it: without the invisible isolates that keep file names from reordering a sentence. */
const visible = (s: string | null) => (s ?? '').replace(/[\u2068\u2069]/g, '');

const cellTexts = (page: Page, testId: string, row: string) =>
  page.getByTestId(testId).locator(`tr[${row}] td`).allTextContents();

describe('workshop: a facilitator gathers a room and discusses the cohort', () => {
  it('imports 30 files (bad ones explained), shows the engine’s figures, anonymised by default, exports the CSV, in both languages and on the projector', async () => {
    const { context, page, errors, requests } = await openContext(browser, { locale: 'en-GB', acceptDownloads: true });
    await page.goto(`${baseUrl}#/workshop`);
    await page.getByRole('heading', { level: 1, name: 'Workshop' }).waitFor();
    await expectAxeClean(page, 'cohort list, en');

    await page.getByLabel('Cohort name').fill('Ningbo, March 2027');
    await page.getByRole('button', { name: 'Create cohort' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ningbo, March 2027' }).waitFor();

    await page.locator('input[type=file]').setInputFiles(files.map((f) => ({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(f.text) })));
    const summary = page.getByTestId('import-summary');
    await expect.poll(() => summary.textContent(), { timeout: 15_000 }).toContain('28 files read.');
    const text = await summary.textContent();
    expect(text).toContain('26 firms added.');
    expect(text, 'the newer duplicate replaces the first copy').toContain('1 firm already in the cohort was replaced');
    expect(text, 'the older duplicate is left out').toContain('1 copy was left out');
    const alert = page.getByRole('alert');
    await expect.poll(async () => visible(await alert.textContent())).toContain('2 files could not be added');
    expect(visible(await alert.textContent())).toContain('cut-off.json cannot be read as JSON');
    expect(visible(await alert.textContent())).toContain('notes.json is not a Chuhai result file');
    await expect.poll(() => page.locator('table.members tbody tr').count()).toBe(26);
    await expectAxeClean(page, 'firms page after import, en');

    // Dashboard: counts, ladder distribution and a dimension average equal what the engine computes.
    await page.getByRole('link', { name: 'Dashboard' }).click();
    const tiles = page.locator('.tile');
    await expect.poll(() => tiles.first().textContent()).toBe('Firms in the cohort26');
    for (const rung of RUNGS) {
      const row = expected.ladder.find((r) => r.rung === rung)!;
      expect(await cellTexts(page, 'ladder-table', `data-rung="${rung}"`), `${rung}`).toEqual([
        String(row.total),
        String(row.provisional),
        `${Math.round(row.share * 100)}%`,
      ]);
    }
    const rd = expected.dimensions.rd!;
    const rdCells = await cellTexts(page, 'dimensions-table', 'data-row="rd"');
    expect(rdCells[0], 'R&D mean as the engine computes it').toBe(new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(rd.mean));

    // Anonymised by default: letters, no names, in the table and in the CSV.
    const firmsTable = page.getByTestId('firms-table');
    await expect.poll(() => firmsTable.locator('tbody th').allTextContents()).toEqual(final.map((_, i) => cohortLabel(i)));
    expect(await page.content()).not.toContain('Firm 3 Ltd');
    const csv = async () => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the cohort CSV' }).click()]);
      expect(download.suggestedFilename()).toMatch(/^chuhai-cohort-Ningbo-March-2027-\d{4}-\d{2}-\d{2}\.csv$/);
      return readFileSync(await download.path(), 'utf8');
    };
    const anonymous = await csv();
    expect(anonymous.charCodeAt(0), 'UTF-8 byte-order mark for Excel').toBe(0xfeff);
    const lines = anonymous.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(27);
    expect(lines[0]).toBe('Firm,Rung,Provisional,Rule export T,Chain integration R,Quadrant,R&D,Standards,Brand,Localisation,M&A & capital,Supply chain,Compliance & ESG,Talent,Share answered (0–1)');
    const f0 = expected.points[0]!;
    expect(lines[1]!.split(',').slice(0, 1)).toEqual(['A']);
    expect(Number(lines[1]!.split(",")[3])).toBeCloseTo(f0.T, 0);

    await page.getByLabel('Show firm names').check();
    await expect.poll(() => firmsTable.locator('tbody th').first().textContent()).toBe('Firm 0 Ltd (revised)');
    const named = await csv();
    expect(named).toContain('\r\n宁波机械 3 有限公司,');
    expect(named.split('\r\n')[1]!.startsWith('Firm 0 Ltd (revised),')).toBe(true);
    await page.getByLabel('Show firm names').uncheck();
    await expectAxeClean(page, 'dashboard, en');

    // The cohort is kept in this browser (IndexedDB): it survives a reload.
    await page.reload();
    await expect.poll(() => page.locator('.tile').first().textContent(), { timeout: 15_000 }).toBe('Firms in the cohort26');

    // Chinese, then the projector: arrow keys move between views.
    await page.getByRole('button', { name: /中文/ }).click();
    await page.getByRole('heading', { level: 2, name: '全场概览' }).waitFor();
    await expectAxeClean(page, 'dashboard, zh-CN');
    await page.getByRole('button', { name: '投影模式' }).click();
    await page.getByRole('heading', { level: 2, name: '全场概览' }).waitFor();
    expect(await page.locator('.site-header').isVisible(), 'the site header gives way to the view').toBe(false);
    await expectAxeClean(page, 'projector overview, zh-CN');
    await page.keyboard.press('ArrowRight');
    await page.getByRole('heading', { level: 2, name: '各企业在出海阶梯上的分布' }).waitFor();
    expect(page.url()).toMatch(/#\/workshop\/[^/]+\/ladder$/);
    await page.keyboard.press('ArrowRight');
    await page.getByRole('heading', { level: 2, name: '全场在模式图上的位置' }).waitFor();
    await expectAxeClean(page, 'projector map, zh-CN');
    await page.keyboard.press('ArrowLeft');
    await page.getByRole('heading', { level: 2, name: '各企业在出海阶梯上的分布' }).waitFor();
    await page.getByRole('button', { name: '下一页' }).click();
    await page.getByRole('heading', { level: 2, name: '全场在模式图上的位置' }).waitFor();

    // Bilingual view on the projector: each heading in both languages.
    await page.getByRole('button', { name: '中英对照' }).click();
    await expect.poll(() => page.locator('h2').first().textContent()).toBe('全场在模式图上的位置 The room on the model map');
    await expectAxeClean(page, 'projector map, bilingual');
    await page.getByRole('button', { name: /English/ }).click();
    await expect.poll(() => page.locator('h2').first().textContent()).toBe('The room on the model map 全场在模式图上的位置');
    await page.getByRole('button', { name: 'Both languages' }).click();
    for (const [title] of [['The eight dimensions: average and spread'], ['What this room needs most'], ['EU carbon border charge (CBAM) in the room'], ['How complete the answers are']]) {
      await page.keyboard.press('ArrowRight');
      await page.getByRole('heading', { level: 2, name: title! }).waitFor();
      await expectAxeClean(page, `projector ${title}, en`);
    }
    await page.getByRole('link', { name: 'Leave projector mode' }).click();
    await page.getByRole('heading', { level: 2, name: 'The room at a glance' }).waitFor();
    expect(await page.locator('.site-header').isVisible()).toBe(true);

    expect(errors).toEqual([]);
    expect(foreignRequests(requests, new URL(baseUrl).origin)).toEqual([]);
    await context.close();
  });

  it('puts one firm beside the cohort, on a phone-sized screen too', async () => {
    const { context, page, errors } = await openContext(browser, { locale: 'en-GB', viewport: { width: 360, height: 740 } });
    await page.goto(`${baseUrl}#/workshop`);
    await page.getByLabel('Cohort name').fill('Small group');
    await page.getByRole('button', { name: 'Create cohort' }).click();
    await page.locator('input[type=file]').setInputFiles(valid.slice(0, 6).map((f) => ({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(f.text) })));
    await expect.poll(() => page.getByTestId('import-summary').textContent(), { timeout: 15_000 }).toContain('6 firms added.');
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await page.getByRole('heading', { level: 2, name: 'The room at a glance' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth), 'no sideways scrolling at 360 px').toBeLessThanOrEqual(360);
    await expectAxeClean(page, 'dashboard at 360 px');

    await page.getByRole('link', { name: 'Firm vs cohort' }).click();
    await page.getByLabel('Firm', { exact: true }).selectOption({ label: 'C' });
    const table = page.getByTestId('compare-table');
    await table.waitFor();
    const six = buildCohort(instrument, RULES, valid.slice(0, 6).map((f) => f.assessment));
    const fmt = (x: number) => new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(x);
    const talent = await table.locator('tr', { hasText: 'Talent' }).locator('td').allTextContents();
    expect(talent.slice(1, 2), 'cohort mean of talent').toEqual([fmt(six.dimensions.talent!.mean)]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectAxeClean(page, 'firm vs cohort at 360 px');
    expect(errors).toEqual([]);
    await context.close();
  });
});
