import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { loadShippedTable } from '../../scripts/lib/shipped-table';
import { artifactDir, launch, newPage, openApp, takePageProblems } from './browser';

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

  it('a partial year says how many provinces are loaded: PCI 2021 shows as many of 63 as the shipped file has composites (27 today)', async () => {
    const shipped = loadShippedTable().coverage('PCI', 2021, 'total');
    expect(shipped.complete).toBe(false);
    const { page, context } = await newPage(browser);
    await openApp(page, '?tab=rankings&index=PCI&year=2021&province=22&lang=en');
    await expect.poll(() => page.getByTestId('coverage-note').textContent()).toContain(`${shipped.loaded} of 63 provinces loaded`);
    await context.close();
  });
});

describe('the end-to-end harness itself', () => {
  it('an uncaught page error and a console error are collected, so the test they happen in fails', async () => {
    const { page, context } = await newPage(browser);
    await openApp(page, '?tab=rankings');
    expect(takePageProblems()).toEqual([]);
    await page.evaluate(() => {
      console.error('harness check: console');
      setTimeout(() => {
        throw new Error('harness check: uncaught');
      });
    });
    const seen: string[] = [];
    await expect
      .poll(() => {
        seen.push(...takePageProblems());
        return seen.join('\n');
      }, { timeout: 5000 })
      .toContain('uncaught page error: harness check: uncaught');
    expect(seen).toContain('console error: harness check: console');
    await context.close();
  });
});
