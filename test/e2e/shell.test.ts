import { describe, expect, inject, it } from 'vitest';
import { foreignRequests, openContext, sharedBrowser } from './harness/chromium';
import { axeViolations, describeViolations } from './harness/axe';

const baseUrl = inject('baseUrl');
const origin = new URL(baseUrl).origin;
const browser = await sharedBrowser();
const allRequests: string[][] = [];

async function open(locale: string) {
  const session = await openContext(browser, { locale });
  allRequests.push(session.requests);
  return session;
}

describe('app shell in a real browser', () => {
  it('shows the start page in English to an English-speaking browser', async () => {
    const { page, context, errors } = await open('en-GB');
    await page.goto(baseUrl);
    await expect.poll(() => page.locator('h1').textContent()).toContain('Where does your firm stand');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.title()).toContain('Chuhai');
    await expect.poll(() => page.getByText('Your answers stay on this device').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the start page in Chinese to a Chinese-speaking browser', async () => {
    const { page, context } = await open('zh-CN');
    await page.goto(baseUrl);
    await expect.poll(() => page.locator('h1').textContent()).toContain('出海之路');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.title()).toContain('出海能力自评');
    await context.close();
  });

  it('switches language both ways and remembers the choice across a reload', async () => {
    const { page, context } = await open('en-US');
    await page.goto(`${baseUrl}#/about`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('About Chuhai');
    await page.getByRole('button', { name: /中文/ }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('关于本工具');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.title()).toContain('关于本工具');
    await page.reload();
    await expect.poll(() => page.locator('h1').textContent()).toBe('关于本工具');
    await page.getByRole('button', { name: /English/ }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('About Chuhai');
    await page.reload();
    await expect.poll(() => page.locator('h1').textContent()).toBe('About Chuhai');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await context.close();
  });

  it('can be used with the keyboard: skip link, then navigation by Tab and Enter', async () => {
    const { page, context } = await open('en-GB');
    await page.goto(baseUrl);
    await page.locator('h1').waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
    // Tab to the About link in the navigation and follow it.
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.textContent)) === 'About') break;
    }
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('h1').textContent()).toBe('About Chuhai');
    expect(await page.evaluate(() => document.activeElement?.tagName), 'focus moves to the new page heading').toBe('H1');
    await context.close();
  });

  for (const locale of ['en-GB', 'zh-CN']) {
    it(`has no axe-core violations on any page in ${locale}`, async () => {
      const { page, context } = await open(locale);
      for (const route of ['', 'about', 'assess', 'results', 'assessments', 'workshop', 'no-such-page']) {
        await page.goto(`${baseUrl}#/${route}`);
        await page.locator('h1').waitFor();
        const violations = await axeViolations(page);
        expect(violations, `#/${route} in ${locale}:\n${describeViolations(violations)}`).toEqual([]);
      }
      // Phone width: the same pages must hold up at 360 px.
      await page.setViewportSize({ width: 360, height: 740 });
      await page.goto(`${baseUrl}#/`);
      await page.locator('h1').waitFor();
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth, 'no horizontal scrolling at 360 px').toBeLessThanOrEqual(360);
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });
  }

  it('never sends a request to any origin other than the local server', () => {
    const all = allRequests.flat();
    expect(all.length, 'the tests above did load pages').toBeGreaterThan(10);
    expect(foreignRequests(all, origin)).toEqual([]);
  });
});
