import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { instrument } from '@/content/instrument';
import { ARCHETYPES } from '../fixtures/archetypes';
import { openContext, sharedBrowser } from './harness/chromium';

const baseUrl = inject('baseUrl');
const browser = await sharedBrowser();

/** Classic payloads: each would set window.__xss if any page ever interpreted user text as HTML or a URL. */
const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=2</script>',
  'javascript:window.__xss=3',
  '"><svg onload="window.__xss=4">',
  '\u202Eevil\u202C firm',
  '=HYPERLINK("http://example.invalid","x")',
];
const NAME = PAYLOADS.join(' ');
const HUGE = 'X'.repeat(100_000);

async function seed(page: Page) {
  const base = ARCHETYPES.find((a) => a.id === 'tech_sme')!.answers;
  const hostile: Record<string, unknown> = { ...base };
  PAYLOADS.forEach((p, i) => {
    const id = instrument.questions.filter((q) => q.section !== 'profile')[i]!.id;
    hostile[id] = { ...(base[id] ?? { updatedAt: 0 }), note: p };
  });
  const longNoteId = 'brand.storytelling';
  hostile[longNoteId] = { ...(base[longNoteId] ?? { updatedAt: 0 }), note: HUGE };
  await page.goto(baseUrl);
  await page.evaluate(
    ({ answers, name, version }) => {
      const now = Date.now();
      const a = { id: 'hostile', name, createdAt: now, updatedAt: now, instrumentVersion: version, answers };
      localStorage.setItem('chuhai:v1:state', JSON.stringify({ version: 1, state: { assessments: { hostile: a }, deleted: {}, currentId: 'hostile', preferences: { language: 'en', bilingual: false } } }));
    },
    { answers: hostile, name: NAME, version: instrument.version },
  );
  // A fresh document, so the app reads what was just stored.
  await page.reload();
}

const injected = (page: Page) => page.evaluate(() => (window as unknown as { __xss?: number }).__xss ?? null);

describe('hostile text in names and notes stays inert text everywhere', () => {
  it('in the questionnaire, results, report, library, workshop and exported files', async () => {
    const { page, context, errors } = await openContext(browser, { locale: 'en-GB', acceptDownloads: true });
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await seed(page);
    const visits = ['#/assess/hostile/rd', '#/assess/hostile/standards', '#/assess/hostile/brand', '#/assess/hostile/review', '#/results/hostile', '#/report/hostile?lang=both', '#/assessments', '#/compare/hostile/hostile'];
    for (const hash of visits) {
      await page.goto(`${baseUrl}${hash}`);
      await page.locator('h1').first().waitFor();
      await page.waitForTimeout(200);
      expect(await injected(page), hash).toBeNull();
      expect(await page.locator('body img[src="x"], body svg[onload], body script:not([src])').count(), `${hash}: no element made from user text`).toBe(0);
      const width = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(width, `${hash}: a 100 kB note or RTL override does not break the layout`).toBeLessThanOrEqual(1);
    }
    // The name shows as the literal text it is.
    await page.goto(`${baseUrl}#/results/hostile`);
    expect(await page.locator('h1').innerText()).toContain('<img src=x onerror=');
    // Open every note on the questionnaire step that holds them, then check again.
    await page.goto(`${baseUrl}#/assess/hostile/rd`);
    await page.locator('h1').waitFor();
    for (const d of await page.locator('details').all()) await d.evaluate((el) => ((el as HTMLDetailsElement).open = true));
    expect(await injected(page)).toBeNull();
    // Exported files keep the text, formula-safe in CSV.
    await page.goto(`${baseUrl}#/results/hostile`);
    await page.locator('[data-testid="model-table"]').waitFor();
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Answers and scores (CSV)' }).click()]);
    const csvText = readFileSync((await csv.path())!, 'utf8');
    expect(csvText).toContain(`'=HYPERLINK`);
    expect(csvText).not.toMatch(/(^|,)=HYPERLINK/m);
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Assessment file (JSON)' }).click()]);
    expect(JSON.parse(readFileSync((await json.path())!, 'utf8')).assessment.name).toBe(NAME);
    expect(await injected(page)).toBeNull();

    // Workshop: the firm joins a cohort from this computer; names shown on the dashboard and in its CSV.
    await page.goto(`${baseUrl}#/workshop`);
    await page.getByLabel('Cohort name').fill(PAYLOADS[0]!);
    await page.getByRole('button', { name: 'Create cohort' }).click();
    await page.getByRole('button', { name: 'Add the selected assessments' }).waitFor();
    await page.locator('fieldset input[type="checkbox"]').first().check();
    await page.getByRole('button', { name: 'Add the selected assessments' }).click();
    await expect.poll(() => page.locator('table.members tbody tr').count()).toBe(1);
    await page.getByLabel('Show firm names').check();
    await page.getByRole('link', { name: 'Dashboard' }).click();
    await page.locator('.tile').first().waitFor();
    const [cohortCsv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the cohort CSV' }).click()]);
    expect(readFileSync((await cohortCsv.path())!, 'utf8')).toContain('<img src=x onerror=');
    expect(await injected(page)).toBeNull();
    expect(await page.locator('body img[src="x"], body svg[onload], body script:not([src])').count()).toBe(0);

    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
