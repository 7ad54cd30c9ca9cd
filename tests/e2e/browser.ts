/**
 * Shared browser helpers for the end-to-end specs: a local Chromium through playwright-core.
 * - The browser is found by scripts/lib/chromium.mjs ($CHROME_PATH, Debian's /usr/bin/chromium, an
 *   installed Chrome); when there is none, launching fails with one line saying how to get one.
 * - Every page opened with `newPage` fails its test on an uncaught page error or a console error, unless
 *   the test names the messages it expects (`expectedConsoleErrors`).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterEach, inject } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, launchChromium } from '../../scripts/lib/served-build';

export { CHROMIUM_ARGS };

export function baseUrl(): string {
  return inject('baseUrl');
}

export async function launch(): Promise<Browser> {
  return launchChromium();
}

export interface PageOptions {
  acceptDownloads?: boolean;
  /** Console errors this test provokes on purpose (e.g. a damaged stored state being reported). */
  expectedConsoleErrors?: RegExp[];
  /** A phone: `{ width: 390, height: 844 }` opens a touch context of that size (default: a 1280×900 desktop). */
  phone?: { width: number; height: number };
}

// Errors reported by any page since the last test ended; each test fails on its own page's errors (a page
// opened in beforeAll reports to the test running when the error happened).
const pageProblems: string[] = [];

/** The errors pages reported since the last call (and since the last test ended); emptied by the call. */
export function takePageProblems(): string[] {
  return pageProblems.splice(0);
}

afterEach(() => {
  const problems = takePageProblems();
  if (problems.length > 0) throw new Error(`The page reported ${problems.length} error(s):\n${problems.join('\n')}`);
});

export async function newPage(browser: Browser, options: PageOptions = {}): Promise<{ context: BrowserContext; page: Page }> {
  const screen = options.phone ? { viewport: options.phone, isMobile: true, hasTouch: true, deviceScaleFactor: 1 } : { viewport: { width: 1280, height: 900 } };
  const context = await browser.newContext({ acceptDownloads: options.acceptDownloads ?? true, ...screen, locale: 'vi-VN' });
  const page = await context.newPage();
  const problems = pageProblems;
  page.on('pageerror', (err) => problems.push(`uncaught page error: ${err.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if (options.expectedConsoleErrors?.some((re) => re.test(text))) return;
    problems.push(`console error: ${text}`);
  });
  return { context, page };
}

/** Open the app at a query string and wait until the data is loaded. */
export async function openApp(page: Page, query = ''): Promise<void> {
  await page.goto(`${baseUrl()}${query}`);
  await page.waitForSelector('[data-testid="coverage-note"]', { timeout: 30_000 });
}

export function artifactDir(): string {
  const dir = join(process.cwd(), '.test-results');
  mkdirSync(dir, { recursive: true });
  return dir;
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'chiso-e2e-'));
}

/** The page's widest extent: a phone would scroll sideways past the screen's width. */
export const pageWidth = (page: Page) => page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth));

/** Drop a text file the way a browser does: a synthetic DataTransfer on the Import tab's drop zone. */
export async function dropFile(page: Page, path: string, name: string): Promise<void> {
  const text = readFileSync(path, 'utf8');
  await page.getByTestId('import-dropzone').evaluate(
    (zone, { text, name }) => {
      const data = new DataTransfer();
      data.items.add(new File([text], name, { type: 'text/csv' }));
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    },
    { text, name },
  );
}
