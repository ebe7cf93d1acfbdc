import type { Page } from 'playwright-core';

/**
 * Scrolls each chart of the results page into view, as a reader does: charts are built only when
 * they come near the screen. Resolves once `count` canvases exist.
 */
export async function showCharts(page: Page, count = 2): Promise<void> {
  const boxes = page.locator('.chart-and-table');
  for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).scrollIntoViewIfNeeded();
  await page.waitForFunction((n) => document.querySelectorAll('canvas').length === n, count);
}
