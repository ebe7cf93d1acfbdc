import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { FORMAT_VERSION } from '@/domain/exchange/exchange-format';
import { axeViolations, describeViolations } from './harness/axe';
import { foreignRequests, openContext, sharedBrowser } from './harness/chromium';

const baseUrl = inject('baseUrl');
const origin = new URL(baseUrl).origin;
const STORAGE_KEY = 'chuhai:v1:state';
const XSS = '<img src=x onerror="window.__xss=1">';
const browser = await sharedBrowser();
const allRequests: string[][] = [];

async function open(locale: string) {
  const session = await openContext(browser, { locale, acceptDownloads: true });
  allRequests.push(session.requests);
  await session.page.goto(`${baseUrl}#/assessments`);
  await session.page.locator('h1').waitFor();
  return session;
}

const stored = (page: Page) => page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY);
const storedNames = async (page: Page) =>
  Object.values((JSON.parse((await stored(page)) ?? '{}').state?.assessments ?? {}) as Record<string, { name: string }>)
    .map((a) => a.name)
    .sort();
const xssRan = (page: Page) => page.evaluate(() => 'xss' in window || '__xss' in window || 'polluted' in ({} as object));

async function expectAxeClean(page: Page, where: string) {
  const violations = await axeViolations(page);
  expect(violations, `${where}:\n${describeViolations(violations)}`).toEqual([]);
}

/** A valid export file as the app writes it. */
function exportFile(name: string, note: string, id = 'hostile-1') {
  const t = Date.UTC(2026, 2, 1);
  return JSON.stringify({
    format: 'chuhai-assessment',
    formatVersion: 1,
    instrumentVersion: '2026.1',
    exportedAt: new Date(t).toISOString(),
    assessment: {
      id,
      name,
      createdAt: t,
      updatedAt: t,
      instrumentVersion: '2026.1',
      answers: { 'rd.intensity': { value: 4, note, updatedAt: t }, 'profile.industry': { value: 'machinery', note: `<script>window.xss=1</script>${note}`, updatedAt: t } },
    },
  });
}

const jsonUpload = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });

