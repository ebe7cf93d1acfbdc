import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { encodeQR } from 'qr';
import { instrument } from '@/content/instrument';
import { RULES } from '@/content/recommendations';
import { buildCohort } from '@/domain/cohort/aggregate-cohort';
import { cohortLabel } from '@/domain/cohort/cohort-labels';
import type { Assessment } from '@/domain/assessment/assessment';
import { RUNGS } from '@/domain/instrument/instrument-schema';
import { framesFor } from '@/domain/exchange/qr/frames';
import { deflateRaw } from '@/domain/exchange/qr/compress';
import { axeViolations, describeViolations } from './harness/axe';
import { assertChromium, CHROMIUM_ARGS, foreignRequests, launchChromium, openContext } from './harness/chromium';
import { captureHandInCodes, fakeCameraArgs, grayPixels, writeFakeCamera, type Shot } from './harness/fake-camera';
import { generateResultFiles } from './workshop-files';

const baseUrl = inject('baseUrl');
const origin = new URL(baseUrl).origin;
const root = fileURLToPath(new URL('../../', import.meta.url));
const NOW = Date.UTC(2026, 11, 4, 9);
const firms = generateResultFiles(5, 1515, NOW);
const CODE_PX = 300;

let participantBrowser: Browser;
let dir: string;
/** Each firm's codes as the participant's screen showed them. */
const codes: Buffer[][] = [];

async function expectAxeClean(page: Page, where: string) {
  const v = await axeViolations(page);
  expect(v, `${where}:\n${describeViolations(v)}`).toEqual([]);
}

/** A QR code the app would never draw, made here from raw frame texts: grey pixels, 5 px a module. */
function codePixels(text: string): Buffer {
  const m = encodeQR(text, 'raw', { ecc: 'medium', border: 4 });
  const scale = Math.floor(CODE_PX / m.length);
  const out = Buffer.alloc(CODE_PX * CODE_PX, 255);
  const off = Math.floor((CODE_PX - m.length * scale) / 2);
  m.forEach((row, y) => row.forEach((dark, x) => {
    if (!dark) return;
    for (let dy = 0; dy < scale; dy++) out.fill(0, (off + y * scale + dy) * CODE_PX + off + x * scale, (off + y * scale + dy) * CODE_PX + off + (x + 1) * scale);
  }));
  return out;
}

/** Codes of a hand-in as the app frames them, for a file the app would never write. */
async function hostileCodes(file: unknown): Promise<string[]> {
  return framesFor(await deflateRaw(new TextEncoder().encode(JSON.stringify(file))))!;
}

beforeAll(async () => {
  mkdirSync(join(root, '.tmp'), { recursive: true });
  dir = mkdtempSync(join(root, '.tmp', 'handin-qr-'));
  participantBrowser = await launchChromium();
  // The participants' side: five firms on a phone-sized screen, each handing in by QR code.
  const { context, page, errors } = await openContext(participantBrowser, { locale: 'en-GB', viewport: { width: 360, height: 740 } });
  await page.goto(`${baseUrl}#/assessments`);
  await page.locator('input[type=file]').setInputFiles(firms.map((f) => ({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(f.text) })));
  await page.waitForFunction(() => document.querySelectorAll('.library-item').length === 5, null, { timeout: 15_000 });
  for (const f of firms) codes.push(await captureHandInCodes(page, f.assessment.id));
  if (errors.length) throw new Error(`participant page errors: ${errors.join('\n')}`);
  await context.close();
}, 120_000);

