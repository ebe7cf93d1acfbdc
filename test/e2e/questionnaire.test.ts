import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SECTIONS } from '@/domain/instrument/predicate-schema';
import { axeViolations, describeViolations } from './harness/axe';
import { foreignRequests, openContext, sharedBrowser, type OpenOptions } from './harness/chromium';

const baseUrl = inject('baseUrl');
const origin = new URL(baseUrl).origin;
const STEPS = [...SECTIONS, 'review'] as const;
const STORAGE_KEY = 'chuhai:v1:state';
const browser = await sharedBrowser();

async function open(locale: string, options: OpenOptions = {}) {
  const session = await openContext(browser, { locale, ...options });
  return session;
}

const h1 = (page: Page) => page.locator('h1').textContent();
const question = (page: Page, id: string) => page.locator(`[data-question="${id}"]`);
const option = (page: Page, id: string, value: string) => question(page, id).locator(`input[value="${value}"]`);
const numberBox = (page: Page, id: string) => question(page, id).locator('input[type="text"]');
const currentId = (page: Page) => page.evaluate(() => location.hash.split('/')[2] ?? '');

/** The stored answers of the current assessment, read from the browser's storage. */
async function storedAnswers(page: Page): Promise<Record<string, { value?: unknown; dontKnow?: boolean; note?: string }>> {
  const raw = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
  const id = await currentId(page);
  return JSON.parse(raw ?? '{}').state?.assessments?.[id]?.answers ?? {};
}

/** Goes to a step of the current assessment by its address and waits until it shows. */
async function goToStep(page: Page, step: string) {
  const id = await currentId(page);
  await page.evaluate((h) => (location.hash = h), `#/assess/${id}/${step}`);
  await page.waitForFunction((s) => location.hash.endsWith(`/${s}`) && document.querySelector(s === 'review' ? '.review' : '.step'), step);
}

/** Opens a new assessment at its firm profile. */
async function startAssessment(page: Page) {
  await page.goto(`${baseUrl}#/assess`);
  await page.waitForFunction(() => /\/profile$/.test(location.hash) && document.querySelector('.step'));
}

/** What has keyboard focus, described for the keyboard-only walk through the questionnaire. */
function describeFocus(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const input = el instanceof HTMLInputElement ? el : null;
    const group = el?.closest('fieldset');
    const inputs = group ? [...group.querySelectorAll('input')] : [];
    return {
      tag: el?.tagName ?? '',
      type: input?.type ?? '',
      value: input?.value ?? '',
      question: el?.closest<HTMLElement>('[data-question]')?.dataset.question ?? '',
      dontKnow: Boolean(el?.closest('.dont-know')),
      first: inputs[0] === el,
      answered: inputs.some((i) => i.checked),
      options: inputs.filter((i) => !i.closest('.dont-know')).map((i) => i.value),
      text: (el?.textContent ?? '').trim(),
    };
  });
}

