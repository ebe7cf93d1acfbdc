import { afterAll } from 'vitest';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

/** Where Debian puts Chromium; CHROMIUM_PATH overrides. We never download a browser. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

export const CHROMIUM_MISSING_MESSAGE = (path: string) =>
  `Browser tests need Chromium, and none was found at ${path}.\n` +
  `Install it with:  apt-get update && apt-get install -y chromium fonts-wqy-microhei\n` +
  `or point CHROMIUM_PATH at a Chromium or Chrome binary.`;

/** Fails loudly (never skips) when no browser is available. */
export function assertChromium(): string {
  const path = chromiumPath();
  if (!existsSync(path)) throw new Error(CHROMIUM_MISSING_MESSAGE(path));
  return path;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: assertChromium(), headless: true, args: CHROMIUM_ARGS });
}

/**
 * One browser for a test file: launched when the file loads (`const browser = await sharedBrowser();` at
 * its top level) and closed after its last test.
 */
export async function sharedBrowser(): Promise<Browser> {
  const browser = await launchChromium();
  afterAll(async () => {
    await browser.close();
  });
  return browser;
}

/**
 * Records every request a context makes so a test can prove nothing leaves the local origin.
 * `data:` and `blob:` URLs stay inside the page and are allowed.
 */
export function recordRequests(context: BrowserContext): string[] {
  const urls: string[] = [];
  context.on('request', (r) => urls.push(r.url()));
  return urls;
}

export function foreignRequests(urls: readonly string[], origin: string): string[] {
  return urls.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
}

export interface OpenOptions extends BrowserContextOptions {
  locale?: string;
}

/** A fresh, isolated browser profile (its own storage) with request recording. */
export async function openContext(browser: Browser, options: OpenOptions = {}) {
  const context = await browser.newContext({ locale: options.locale ?? 'en-GB', ...options });
  const requests = recordRequests(context);
  const page: Page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return { context, page, requests, errors };
}