afterAll(async () => {
  await participantBrowser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A facilitator's browser whose camera plays `shots` in a loop; permission granted unless `denied`. */
async function facilitator(shots: Shot[], name: string, { denied = false, locale = 'en-GB' } = {}) {
  const video = join(dir, `${name}.y4m`);
  await writeFakeCamera(video, shots, { size: CODE_PX });
  const browser = await chromium.launch({ executablePath: assertChromium(), headless: true, args: [...CHROMIUM_ARGS, ...fakeCameraArgs(video)] });
  const session = await openContext(browser, { locale, viewport: { width: 1280, height: 900 } });
  if (!denied) await session.context.grantPermissions(['camera'], { origin });
  await session.page.goto(`${baseUrl}#/workshop`);
  await session.page.getByLabel(locale === 'en-GB' ? 'Cohort name' : '组别名称').fill('Ningbo, December 2026');
  await session.page.getByRole('button', { name: locale === 'en-GB' ? 'Create cohort' : '创建组别' }).click();
  await session.page.getByRole('heading', { level: 1, name: 'Ningbo, December 2026' }).waitFor();
  return { ...session, browser };
}

const hold = async (png: Buffer, frames = 6): Promise<Shot> => ({ code: await grayPixels(png, CODE_PX), frames });
const empty = (frames: number): Shot => ({ frames });

describe('hand-in by QR code: participants’ phones to the facilitator’s laptop camera', () => {
  it('shows each hand-in as a looping sequence of codes with n of m, keyboard-operable and axe clean, in both languages', async () => {
    expect(codes.every((c) => c.length >= 1 && c.length <= 8), `codes per firm: ${codes.map((c) => c.length)}`).toBe(true);
    const { context, page } = await openContext(participantBrowser, { locale: 'zh-CN', viewport: { width: 360, height: 740 } });
    await page.goto(`${baseUrl}#/assessments`);
    await page.locator('input[type=file]').setInputFiles([{ name: firms[0]!.name, mimeType: 'application/json', buffer: Buffer.from(firms[0]!.text) }]);
    await page.getByRole('link', { name: /用二维码交给主持人/ }).first().click();
    await page.getByRole('heading', { level: 1, name: '交给研讨会主持人' }).waitFor();
    await page.locator('img.qr-code').waitFor();
    await expectAxeClean(page, 'hand-in, zh-CN, 360 px');
    expect(await page.evaluate(() => document.documentElement.scrollWidth), 'no sideways scrolling at 360 px').toBeLessThanOrEqual(360);
    await context.close();
  });

  it('five firms arrive through the camera, each with its letter and a tick; counts and averages equal the engine’s; a hostile code changes nothing', async () => {
    const target = firms[0]!.assessment;
    // A valid QR code carrying a hostile file: firm A's id with newer, impossible answers and markup for a name.
    const hostile = await hostileCodes({
      format: 'chuhai-assessment', formatVersion: 1, instrumentVersion: instrument.version, exportedAt: new Date(NOW).toISOString(),
      assessment: { ...target, name: '<img src=x onerror="window.__xss=1">', updatedAt: NOW + 60_000, answers: { ...target.answers, 'rd.intensity': { value: 150, updatedAt: NOW } } },
    });
    const shots: Shot[] = [empty(5)];
    for (const firm of codes) {
      for (const png of firm) shots.push(await hold(png));
      shots.push(empty(4));
    }
    for (const text of [...hostile, 'https://example.com/']) shots.push({ code: codePixels(text), frames: 6 });
    shots.push(empty(10));
    const { browser, context, page, errors, requests } = await facilitator(shots, 'five-firms');
    try {
      await page.getByRole('link', { name: 'Firms' }).click();
      await page.getByRole('button', { name: 'Scan' }).click();
      await page.getByText('Camera on: hold a code up to it.').waitFor();
      const count = page.getByTestId('scan-count');
      await expect.poll(() => count.textContent(), { timeout: 45_000 }).toBe('5 firms received in this scan.');
      const arrivals = await page.locator('.scan-arrivals li').allTextContents();
      expect(arrivals.map((a) => a.replace('✓', '').trim()).sort()).toEqual(['A', 'B', 'C', 'D', 'E'].map((l) => `Firm ${l} added to the cohort.`));
      await expectAxeClean(page, 'scanning, en');

      // The hostile code is refused with its reason, the foreign one ignored; firm A keeps its answers.
      const alert = page.getByRole('alert');
      await expect.poll(() => alert.textContent(), { timeout: 30_000 }).toContain('its answer to question');
      await expect.poll(() => alert.textContent(), { timeout: 30_000 }).toContain('not a Chuhai hand-in');
      expect(await page.evaluate(() => '__xss' in window)).toBe(false);
      expect(await count.textContent()).toBe('5 firms received in this scan.');
      await expectAxeClean(page, 'scanning with refusals, en');
      await page.getByRole('button', { name: 'Stop the camera' }).click();

      const expected = buildCohort(instrument, RULES, firms.map((f): Assessment => ({ ...f.assessment, name: '' })));
      await page.getByRole('link', { name: 'Dashboard' }).click();
      await expect.poll(() => page.locator('.tile').first().textContent()).toBe('Firms in the cohort5');
      for (const rung of RUNGS) {
        const row = expected.ladder.find((r) => r.rung === rung)!;
        expect(await page.getByTestId('ladder-table').locator(`tr[data-rung="${rung}"] td`).allTextContents(), rung).toEqual([String(row.total), String(row.provisional), `${Math.round(row.share * 100)}%`]);
      }
      const fmt = (x: number) => new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(x);
      for (const d of ['rd', 'talent'] as const) {
        const cells = await page.getByTestId('dimensions-table').locator(`tr[data-row="${d}"] td`).allTextContents();
        expect(cells[0], `${d} mean as the engine computes it`).toBe(fmt(expected.dimensions[d]!.mean));
      }
      expect(await page.getByTestId('firms-table').locator('tbody th').allTextContents()).toEqual(firms.map((_, i) => cohortLabel(i)));
      expect(errors).toEqual([]);
      expect(foreignRequests(requests, origin)).toEqual([]);
      await context.close();
    } finally {
      await browser.close();
    }
  }, 120_000);
});