describe('questionnaire in a real browser', () => {
  it('can be completed with the keyboard alone in Chinese, from the start page to a review with nothing open', async () => {
    const { page, context, errors } = await open('zh-CN');
    await page.goto(baseUrl);
    await page.locator('h1').waitFor();
    const press = (key: string) => page.keyboard.press(key);
    for (let i = 0; i < 30 && (await describeFocus(page)).text !== '开始新的自评'; i++) await press('Tab');
    await press('Enter');
    await expect.poll(() => h1(page)).toBe('企业概况');

    // Answers that open follow-up questions, so that the walk meets them too.
    const preferred: Record<string, string> = { 'profile.export_status': 'regular', 'profile.cbam_goods': 'yes', 'loc.production': 'assembly' };
    const seen = new Set<string>();
    let steps = 0;
    for (let i = 0; i < 1500 && steps < 9; i++) {
      await press('Tab');
      const f = await describeFocus(page);
      if (f.question) seen.add(f.question);
      if (f.type === 'radio' && !f.answered) {
        // Tab enters an unanswered group on its first radio; Space chooses it, arrows move and choose.
        const target = Math.max(0, f.options.indexOf(preferred[f.question] ?? f.options[0]!));
        if (target === 0) await press('Space');
        for (let k = 0; k < target; k++) await press('ArrowDown');
      } else if (f.type === 'checkbox' && f.first && !f.answered && !f.dontKnow) {
        await press('Space');
      } else if (f.type === 'text' && f.value === '') {
        await page.keyboard.type('40');
      } else if (f.tag === 'BUTTON' && (f.text === '下一步' || f.text === '检查答案')) {
        const before = await h1(page);
        await press('Enter');
        await page.waitForFunction((b) => document.querySelector('h1')?.textContent !== b, before);
        steps++;
      }
    }
    expect(await h1(page)).toBe('检查答案');
    await expect.poll(() => page.getByText('所有题目均已作答，没有遗漏。').count()).toBe(1);
    expect(seen, 'the walk met the questions opened by earlier answers').toContain('loc.local_managers');
    expect(seen).toContain('profile.cbam_tonnes');
    const answers = await storedAnswers(page);
    expect(answers['loc.production']?.value).toBe('assembly');
    expect(answers['profile.cbam_tonnes']?.value).toBe(40);
    expect(Object.values(answers).some((a) => a.dontKnow), 'nothing was answered "don\'t know"').toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('resumes at the same step with every answer and note after a reload in the middle', async () => {
    const { page, context } = await open('en-GB');
    await startAssessment(page);
    await option(page, 'profile.industry', 'machinery').check();
    await option(page, 'profile.export_status', 'regular').check();
    await numberBox(page, 'profile.overseas_share').fill('35');
    await option(page, 'profile.cbam_goods', 'yes').check();
    await numberBox(page, 'profile.cbam_tonnes').fill('1200');
    await goToStep(page, 'rd');
    await numberBox(page, 'rd.intensity').fill('4.5');
    await option(page, 'rd.core_tech', 'own_core').check();
    await page.getByRole('navigation', { name: 'Questionnaire steps' }).getByRole('link', { name: /Brand and channels/ }).click();
    await expect.poll(() => h1(page)).toBe('Brand and channels');
    await numberBox(page, 'brand.own_share').fill('20');
    await question(page, 'brand.own_share').getByText('Add a note or evidence').click();
    await question(page, 'brand.own_share').getByRole('textbox', { name: /Note or evidence/ }).fill('Amazon store, 2025 figures');

    await page.reload();
    await expect.poll(() => h1(page)).toBe('Brand and channels');
    expect(await numberBox(page, 'brand.own_share').inputValue()).toBe('20');
    expect(await question(page, 'brand.own_share').locator('textarea').inputValue()).toBe('Amazon store, 2025 figures');
    const id = await currentId(page);
    await page.goto(`${baseUrl}#/assess`);
    await page.waitForFunction(() => /\/brand$/.test(location.hash));
    expect(await currentId(page), '#/assess resumes the same assessment at its step').toBe(id);

    await goToStep(page, 'profile');
    expect(await option(page, 'profile.industry', 'machinery').isChecked()).toBe(true);
    expect(await numberBox(page, 'profile.overseas_share').inputValue()).toBe('35');
    expect(await numberBox(page, 'profile.cbam_tonnes').inputValue()).toBe('1200');
    await goToStep(page, 'rd');
    expect(await numberBox(page, 'rd.intensity').inputValue()).toBe('4.5');
    expect(await option(page, 'rd.core_tech', 'own_core').isChecked()).toBe(true);
    await context.close();
  });

  it('keeps every answer, note and half-typed entry when the language is switched in the middle of a step', async () => {
    const { page, context } = await open('en-GB');
    await startAssessment(page);
    await option(page, 'profile.industry', 'electronics').check();
    await goToStep(page, 'rd');
    await option(page, 'rd.patents_abroad', 'filed').check();
    await numberBox(page, 'rd.intensity').fill('150');
    await expect.poll(() => question(page, 'rd.intensity').getByRole('alert').textContent()).toBe('Enter a number from 0 to 100.');
    const note = question(page, 'rd.patents_abroad');
    await note.getByText('Add a note or evidence').click();
    await note.locator('textarea').fill('PCT/CN2025/071234');
    // Switch at once: the note has not been saved yet (it is saved a moment after typing stops).
    await page.getByRole('button', { name: /中文/ }).click();

    await expect.poll(() => h1(page)).toBe('研发与技术');
    expect(await numberBox(page, 'rd.intensity').inputValue()).toBe('150');
    expect(await question(page, 'rd.intensity').getByRole('alert').textContent()).toBe('请输入0到100之间的数字。');
    expect(await option(page, 'rd.patents_abroad', 'filed').isChecked()).toBe(true);
    expect(await note.locator('textarea').inputValue()).toBe('PCT/CN2025/071234');
    await expect.poll(async () => (await storedAnswers(page))['rd.patents_abroad']?.note).toBe('PCT/CN2025/071234');
    expect((await storedAnswers(page))['rd.intensity']?.value, '150 is never stored').toBeUndefined();

    await page.getByRole('button', { name: /English/ }).click();
    await expect.poll(() => h1(page)).toBe('R&D and technology');
    expect(await numberBox(page, 'rd.intensity').inputValue()).toBe('150');
    await goToStep(page, 'profile');
    expect(await option(page, 'profile.industry', 'electronics').isChecked()).toBe(true);
    await context.close();
  });

  it('shows questions, options and help in both languages in the bilingual view, and remembers it', async () => {
    const { page, context } = await open('zh-CN');
    await startAssessment(page);
    await goToStep(page, 'localisation');
    await page.getByRole('button', { name: '中英对照' }).click();
    const legend = question(page, 'loc.production').locator('legend');
    await expect.poll(() => legend.locator('[lang="en"]').textContent()).toBe('Do you produce outside China? Choose the most advanced that applies.');
    const text = (await legend.textContent()) ?? '';
    expect(text, 'Chinese in the question').toMatch(/\p{Script=Han}/u);
    expect(text, 'Latin script in the same question').toMatch(/[A-Za-z]{4,}/);
    const assembly = question(page, 'loc.production').locator('label', { has: page.locator('input[value="assembly"]') });
    expect(await assembly.textContent()).toContain('在境外自有工厂组装');
    expect(await assembly.locator('[lang="en"]').textContent()).toBe('Our own assembly abroad');
    await question(page, 'loc.production').getByText('题目说明').click();
    expect(await question(page, 'loc.production').locator('details.q-help [lang="en"]').count()).toBe(1);

    await page.reload();
    await expect.poll(() => legend.locator('[lang="en"]').count()).toBe(1);
    expect(await page.getByRole('button', { name: '中英对照' }).getAttribute('aria-pressed')).toBe('true');
    await context.close();
  });

  it('reserves room for messages at 360 px: warnings on the whole profile and number messages move nothing', async () => {
    for (const locale of ['en-GB', 'zh-CN']) {
      const { page, context } = await open(locale, { viewport: { width: 360, height: 740 } });
      await startAssessment(page);
      const tops = () => page.$$eval('.question:not([hidden])', (qs) => qs.map((q) => Math.round(q.getBoundingClientRect().top + window.scrollY)));
      const before = await tops();
      await page.locator('.step-buttons .button.primary').click();
      await expect.poll(() => page.locator('[aria-invalid="true"]').count()).toBeGreaterThan(3);
      expect(await tops(), `question positions in ${locale} after the messages appeared`).toEqual(before);
      expect(await page.evaluate(() => document.activeElement?.closest('[data-question]')?.getAttribute('data-question'))).toBe('profile.industry');
      await goToStep(page, 'rd');
      const clean = await tops();
      for (const typed of ['abc', '-5', '150']) {
        await numberBox(page, 'rd.intensity').fill(typed);
        await expect.poll(() => numberBox(page, 'rd.intensity').getAttribute('aria-invalid')).toBe('true');
        expect(await tops(), `question positions in ${locale} with the message for "${typed}"`).toEqual(clean);
      }
      await context.close();
    }
  });

  for (const locale of ['en-GB', 'zh-CN']) {
    it(`has no axe-core violations on any step in ${locale}, in one and two languages, at 360 px and on a desktop`, { timeout: 240_000 }, async () => {
      const { page, context, requests } = await open(locale);
      await startAssessment(page);
      // Open the follow-up questions, show a message and open help and a note, so that axe sees them.
      await option(page, 'profile.export_status', 'regular').check();
      await option(page, 'profile.cbam_goods', 'yes').check();
      await question(page, 'profile.industry').locator('details.q-help summary').click();
      await question(page, 'profile.industry').locator('details.q-note summary').click();
      await goToStep(page, 'rd');
      await numberBox(page, 'rd.intensity').fill('abc');
      await goToStep(page, 'localisation');
      await option(page, 'loc.production', 'assembly').check();

      for (const bilingual of [false, true]) {
        if (bilingual) await page.locator('.bilingual-toggle').click();
        for (const width of [1280, 360]) {
          await page.setViewportSize({ width, height: width > 400 ? 900 : 740 });
          for (const step of STEPS) {
            await goToStep(page, step);
            if (bilingual) await page.locator('.questionnaire.bilingual').waitFor();
            const where = `${step}, ${locale}, ${bilingual ? 'bilingual' : 'one language'}, ${width} px`;
            const violations = await axeViolations(page);
            expect(violations, `${where}:\n${describeViolations(violations)}`).toEqual([]);
            const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
            expect(scrollWidth, `no sideways scrolling: ${where}`).toBeLessThanOrEqual(width);
          }
        }
      }
      expect(foreignRequests(requests, origin)).toEqual([]);
      await context.close();
    });
  }

  it('lets the user go from a step opened by its link to the results, without being pulled back', async () => {
    const { page, context, errors } = await open('en-GB');
    await startAssessment(page); // a link straight to the questionnaire: its code loads before the first render
    await goToStep(page, 'review');
    const id = await currentId(page);
    // The results code has not loaded yet, so the questionnaire is still mounted while it does.
    await page.evaluate((h) => (location.hash = h), `#/results/${id}`);
    await page.locator('.rung-headline').waitFor();
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => location.hash)).toBe(`#/results/${id}`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('does not load chart code on any step', async () => {
    const { page, context } = await open('en-GB');
    const scripts: string[] = [];
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script') scripts.push(r.url());
    });
    await startAssessment(page);
    for (const step of STEPS) await goToStep(page, step);
    expect(scripts.length).toBeGreaterThan(1);
    const bodies = await Promise.all(scripts.map((u) => page.evaluate((url) => fetch(url).then((r) => r.text()), u)));
    // A message only chart.js carries.
    expect(bodies.filter((b) => b.includes('Canvas is already in use')).length).toBe(0);
    await context.close();
  });
});