describe('My assessments in a real browser', () => {
  it('creates, renames, duplicates, deletes with confirmation and undo, exports and imports back', async () => {
    const { page, context, errors } = await open('en-GB');
    const newButton = page.getByRole('button', { name: 'New assessment' });
    await newButton.click();
    await expect.poll(() => page.url()).toContain('#/assess/');
    await page.goto(`${baseUrl}#/assessments`);
    await newButton.click();
    await page.goto(`${baseUrl}#/assessments`);
    await expect.poll(() => page.getByRole('article').count()).toBe(2);

    // Rename the first one (both start anonymous).
    await page.getByRole('article').first().getByRole('button', { name: /^Rename/ }).click();
    const box = page.getByRole('textbox', { name: 'Firm name (optional)' });
    await box.fill('Ningbo Pumps');
    await box.press('Enter');
    await page.getByRole('heading', { level: 3, name: 'Ningbo Pumps', exact: true }).waitFor();
    // This browser is British (en-GB): dates read day first, as it writes them, in the English interface.
    const created = (await page.getByRole('article').first().textContent()) ?? '';
    const today = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' }).format(Date.now());
    expect(created, 'a date written day first').toContain(today);

    await page.getByRole('button', { name: 'Duplicate Ningbo Pumps' }).click();
    await page.getByRole('heading', { level: 3, name: 'Copy of Ningbo Pumps', exact: true }).waitFor();
    expect(await storedNames(page)).toEqual(['', 'Copy of Ningbo Pumps', 'Ningbo Pumps']);

    // Delete asks first; the page behind the dialog is axe-clean too.
    await page.getByRole('button', { name: 'Delete Copy of Ningbo Pumps' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete this assessment?' });
    await dialog.waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent), 'focus starts on Cancel').toBe('Cancel');
    await expectAxeClean(page, 'delete dialog open (en)');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await storedNames(page)).toContain('Copy of Ningbo Pumps');

    await page.getByRole('button', { name: 'Delete Copy of Ningbo Pumps' }).click();
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect.poll(() => storedNames(page)).toEqual(['', 'Ningbo Pumps']);
    const undo = page.getByRole('button', { name: 'Undo' });
    expect(await undo.evaluate((el) => el === document.activeElement), 'Undo has focus right after').toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 3, name: 'Copy of Ningbo Pumps', exact: true }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 3, name: 'Copy of Ningbo Pumps', exact: true }).waitFor();
    expect(await storedNames(page), 'the undone deletion survives a reload').toEqual(['', 'Copy of Ningbo Pumps', 'Ningbo Pumps']);

    // Export, delete, import the file back.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON Ningbo Pumps' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^chuhai-Ningbo-Pumps-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = readFileSync(await download.path(), 'utf8');
    expect(JSON.parse(exported)).toMatchObject({ format: 'chuhai-assessment', formatVersion: FORMAT_VERSION, assessment: { name: 'Ningbo Pumps' } });
    await page.getByRole('button', { name: 'Delete Ningbo Pumps' }).click();
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect.poll(() => storedNames(page)).toEqual(['', 'Copy of Ningbo Pumps']);
    await page.getByLabel('Choose files to import').setInputFiles(jsonUpload(download.suggestedFilename(), exported));
    await page.getByText('1 assessment imported', { exact: true }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Ningbo Pumps', exact: true }).waitFor();
    expect(await storedNames(page)).toEqual(['', 'Copy of Ningbo Pumps', 'Ningbo Pumps']);
    await expectAxeClean(page, 'list after import (en)');
    expect(errors).toEqual([]);
    await context.close();
  });

  const hostile = [
    { file: 'truncated.json', text: () => exportFile('Cut', 'x').slice(0, 120), en: 'cannot be read as JSON', zh: '无法按JSON格式读取' },
    { file: 'proto.json', text: () => exportFile('Proto', 'x').replace('{', '{"__proto__": {"polluted": true},'), en: 'contains the field name “__proto__”', zh: '含有字段名“__proto__”' },
    { file: 'future.json', text: () => exportFile('Future', 'x').replace('"formatVersion":1', `"formatVersion":${FORMAT_VERSION + 1}`), en: 'written by a newer version of Chuhai', zh: '由更新版本的工具导出' },
    { file: 'huge.json', text: () => ' '.repeat(6 * 1024 * 1024), en: 'is too large (6 MB)', zh: '过大（6 MB）' },
    { file: 'range.json', text: () => exportFile('Range', 'x').replace('"value":4', '"value":150'), en: 'that the questionnaire cannot accept', zh: '的答案不符合问卷要求' },
    { file: 'table.json', text: () => 'firm,rung\nA,brand\n', en: 'is not a Chuhai assessment file', zh: '不是本工具的自评文件' },
  ];
  /** Files whose bytes are the problem: a picture renamed, and an export re-saved as GBK (its firm name 华为 is BB AA CE AA). */
  const binary = [
    { file: 'photo.json', bytes: () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), en: 'is not a text file', zh: '不是文本文件' },
    {
      file: 'gbk.json',
      bytes: () => Buffer.concat([Buffer.from(exportFile('X', 'x').split('"X"')[0]!, 'utf8'), Buffer.from([0x22, 0xbb, 0xaa, 0xce, 0xaa, 0x22]), Buffer.from(exportFile('X', 'x').split('"X"')[1]!, 'utf8')]),
      en: 'is not saved as UTF-8',
      zh: '不是UTF-8编码',
    },
  ];

  for (const locale of ['en-GB', 'zh-CN']) {
    const lang = locale === 'en-GB' ? 'en' : 'zh';
    it(`refuses hostile files with specific messages in ${locale}, touches nothing, and runs no injected script`, async () => {
      const { page, context, errors } = await open(locale);
      const input = page.getByLabel(lang === 'en' ? 'Choose files to import' : '选择要导入的文件');
      // First a valid file whose name and notes are attacks: it imports, and renders as text.
      await input.setInputFiles(jsonUpload('xss.json', exportFile(XSS, 'javascript:alert(1)')));
      await page.getByRole('heading', { level: 3, name: XSS }).waitFor();
      expect(await page.locator('main img').count(), 'the name made no element').toBe(0);
      const before = await stored(page);

      await input.setInputFiles([
        ...hostile.map((h) => jsonUpload(h.file, h.text())),
        ...binary.map((b) => ({ name: b.file, mimeType: 'application/json', buffer: b.bytes() })),
      ]);
      const alert = page.getByRole('alert');
      await alert.waitFor();
      const text = (await alert.textContent()) ?? '';
      for (const h of [...hostile, ...binary]) {
        expect(text, `${h.file} in ${locale}`).toContain(h[lang]);
        expect(text).toContain(h.file);
      }
      expect(await stored(page), 'saved data is byte for byte what it was').toBe(before);
      expect(await page.getByRole('article').count()).toBe(1);
      await expectAxeClean(page, `import errors (${locale})`);

      await page.getByRole('button', { name: lang === 'en' ? `Delete ${XSS}` : `删除 ${XSS}` }).click();
      await page.getByRole('dialog').waitFor();
      await expectAxeClean(page, `delete dialog open (${locale})`);
      await page.keyboard.press('Escape');

      // Visit the assessment's other pages too: the name and notes stay inert there as well.
      for (const route of ['results', 'assess']) {
        await page.goto(`${baseUrl}#/${route}/hostile-1`);
        await page.locator('h1').waitFor();
      }
      expect(await xssRan(page), 'no injected script ran, Object.prototype is clean').toBe(false);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('keeps the layout whole with a 100 kB name and right-to-left overrides, at phone width', async () => {
    const { page, context } = await open('en-GB');
    const t = Date.UTC(2026, 0, 1);
    const make = (id: string, name: string) => ({ id, name, createdAt: t, updatedAt: t, instrumentVersion: '2026.1', answers: {} });
    const state = {
      state: {
        assessments: { long: make('long', 'W'.repeat(100_000)), rtl: make('rtl', '\u202Egnp.exe Ningbo \u202B ابجد') },
        deleted: {},
        currentId: null,
        preferences: { language: 'en', bilingual: false },
      },
      version: 1,
    };
    await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [STORAGE_KEY, JSON.stringify(state)]);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.reload();
    await expect.poll(() => page.getByRole('article').count()).toBe(2);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), 'no horizontal scrolling').toBeLessThanOrEqual(360);
    const long = page.getByRole('heading', { level: 3, name: /^W+$/ });
    const box = await long.boundingBox();
    expect(box!.height, 'a 100 kB name is clipped to a few lines').toBeLessThan(120);
    // The RTL override stays inside its heading: the date line below still starts at the left.
    const rtlItem = page.getByRole('article', { name: /gnp\.exe/ });
    const meta = await rtlItem.getByText(/^Started /).boundingBox();
    const item = await rtlItem.boundingBox();
    expect(meta!.x - item!.x, 'date line left-aligned').toBeLessThan(40);
    expect(await rtlItem.getByText(/^Started /).evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
    expect(await page.getByRole('heading', { level: 3, name: /gnp\.exe/ }).getAttribute('dir')).toBe('auto');
    await expectAxeClean(page, 'hostile names at 360 px');
    await context.close();
  });

  it('never sends a request to any origin other than the local server', () => {
    expect(allRequests.flat().length).toBeGreaterThan(5);
    expect(foreignRequests(allRequests.flat(), origin)).toEqual([]);
  });
});
