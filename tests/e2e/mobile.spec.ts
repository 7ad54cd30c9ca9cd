/**
 * On a phone (390×844, touch): no view is wider than the screen at 360, 390 and 430 px, and the first
 * screen (rank table, PCI) transfers at most 300 KB. Screenshots of every view at 390×844 and at desktop
 * width go to .test-results/ (mobile-*.png, desktop-*.png) for a person to look at.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { join } from 'node:path';
import { artifactDir, baseUrl, launch, pageWidth } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

export const VIEWS: [string, string][] = [
  ['overview', '?tab=overview&province=22'],
  ['rankings', '?tab=rankings&index=PCI&year=2016&province=22'],
  ['profile', '?tab=profile&index=PCI&province=22'],
  ['trends', '?tab=trends&index=PAPI&province=46&peers=01,79'],
  ['map', '?tab=map&index=PCI&year=2016&province=22'],
  ['followup', '?tab=followup&index=PCI&province=22'],
  ['province', '?tab=province&province=42'],
  ['import', '?tab=import'],
  ['brief', '?tab=brief&province=22'],
  ['report', '?tab=report&index=PCI&year=2016&province=72'],
  ['data', '?tab=data'],
];

async function phone(width = 390, height = 844) {
  const context = await browser.newContext({ viewport: { width, height }, isMobile: true, hasTouch: true, deviceScaleFactor: 1, locale: 'vi-VN' });
  const page = await context.newPage();
  page.on('pageerror', (err) => console.error('[pageerror]', err.message));
  return { context, page };
}

async function settle(page: Page) {
  await page.waitForSelector('[data-testid="coverage-note"]', { timeout: 30_000 });
  await page.waitForFunction(() => !!document.querySelector('main h1') && !document.querySelector('main [aria-busy="true"]'), undefined, { timeout: 30_000 });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.waitForTimeout(300); // charts measure their box once after layout
}


/** What sticks out (for the failure message): elements reaching past the screen, not inside a scroll box. */
const sticksOut = (page: Page, width: number) =>
  page.evaluate((w) => {
    const inScrollBox = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const o = getComputedStyle(p).overflowX;
        if (o === 'auto' || o === 'scroll' || o === 'hidden') return true;
      }
      return false;
    };
    const out: string[] = [];
    for (const el of document.querySelectorAll('body *')) {
      const r = el.getBoundingClientRect();
      if (r.right > w + 1 && r.width > 0 && !inScrollBox(el)) out.push(`${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}.${[...el.classList].join('.')} right=${Math.round(r.right)}`);
    }
    return out.slice(0, 6);
  }, width);

describe('every view fits a phone', () => {
  for (const [name, query] of VIEWS) {
    it(`${name}: no wider than 360, 390 and 430 px screens`, async () => {
      const { context, page } = await phone();
      await page.goto(`${baseUrl()}${query}`);
      await settle(page);
      await page.screenshot({ path: join(artifactDir(), `mobile-${name}.png`), fullPage: true });
      const found: string[] = [];
      for (const width of [390, 360, 430]) {
        await page.setViewportSize({ width, height: 844 });
        await page.waitForTimeout(200);
        const w = await pageWidth(page);
        if (w > width) found.push(`${width}px: page ${w}px wide: ${(await sticksOut(page, width)).join(' | ')}`);
      }
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(artifactDir(), `desktop-${name}.png`), fullPage: false });
      expect(found).toEqual([]);
      await context.close();
    });
  }
});

describe('the first screen on a phone', () => {
  it('the rank table (PCI) opens with at most 300 KB transferred, and the PAPI file is not among them', async () => {
    const { context, page } = await phone();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    const bytes = new Map<string, number>();
    const urls = new Map<string, string>();
    cdp.on('Network.requestWillBeSent', (e: { requestId: string; request: { url: string } }) => urls.set(e.requestId, e.request.url));
    cdp.on('Network.loadingFinished', (e: { requestId: string; encodedDataLength: number }) => bytes.set(e.requestId, e.encodedDataLength));
    await page.goto(baseUrl());
    await page.getByTestId('rank-table').waitFor({ timeout: 30_000 });
    await settle(page);
    const total = [...bytes.values()].reduce((a, b) => a + b, 0);
    const loaded = [...bytes.keys()].map((id) => urls.get(id) ?? '');
    console.log(`first screen: ${(total / 1024).toFixed(0)} KB in ${bytes.size} requests`);
    expect(loaded.some((u) => /scores-pci-.*\.json$/.test(u))).toBe(true);
    expect(loaded.some((u) => /scores-papi-/.test(u))).toBe(false);
    expect(total).toBeLessThanOrEqual(300 * 1024);
    await context.close();
  });
});

describe('touch targets on a phone', () => {
  for (const [name, query] of VIEWS) {
    it(`${name}: every button, picker, tab and disclosure is at least 44 × 44 px`, async () => {
      const { context, page } = await phone();
      await page.goto(`${baseUrl()}${query}`);
      await settle(page);
      const small = await page.evaluate(() =>
        [...document.querySelectorAll('button, select, summary, [role="tab"], input:not([type="hidden"]):not([type="checkbox"]):not([type="radio"])')]
          .filter((el) => {
            const r = el.getBoundingClientRect();
            const style = getComputedStyle(el);
            if (r.width === 0 || r.height === 0 || style.visibility === 'hidden' || el.closest('.sr-only, [hidden], .print-sheet')) return false;
            return r.height < 43.5 || r.width < 43.5;
          })
          .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.textContent ?? '').trim().slice(0, 20)}" ${Math.round(el.getBoundingClientRect().width)}×${Math.round(el.getBoundingClientRect().height)}`),
      );
      expect(small).toEqual([]);
      await context.close();
    });
  }
});
