import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { instrument } from '@/content/instrument';
import { RULES } from '@/content/recommendations';
import type { Answers } from '@/domain/assessment/assessment';
import { recommend } from '@/domain/recommendations/recommend';
import { scoreAssessment } from '@/domain/scoring/score-assessment';
import enInstrument from '../../locales/en/instrument.json';
import zhInstrument from '../../locales/zh-CN/instrument.json';
import enRecommendations from '../../locales/en/recommendations.json';
import zhRecommendations from '../../locales/zh-CN/recommendations.json';
import { ARCHETYPES } from '../fixtures/archetypes';
import { axeViolations, describeViolations } from './harness/axe';
import { foreignRequests, openContext, sharedBrowser } from './harness/chromium';

const baseUrl = inject('baseUrl');
const origin = new URL(baseUrl).origin;
const STORAGE_KEY = 'chuhai:v1:state';
const ID = 'report-e2e';
const FIRM = 'Ningbo Precision Components Co.';
const browser = await sharedBrowser();

// A materials group at the top rung that also ships aluminium to the EU (so the CBAM summary prints).
const answers: Answers = {
  ...ARCHETYPES.find((a) => a.id === 'integrated_chain')!.answers,
  'profile.industry': { value: 'aluminium', updatedAt: 1 },
  'profile.cbam_goods': { value: 'yes', updatedAt: 1 },
  'profile.cbam_tonnes': { value: 1200, updatedAt: 1 },
};
const result = scoreAssessment(instrument, answers);
const firstAction = recommend(result, answers, instrument, RULES)[0]!;

type Lng = 'en' | 'zh-CN';
const TEXT = { en: { instrument: enInstrument, recommendations: enRecommendations }, 'zh-CN': { instrument: zhInstrument, recommendations: zhRecommendations } };
/** Looks a dotted key up in a locale file (keys come from content ids, so they are not literal types). */
const lookup = (tree: unknown, key: string): string => key.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown>)?.[k], tree) as string;
const expected = (lng: Lng) => ({
  rung: lookup(TEXT[lng].instrument, `rungs.${result.ladder.rung}.name`),
  action: lookup(TEXT[lng].recommendations, firstAction.text.title),
});

/** Opens the report of a seeded assessment and waits until every chart has drawn. */
async function openReport(lang: Lng | 'both', locale = 'en-GB') {
  const session = await openContext(browser, { locale });
  const { page } = session;
  await page.goto(baseUrl);
  const now = Date.now();
  const state = {
    version: 1,
    state: {
      assessments: { [ID]: { id: ID, name: FIRM, createdAt: now, updatedAt: now, instrumentVersion: instrument.version, answers } },
      deleted: {},
      currentId: ID,
      preferences: { language: locale.startsWith('zh') ? 'zh-CN' : 'en', bilingual: false },
    },
  };
  await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [STORAGE_KEY, JSON.stringify(state)]);
  await page.goto(`${baseUrl}#/report/${ID}?lang=${lang}`);
  await page.reload();
  await page.locator('article.report').waitFor();
  await waitForCharts(page, lang === 'both' ? 4 : 2);
  return session;
}

/** Every chart canvas exists, has a size and has ink on it (Chart.js draws without animation). */
async function waitForCharts(page: Page, count: number) {
  await page.waitForFunction((n) => {
    const canvases = [...document.querySelectorAll<HTMLCanvasElement>('article.report canvas')];
    return (
      canvases.length === n &&
      canvases.every((c) => {
        if (c.width === 0 || c.height === 0) return false;
        const pixels = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
        for (let i = 3; i < pixels.length; i += 4 * 97) if (pixels[i]! > 0) return true;
        return false;
      })
    );
  }, count);
}

/** The text a printer would put on paper: innerText skips whatever print CSS hides. */
async function printedText(page: Page): Promise<string> {
  await page.emulateMedia({ media: 'print' });
  return page.evaluate(() => document.body.innerText);
}

/** Navigation, buttons and the site chrome that are still rendered under print media. */
async function visibleChrome(page: Page): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  return page.locator('nav, button, [role="button"], header, footer, .rp-toolbar').evaluateAll((els) =>
    els.filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden').map((el) => el.outerHTML.slice(0, 80)),
  );
}

/** Pages in a PDF file, counted from its page objects (no PDF library needed). */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

describe('printed report', () => {
  // Scripts on paper: an English report has no Chinese; a Chinese one has Latin in the firm's name and terms like CBAM.
  const cases: { lang: Lng | 'both'; columns: Lng[]; minPages: number; scripts: { han: boolean; latin: boolean } }[] = [
    { lang: 'en', columns: ['en'], minPages: 5, scripts: { han: false, latin: true } },
    { lang: 'zh-CN', columns: ['zh-CN'], minPages: 5, scripts: { han: true, latin: true } },
    { lang: 'both', columns: ['en', 'zh-CN'], minPages: 7, scripts: { han: true, latin: true } },
  ];
  for (const c of cases) {
    it(`prints the ${c.lang} report to A4 PDF with the rung, the firm and the first action, and nothing but the report`, async () => {
      const { page, context, errors, requests } = await openReport(c.lang);
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      expect(pdf.subarray(0, 5).toString('latin1'), 'a PDF file').toBe('%PDF-');
      expect(pdf.length, 'the PDF holds drawn pages, not blank ones').toBeGreaterThan(100_000);
      expect(pdfPageCount(pdf), 'cover, ladder, profile, model, actions, CBAM and method pages').toBeGreaterThanOrEqual(c.minPages);

      const text = await printedText(page);
      expect(text).toContain(FIRM);
      for (const lng of c.columns) {
        expect(text, `rung in ${lng}`).toContain(expected(lng).rung);
        expect(text, `first action in ${lng}`).toContain(expected(lng).action);
      }
      expect({ han: /\p{Script=Han}/u.test(text), latin: /[A-Za-z]{4,}/.test(text) }, 'scripts printed').toEqual(c.scripts);
      expect(text).toMatch(c.lang === 'zh-CN' ? /欧盟碳边境调节机制/ : /EU carbon border charge \(CBAM\)/);

      expect(await visibleChrome(page), 'no navigation, button, header, footer or toolbar in print').toEqual([]);
      expect(errors).toEqual([]);
      expect(foreignRequests(requests, origin)).toEqual([]);
      await context.close();
    });
  }

  for (const lang of ['en', 'zh-CN'] as const) {
    it(`is axe-clean on screen in ${lang}, with the toolbar offering every language and the way back`, async () => {
      const { page, context } = await openReport(lang, lang === 'zh-CN' ? 'zh-CN' : 'en-GB');
      const toolbar = page.locator('.rp-toolbar');
      await expect.poll(() => toolbar.getByRole('link').count()).toBe(4);
      expect(await toolbar.getByRole('link', { name: lang === 'en' ? 'English' : '中文', exact: true }).getAttribute('aria-current')).toBe('true');
      expect(await toolbar.getByRole('button').count()).toBe(1);
      const violations = await axeViolations(page);
      expect(violations, `report in ${lang}:\n${describeViolations(violations)}`).toEqual([]);
      await context.close();
    });
  }
});
