/**
 * Inside the province, end to end in Chromium: Hà Tĩnh's DDCI 2021 table as its site prints it
 * (https://ddcihatinh.vn/ho-so/bang-chi-so-thanh-phan; fixtures from tests/fixtures/province/generate.ts) is refused
 * with its "50" located; corrected, it is saved; departments and localities rank in separate tables; Sở Kế hoạch và
 * Đầu tư's page shows the PCI component it owns beside its DDCI scores; a 2025 table with communes and merged
 * departments imports through the crosswalk; the data survives a reload.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { asPrintedWorkbook } from '../fixtures/province/generate';
import { artifactDir, launch, newPage, openApp, tempDir } from './browser';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/province/${name}`, import.meta.url));
const VIEW = '?tab=province&index=PCI&province=42';

let browser: Browser;
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
  browser = await launch();
  ({ context, page } = await newPage(browser));
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

async function choose(page: Page, name: string) {
  await page.getByTestId('province-file').setInputFiles(fixture(name));
}

describe('Hà Tĩnh DDCI in the browser', () => {
  it('the table as printed: the 50 is reported at line 16, column 11 and the import is blocked', async () => {
    await openApp(page, VIEW);
    await choose(page, 'ddci-ha-tinh-2021-as-printed.csv');
    await expect.poll(() => page.getByTestId('province-year').inputValue()).toBe('2021');
    const problems = page.getByTestId('province-problems');
    await expect.poll(() => problems.textContent()).toContain('ddci-ha-tinh-2021-as-printed.csv:16:11: error: Điểm 50 ngoài thang 0–10 của dynamism');
    expect(await page.getByTestId('province-blocked').isVisible()).toBe(true);
    expect(await page.getByTestId('province-save').isDisabled()).toBe(true);
    // The definition taken from the header: 10-point components, 100-point composite, land access a component.
    expect(await page.getByTestId('scale-dynamism').inputValue()).toBe('10');
    expect(await page.getByTestId('scale-total').inputValue()).toBe('100');
  });

  it('the same table as a workbook (merged two-row header): the same 50 at row 16, column 11, blocked', async () => {
    const path = join(tempDir(), 'DDCI-Ha-Tinh-2021.xlsx');
    writeFileSync(path, await asPrintedWorkbook());
    await page.getByTestId('province-file').setInputFiles(path);
    await expect.poll(() => page.getByTestId('province-problems').textContent()).toContain('DDCI-Ha-Tinh-2021.xlsx:16:11: error: Điểm 50 ngoài thang 0–10 của dynamism');
    expect(await page.getByTestId('province-save').isDisabled()).toBe(true);
    expect(await page.getByTestId('scale-land_access').inputValue()).toBe('10');
  });

  it('corrected: every figure loads (170), saved; departments and localities in two rank tables, "-" shown as not applicable', async () => {
    await choose(page, 'ddci-ha-tinh-2021-corrected.csv');
    await expect.poll(() => page.getByTestId('province-save').isDisabled()).toBe(false);
    expect(await page.getByTestId('province-save').textContent()).toContain('170');
    await page.getByTestId('province-save').click();
    await expect.poll(() => page.getByTestId('province-saved').textContent()).toContain('DDCI 2021');
    const departments = page.getByTestId('rank-department');
    const localities = page.getByTestId('rank-locality');
    await expect.poll(() => departments.locator('tbody tr').count()).toBe(10);
    expect(await localities.locator('tbody tr').count()).toBe(7);
    expect(await departments.locator('tr[data-unit="42/so-tu-phap"] td').first().textContent()).toBe('7*');
    expect(await localities.locator('tr[data-unit="42/tx-hong-linh"] td').first().textContent()).toBe('1*');
    expect(await departments.locator('tr[data-unit="42/huyen-cam-xuyen"]').count()).toBe(0);
    await page.getByTestId('province-component').selectOption('land_access');
    await expect.poll(() => departments.locator('tr[data-unit="42/so-tu-phap"] td').nth(2).textContent()).toContain('không áp dụng');
    expect(await localities.locator('tr[data-unit="42/huyen-vu-quang"] td').nth(2).textContent()).toBe('8,77');
  });

  it("Sở Kế hoạch và Đầu tư's page: its DDCI scores (67,8, 8*/10 departments); the PCI component it led goes to Sở Tài chính, which absorbed it in 2025 (the work on PCI 2024 is done in 2025)", async () => {
    const owned = page.getByTestId('department-owned');
    const entryCosts = () => owned.locator('tr[data-index="PCI"][data-component="entry_costs"]');
    await page.getByTestId('department-page-select').selectOption('so-khdt');
    const rating = page.getByTestId('department-page').getByTestId('rating');
    await expect.poll(() => rating.getByTestId('rating-score').textContent()).toBe('67,80');
    expect(await rating.getByTestId('rating-rank').textContent()).toBe('8*/10');
    expect(await entryCosts().count()).toBe(0);
    await page.getByTestId('department-page-select').selectOption('so-tai-chinh');
    await expect.poll(() => entryCosts().count()).toBe(1);
    expect(await entryCosts().textContent()).toContain('Gia nhập thị trường');
    expect(await entryCosts().textContent()).toContain('8,45');
    await page.screenshot({ path: `${artifactDir()}/department-page-desktop.png`, fullPage: true });
    // Printable: in print media only the department's page is left (import, rank tables and pickers are hidden).
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.province-import').isVisible()).toBe(false);
    expect(await page.getByTestId('rank-department').isVisible()).toBe(false);
    expect(await page.getByTestId('department-owned').isVisible()).toBe(true);
    await page.pdf({ path: `${artifactDir()}/department-page.pdf`, format: 'A4', printBackground: true });
    await page.screenshot({ path: `${artifactDir()}/department-page-print.png`, fullPage: true });
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByTestId('department-page').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `${artifactDir()}/department-page-390.png`, fullPage: false });
    await page.screenshot({ path: `${artifactDir()}/province-390-full.png`, fullPage: true });
    // Nothing wider than the phone's screen: tables scroll or wrap inside their cards.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('a 2025 table with communes and merged departments imports through the crosswalk; Sở Tài chính lists Sở KH&ĐT 2021 as predecessor', async () => {
    await choose(page, 'ddci-ha-tinh-2025-crosswalk.csv');
    await expect.poll(() => page.getByTestId('province-year').inputValue()).toBe('2025');
    await expect.poll(() => page.getByTestId('province-save').isDisabled()).toBe(false);
    await page.getByTestId('province-save').click();
    const localities = page.getByTestId('rank-locality');
    await expect.poll(() => localities.locator('tr[data-unit="42/phuong-bac-hong-linh"]').count()).toBe(1);
    expect(await page.getByTestId('rank-department').locator('tr[data-unit="42/so-nn-mt"]').count()).toBe(1);
    await page.getByTestId('department-page-select').selectOption('so-tai-chinh');
    await expect.poll(() => page.getByTestId('department-page').getByTestId('rating-predecessors').textContent()).toContain('Sở Kế hoạch và Đầu tư 2021: 67,80');
  });

  it('saved with the province: both editions survive a reload', async () => {
    await openApp(page, `${VIEW}&pyear=2021`);
    await expect.poll(() => page.getByTestId('rank-department').locator('tbody tr').count()).toBe(10);
    const years = await page.getByTestId('province-year-select').locator('option').allTextContents();
    expect(years).toEqual(['2021', '2025']);
  });
});
