import type { Page } from 'playwright-core';
import { SECTIONS } from '@/domain/instrument/predicate-schema';

/**
 * Answers every shown question of the current assessment through the page, step by step:
 * the last option of each single choice, the first of each multiple choice, 20 in each number
 * box. Follow-up questions revealed on the way are answered too. Ends on the review step.
 */
export async function completeAssessment(page: Page): Promise<void> {
  const id = await page.evaluate(() => location.hash.split('/')[2] ?? '');
  for (const step of SECTIONS) {
    await page.evaluate((h) => (location.hash = h), `#/assess/${id}/${step}`);
    await page.waitForFunction((s) => location.hash.endsWith(`/${s}`) && document.querySelector('.step'), step);
    // Revealed follow-ups need another pass; a step never has more than a few levels.
    for (let pass = 0; pass < 4; pass++) {
      const open = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('[data-question]')]
          .filter((q) => !q.closest('[hidden]') && !q.hidden)
          .filter((q) => {
            const inputs = [...q.querySelectorAll<HTMLInputElement>('input[type="radio"], input[type="checkbox"]')];
            const text = q.querySelector<HTMLInputElement>('input[type="text"]');
            return text ? text.value === '' && !inputs.some((i) => i.checked) : !inputs.some((i) => i.checked);
          })
          .map((q) => q.dataset.question!),
      );
      if (open.length === 0) break;
      for (const qid of open) {
        const text = page.locator(`[data-question="${qid}"] input[type="text"]`);
        if (await text.count()) {
          await text.first().fill('20');
          await text.first().blur();
          continue;
        }
        await page.evaluate((questionId) => {
          const q = document.querySelector(`[data-question="${questionId}"]`)!;
          const inputs = [...q.querySelectorAll<HTMLInputElement>('input')].filter((i) => !i.closest('.dont-know'));
          const radios = inputs.filter((i) => i.type === 'radio');
          (radios.length ? radios[radios.length - 1] : inputs.find((i) => i.type === 'checkbox'))?.click();
        }, qid);
      }
    }
  }
  await page.evaluate((h) => (location.hash = h), `#/assess/${id}/review`);
  await page.waitForFunction(() => location.hash.endsWith('/review') && document.querySelector('.review'));
  const left = await page.locator('.review-group li').count();
  if (left > 0 || (await page.locator('.review .notice.done').count()) !== 1) {
    throw new Error(`completeAssessment left ${left} questions open`);
  }
}
