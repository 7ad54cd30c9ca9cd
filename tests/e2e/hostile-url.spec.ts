/** Permalinks crafted with prototype keys (issue 22): the app stays, the view says what it can, the other tabs work. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, newPage, openApp } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('hostile permalinks', () => {
  it.each(['?tab=followup&province=__proto__', '?tab=followup&province=constructor', '?tab=province&province=__proto__', '?tab=trends&peers=01,79,01,79'])('%s: header, tabs and panel stay; the rank table still opens', async (query) => {
    const { page, context } = await newPage(browser, { expectedConsoleErrors: [/The above error occurred|ViewErrorBoundary|Maximum update/] });
    await openApp(page, query);
    await page.getByRole('tablist').waitFor();
    const panel = page.locator('#panel');
    await panel.waitFor();
    await page.waitForFunction(() => !document.querySelector('#panel [aria-busy="true"]'), undefined, { timeout: 30_000 });
    expect((await panel.textContent())?.trim().length ?? 0).toBeGreaterThan(20);
    await page.getByRole('tab', { name: 'Bảng xếp hạng' }).click();
    await page.locator('[data-testid="rank-table"]').waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-testid="rank-table"]').textContent()).toContain('Quảng Ninh');
    await context.close();
  });
});
