import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { openContext, sharedBrowser } from './harness/chromium';

const baseUrl = inject('baseUrl');
const browser = await sharedBrowser();

interface Manifest {
  name: string;
  short_name: string;
  theme_color: string;
  display: string;
  start_url: string;
  icons: { src: string; sizes: string; type: string; purpose?: string }[];
}

describe('installable app', () => {
  it('links a manifest with names, icons (one maskable) and theme colour once the first screen is shown', async () => {
    const served = await (await fetch(baseUrl)).text();
    expect(served, 'not in the page as served: fetching it would compete with the first screen').not.toContain('rel="manifest"');

    const { context, page, errors } = await openContext(browser, { locale: 'en-GB' });
    await page.goto(baseUrl);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href', { timeout: 10_000 });
    const manifestUrl = new URL(href!, baseUrl).href;
    // What Chromium itself read from the page.
    const cdp = await context.newCDPSession(page);
    const read = await cdp.send('Page.getAppManifest');
    expect(read.url).toBe(manifestUrl);
    expect(read.errors).toEqual([]);

    const manifest = JSON.parse(read.data!) as Manifest;
    expect(manifest.name).toBe('Chuhai going-global self-assessment · 出海能力自评');
    expect(manifest.short_name).toBe('Chuhai 出海');
    expect(manifest.theme_color).toBe('#8c1d18');
    expect(manifest.display).toBe('standalone');
    expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
    for (const icon of manifest.icons) {
      const res = await page.request.get(new URL(icon.src, manifestUrl).href);
      expect(res.ok(), icon.src).toBe(true);
      expect(res.headers()['content-type']).toBe(icon.type);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('carries its tab icon in the page, so loading the first screen fetches no icon', async () => {
    const { context, page, requests } = await openContext(browser, { locale: 'en-GB', serviceWorkers: 'block' });
    await page.goto(baseUrl);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const href = await page.locator('link[rel="icon"]').getAttribute('href');
    expect(href).toMatch(/^data:image\/svg\+xml,/);
    expect(decodeURIComponent(href!.slice('data:image/svg+xml,'.length))).toBe(readFileSync('public/favicon.svg', 'utf8'));
    // Before the manifest is linked (after the first paint), nothing but the page's own files is fetched.
    const manifestAt = requests.findIndex((u) => u.endsWith('.webmanifest'));
    const beforeManifest = manifestAt < 0 ? requests : requests.slice(0, manifestAt);
    expect(beforeManifest.filter((u) => /\.(svg|png|ico)$/.test(new URL(u).pathname))).toEqual([]);
    await context.close();
  });
});
