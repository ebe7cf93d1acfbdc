import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
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
// In the past of the machine clock: an answer changed during the test must be newer than the imported copy.
const NOW = Date.now() - 3_600_000;
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
  m.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < scale; dy++) {
        const line = (off + y * scale + dy) * CODE_PX + off;
        out.fill(0, line + x * scale, line + (x + 1) * scale);
      }
    }),
  );
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
  await session.page.getByLabel(locale === 'en-GB' ? 'Cohort name' : '场次名称').fill('Ningbo, December 2026');
  await session.page.getByRole('button', { name: locale === 'en-GB' ? 'Create cohort' : '新建场次' }).click();
  await session.page.getByRole('heading', { level: 1, name: 'Ningbo, December 2026' }).waitFor();
  return { ...session, browser };
}

const hold = async (png: Buffer, frames = 6): Promise<Shot> => ({ code: await grayPixels(png, CODE_PX), frames });
const empty = (frames: number): Shot => ({ frames });

describe('hand-in by QR code: participants’ phones to the facilitator’s laptop camera', () => {
  it('shows each hand-in as one code or a looping sequence with n of m: large, keyboard-operable, screen kept awake while shown, axe clean, in both languages', async () => {
    expect(codes.every((c) => c.length >= 1 && c.length <= 8), `codes per firm: ${codes.map((c) => c.length)}`).toBe(true);
    for (const [locale, width] of [['zh-CN', 360], ['en-GB', 1280]] as const) {
      const zh = locale === 'zh-CN';
      const { context, page, errors } = await openContext(participantBrowser, { locale, viewport: { width, height: zh ? 740 : 900 } });
      // Records every screen wake lock the page takes, to check that leaving the screen releases it.
      await context.addInitScript(() => {
        const api = navigator.wakeLock;
        const locks: WakeLockSentinel[] = [];
        (window as unknown as { locks: WakeLockSentinel[] }).locks = locks;
        if (api) api.request = ((orig) => async (type?: 'screen') => {
          const lock = await orig.call(api, type);
          locks.push(lock);
          return lock;
        })(api.request);
      });
      await page.goto(`${baseUrl}#/assessments`);
      await page.locator('input[type=file]').setInputFiles([{ name: firms[0]!.name, mimeType: 'application/json', buffer: Buffer.from(firms[0]!.text) }]);
      const link = page.getByRole('link', { name: zh ? /^用二维码交给主持人/ : /^Hand in to the facilitator/ }).first();
      await link.focus();
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { level: 1, name: zh ? '交给研讨会主持人' : 'Hand in to the facilitator' }).waitFor();
      const img = page.locator('img.qr-code');
      await img.waitFor();
      const m = codes[0]!.length;
      await expect.poll(() => page.locator('.handin-position').textContent()).toMatch(zh ? new RegExp(`^第\\d+个，共${m}个$`) : new RegExp(`^Code \\d+ of ${m}$`));
      // Arm's length from a laptop camera: at least 4 CSS pixels a module on a phone, and the whole code on screen.
      const box = (await img.boundingBox())!;
      const modules = await img.evaluate((el) => Number((el as HTMLImageElement).getAttribute('width')) / 6);
      expect(box.width / modules, 'CSS pixels per module').toBeGreaterThanOrEqual(4);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      await expect.poll(() => page.getByText(zh ? '显示二维码期间，屏幕保持常亮。' : 'The screen stays on while the code is shown.').count()).toBe(1);
      // The loop moves on by itself, pauses by keyboard, and then steps by keyboard, saying which code is shown.
      const index = () => page.locator('.handin-code').getAttribute('data-code-index');
      const seen = new Set<string | null>();
      await expect.poll(async () => seen.add(await index()).size, { timeout: 5_000 }).toBeGreaterThan(1);
      await page.getByRole('button', { name: zh ? '暂停' : 'Pause' }).focus();
      await page.keyboard.press('Space');
      const paused = await index();
      await page.waitForTimeout(1300);
      expect(await index(), 'paused: the code stays').toBe(paused);
      await page.getByRole('button', { name: zh ? '下一个' : 'Next code' }).focus();
      await page.keyboard.press('Enter');
      const next = (Number(paused) + 1) % m;
      expect(await index()).toBe(String(next));
      expect(await page.locator('.handin [aria-live]').textContent()).toBe(zh ? `第${next + 1}个，共${m}个` : `Code ${next + 1} of ${m}`);
      // Anonymous unless chosen: the name is offered, unticked.
      const nameBox = page.getByRole('checkbox', { name: zh ? /附上企业名称/ : /Include the firm name/ });
      expect(await nameBox.isChecked()).toBe(false);
      await expectAxeClean(page, `hand-in, ${locale}, ${width} px`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), 'no sideways scrolling').toBeLessThanOrEqual(width);
      await page.getByRole('link', { name: zh ? '返回评估结果' : 'Back to the results' }).click();
      await page.locator('h1').filter({ hasNotText: zh ? '交给研讨会主持人' : 'Hand in' }).waitFor();
      const locks = await page.evaluate(() => (window as unknown as { locks: WakeLockSentinel[] }).locks.map((l) => l.released));
      expect(locks.length, 'a wake lock was taken').toBeGreaterThan(0);
      expect(locks.every(Boolean), 'every wake lock released on leaving').toBe(true);
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it('five firms arrive through the camera, each with its letter and a tick; counts and averages equal the engine’s; a hostile code changes nothing', async () => {
    const target = firms[0]!.assessment;
    // A valid QR code carrying a hostile file: firm A's id with newer, impossible answers and markup for a name.
    const hostile = await hostileCodes({
      format: 'chuhai-assessment',
      formatVersion: 1,
      instrumentVersion: instrument.version,
      exportedAt: new Date(NOW).toISOString(),
      assessment: {
        ...target,
        name: '<img src=x onerror="window.__xss=1">',
        updatedAt: NOW + 60_000,
        answers: { ...target.answers, 'rd.intensity': { value: 150, updatedAt: NOW } },
      },
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
        const cells = await page.getByTestId('ladder-table').locator(`tr[data-rung="${rung}"] td`).allTextContents();
        expect(cells, rung).toEqual([String(row.total), String(row.provisional), `${Math.round(row.share * 100)}%`]);
      }
      const fmt = (x: number) => new Intl.NumberFormat('en', { maximumFractionDigits: 1 }).format(x);
      for (const d of ['rd', 'talent'] as const) {
        const cells = await page.getByTestId('dimensions-table').locator(`tr[data-row="${d}"] td`).allTextContents();
        expect(cells[0], `${d} mean as the engine computes it`).toBe(fmt(expected.dimensions[d]!.mean));
      }
      const firmLabels = () => page.getByTestId('firms-table').locator('tbody th').allTextContents();
      expect(await firmLabels()).toEqual(firms.map((_, i) => cohortLabel(i)));
      // Handed in anonymously: even with names shown, the room sees letters.
      await page.getByLabel('Show firm names').check();
      await page.waitForTimeout(300);
      expect(await firmLabels()).toEqual(firms.map((_, i) => cohortLabel(i)));
      expect(await page.content()).not.toContain(firms[1]!.assessment.name);
      expect(errors).toEqual([]);
      expect(foreignRequests(requests, origin)).toEqual([]);
      await context.close();
    } finally {
      await browser.close();
    }
  }, 180_000);

  it('camera permission refused: the page says so in both languages and reads codes from pictures instead; a newer hand-in of the same firm replaces it', async () => {
    // The participant hands in, then changes an answer and hands in again (same assessment, newer copy).
    const participant = await openContext(participantBrowser, { locale: 'en-GB', viewport: { width: 360, height: 740 } });
    const firm = firms[2]!;
    await participant.page.goto(`${baseUrl}#/assessments`);
    await participant.page.locator('input[type=file]').setInputFiles([{ name: firm.name, mimeType: 'application/json', buffer: Buffer.from(firm.text) }]);
    await participant.page.locator('.library-item').waitFor();
    const first = await captureHandInCodes(participant.page, firm.assessment.id);
    await participant.page.goto(`${baseUrl}#/assess/${firm.assessment.id}/rd`);
    const intensity = participant.page.locator('[data-question="rd.intensity"] input[type="text"]');
    await intensity.fill('7');
    await intensity.blur();
    await participant.page.waitForTimeout(300);
    const second = await captureHandInCodes(participant.page, firm.assessment.id, { includeName: true });
    await participant.context.close();

    const { browser, context, page, errors } = await facilitator([empty(10)], 'denied', { denied: true, locale: 'zh-CN' });
    try {
      await page.getByRole('link', { name: '企业', exact: true }).click();
      await page.getByRole('button', { name: '扫码' }).click();
      const problem = page.locator('[data-problem]');
      await expect.poll(() => problem.getAttribute('data-problem')).toBe('denied');
      expect(await problem.textContent()).toContain('本工具未获准使用摄像头');
      await page.getByRole('heading', { level: 3, name: '没有摄像头？从图片识别二维码' }).waitFor();
      await expectAxeClean(page, 'camera refused, zh-CN');
      await page.getByRole('button', { name: 'English' }).click();
      await expect.poll(() => problem.textContent()).toContain('the permission was refused');

      const pictures = page.locator('.scan-pictures input[type=file]');
      const png = (b: Buffer, i: number) => ({ name: `code-${i + 1}.png`, mimeType: 'image/png', buffer: b });
      // Pictures in any order, with one that holds no code.
      await pictures.setInputFiles([...[...first].reverse().map(png), { name: 'room.png', mimeType: 'image/png', buffer: await page.screenshot({ clip: { x: 0, y: 0, width: 200, height: 200 } }) }]);
      const count = page.getByTestId('scan-count');
      await expect.poll(() => count.textContent(), { timeout: 30_000 }).toBe('1 firm received in this scan.');
      await expect.poll(() => page.locator('.scan-missing').textContent()).toContain('No QR code was found in');
      await pictures.setInputFiles(second.map(png));
      await expect.poll(() => page.locator('.scan-arrivals li').first().textContent(), { timeout: 30_000 }).toContain('Firm A was already in the cohort: replaced by this newer copy.');
      expect(await count.textContent(), 'the same firm twice is one firm').toBe('1 firm received in this scan.');
      await expectAxeClean(page, 'pictures read, en');
      // This time the participant chose to include the name: shown once the facilitator shows names.
      await page.getByLabel('Show firm names').check();
      await expect.poll(() => page.locator('table.members tbody th').allTextContents()).toEqual([firm.assessment.name]);
      await page.getByRole('link', { name: 'Dashboard' }).click();
      await expect.poll(() => page.locator('.tile').first().textContent()).toBe('Firms in the cohort1');
      expect(errors).toEqual([]);
      await context.close();
    } finally {
      await browser.close();
    }
  }, 120_000);

  it('in the single HTML file from file://: says the camera may be unavailable, falls back to pictures, and reads the camera where the browser allows it', async () => {
    const singleDir = join(root, process.env.E2E_SINGLE ?? 'dist-single');
    if (!existsSync(join(singleDir, 'index.html'))) {
      execFileSync(process.execPath, [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--mode', 'single', '--outDir', singleDir, '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
    }
    copyFileSync(join(singleDir, 'index.html'), join(dir, 'chuhai.html'));
    const fileUrl = pathToFileURL(join(dir, 'chuhai.html')).href;
    const video = join(dir, 'single.y4m');
    await writeFakeCamera(video, [empty(5), ...(await Promise.all(codes[1]!.map((png) => hold(png)))), empty(5)], { size: CODE_PX });
    const browser = await chromium.launch({ executablePath: assertChromium(), headless: true, args: [...CHROMIUM_ARGS, ...fakeCameraArgs(video)] });
    try {
      for (const allowed of [false, true]) {
        const { context, page, errors } = await openContext(browser, { locale: 'en-GB' });
        if (allowed) await context.grantPermissions(['camera']);
        await page.goto(`${fileUrl}#/workshop`);
        await page.getByLabel('Cohort name').fill(allowed ? 'Camera allowed' : 'No camera');
        await page.getByRole('button', { name: 'Create cohort' }).click();
        await page.getByRole('link', { name: 'Firms' }).click();
        await page.getByText('Chuhai was opened from a file.').waitFor();
        await page.getByRole('button', { name: 'Scan' }).click();
        if (!allowed) {
          const problem = page.locator('[data-problem]');
          await expect.poll(() => problem.getAttribute('data-problem')).toBe('file_page');
          expect(await problem.textContent()).toContain('This browser allows no camera on a page opened from a file');
          await page.locator('.scan-pictures input[type=file]').setInputFiles(codes[1]!.map((b, i) => ({ name: `code-${i}.png`, mimeType: 'image/png', buffer: b })));
        } else {
          await page.getByText('Camera on: hold a code up to it.').waitFor();
        }
        await expect.poll(() => page.getByTestId('scan-count').textContent(), { timeout: 30_000 }).toBe('1 firm received in this scan.');
        await expectAxeClean(page, `single file, camera ${allowed ? 'allowed' : 'refused'}`);
        expect(errors).toEqual([]);
        await context.close();
      }
    } finally {
      await browser.close();
    }
  }, 180_000);
});
