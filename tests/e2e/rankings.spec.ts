import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { artifactDir, launch, newPage, openApp } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('first screen: rank table on the shipped data', () => {
  it('PCI 2016: Quảng Ninh shows composite 65,60 and official rank 2, behind Đà Nẵng (VCCI workbook)', async () => {
    const { page, context } = await newPage(browser);
    await openApp(page, '?tab=rankings&index=PCI&year=2016&province=22');
    const row = page.locator('[data-testid="rank-table"] tr[data-key="22"]');
    await expect.poll(() => row.locator('td[data-col="value"]').textContent()).toBe('65,60');
    expect(await row.locator('td[data-col="rank"]').textContent()).toBe('2');
    expect(await page.locator('[data-testid="rank-table"] tbody tr').first().getAttribute('data-key')).toBe('48');
    await expect.poll(() => page.getByTestId('coverage-note').textContent()).toContain('63 trên 63');
    await page.screenshot({ path: `${artifactDir()}/rankings-pci-2016.png`, fullPage: false });
    await context.close();
  });

  it('choosing index, year and province in the selectors updates the table and the URL; English switch', async () => {
    const { page, context } = await newPage(browser);
    await openApp(page, '?tab=rankings');
    await page.getByTestId('select-index').selectOption('PAPI');
    await page.getByTestId('select-year').selectOption('2020');
    await page.getByTestId('select-province').selectOption('48');
    expect(page.url()).toContain('index=PAPI');
    expect(page.url()).toContain('year=2020');
    const row = page.locator('[data-testid="rank-table"] tr[data-key="22"]');
    // PAPI 2020 Quảng Ninh aggregate 48.811 (sum of published sub-dimensions).
    await expect.poll(() => row.locator('td[data-col="value"]').textContent()).toBe('48,81');
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => row.locator('td[data-col="value"]').textContent()).toBe('48.81');
    expect(await page.locator('h1').first().textContent()).toContain('Rank table');
    await context.close();
  });

  it('a partial year says how many provinces are loaded: PCI 2021 shows 21 of 63', async () => {
    const { page, context } = await newPage(browser);
    await openApp(page, '?tab=rankings&index=PCI&year=2021&province=22&lang=en');
    await expect.poll(() => page.getByTestId('coverage-note').textContent()).toContain('of 63 provinces loaded');
    const text = (await page.getByTestId('coverage-note').textContent()) ?? '';
    const loaded = Number(/(\d+) of 63/.exec(text)?.[1]);
    expect(loaded).toBeGreaterThanOrEqual(21);
    expect(loaded).toBeLessThan(63);
    await context.close();
  });
});
