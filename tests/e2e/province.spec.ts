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
import { asProvincePrintsWorkbook } from '../fixtures/province/generate';
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

/** From the DDCI tab to the one import flow (Import tab, destination "province"), then a file. */
async function choose(page: Page, path: string) {
  if ((await page.getByTestId('province-import').count()) === 0) {
    await page.getByTestId('province-import-link').click();
    await page.getByTestId('province-import').waitFor();
  }
  await page.getByTestId('import-file-input').setInputFiles(path);
}

async function workbook(name: string, options: { printed?: boolean } = {}, type: 'xlsx' | 'ods' = 'xlsx') {
  const path = join(tempDir(), name);
  writeFileSync(path, await asProvincePrintsWorkbook(type, options));
  return path;
}

describe('Hà Tĩnh DDCI in the browser', () => {
  it('the table as printed (CSV): the DDCI tab links to the Import tab; the 50 is reported at line 16, column 11 and nothing can be saved', async () => {
    await openApp(page, VIEW);
    await choose(page, fixture('ddci-ha-tinh-2021-as-printed.csv'));
    expect(new URL(page.url()).searchParams.get('dest')).toBe('province');
    await expect.poll(() => page.getByTestId('province-year').inputValue()).toBe('2021');
    const problems = page.getByTestId('import-problems');
    await expect.poll(() => problems.locator('li.error').first().textContent()).toContain('ddci-ha-tinh-2021-as-printed.csv:16:11');
    expect(await problems.locator('li.error').count()).toBe(1);
    expect(await page.getByTestId('province-save').count()).toBe(0);
    // The definition taken from the header: 10-point components, 100-point composite; roles by their names, changeable.
    expect(await page.getByTestId('scale-dynamism').inputValue()).toBe('10');
    expect(await page.getByTestId('scale-total').inputValue()).toBe('100');
    const role = page.getByTestId('role-1');
    expect(await role.locator('option:checked').textContent()).toBe('Đơn vị (sở, địa phương)');
    expect(await page.getByTestId('province-definition').textContent()).not.toMatch(/\b(unit|ignore|dynamism)\b/);
  });

  it('a workbook laid out as the province prints it (title rows, STT, two-row header, section rows, footnote) with the printed 50: DDCI 2021!L24, blocked', async () => {
    await choose(page, await workbook('DDCI-Ha-Tinh-2021-in.xlsx', { printed: true }));
    const problems = page.getByTestId('import-problems');
    await expect.poll(() => problems.locator('li.error').first().textContent()).toContain('DDCI 2021!L24');
    expect(await problems.locator('li[data-code="section-row"]').count()).toBe(2);
    expect(await page.getByTestId('province-save').count()).toBe(0);
  });

  it('the same workbook corrected: 170 figures, the same as the clean CSV; saved; departments and localities in two rank tables', async () => {
    await choose(page, await workbook('DDCI-Ha-Tinh-2021.xlsx'));
    await expect.poll(() => page.getByTestId('province-save').textContent()).toContain('170');
    await page.getByTestId('province-save').click();
    await expect.poll(() => page.getByTestId('province-saved').textContent()).toContain('DDCI 2021');
    await page.getByTestId('province-saved').getByRole('button').click();
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

  it('the clean CSV over it: every one of the 170 figures is the same as saved', async () => {
    await choose(page, fixture('ddci-ha-tinh-2021-corrected.csv'));
    await expect.poll(() => page.getByTestId('province-diff').textContent()).toContain('Mới: 0 · thay đổi so với đã lưu: 0 · giống đã lưu: 170');
    await openApp(page, `${VIEW}&pyear=2021`);
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

  it('a 2025 table with communes and merged departments: with the browser storage full the save says so and keeps the table; with room again it saves through the crosswalk; Sở Tài chính lists Sở KH&ĐT 2021 as predecessor', async () => {
    // Storage full: the import worker's first IndexedDB write fails as Chromium's does when the quota is reached
    // (QuotaExceededError), the next one goes through ("room again"). Chromium's own quota override
    // (Storage.overrideQuotaForOrigin) does not refuse small writes to a database that already holds data.
    await page.route('**/parse.worker*.js', async (route) => {
      const response = await route.fetch();
      const full = `{ const put = IDBObjectStore.prototype.put; let full = true; IDBObjectStore.prototype.put = function (...a) { if (full) { full = false; throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); } return put.apply(this, a); }; }\n`;
      await route.fulfill({ response, body: full + (await response.text()) });
    });
    await openApp(page, VIEW);
    await choose(page, fixture('ddci-ha-tinh-2025-crosswalk.csv'));
    await expect.poll(() => page.getByTestId('province-year').inputValue()).toBe('2025');
    await expect.poll(() => page.getByTestId('province-save').isDisabled()).toBe(false);
    await page.getByTestId('province-save').click();
    const failed = page.getByTestId('import-save-failed');
    await expect.poll(() => failed.count()).toBe(1);
    expect(await failed.getAttribute('data-code')).toBe('storage-full');
    expect(await failed.locator('p').textContent()).toContain('Bộ nhớ trình duyệt đã đầy nên bảng chưa được lưu');
    // Nothing lost: the table read and checked is still there, ready to save again; the 2021 edition is still saved.
    expect(await page.getByTestId('province-save').isDisabled()).toBe(false);
    expect(await page.getByTestId('province-saved').count()).toBe(0);
    await page.screenshot({ path: `${artifactDir()}/province-storage-full.png`, fullPage: true });
    // On a phone the message and the save button stay on screen, nothing wider than the screen.
    await page.setViewportSize({ width: 390, height: 844 });
    await failed.scrollIntoViewIfNeeded();
    expect(await failed.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `${artifactDir()}/province-storage-full-390.png`, fullPage: false });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByTestId('province-save').click();
    await expect.poll(() => page.getByTestId('province-saved').count()).toBe(1);
    expect(await failed.count()).toBe(0);
    await page.unroute('**/parse.worker*.js');
    await page.getByTestId('province-saved').getByRole('button').click();
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

  it('at 390×844: the laid-out workbook imports with no sideways scrolling', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openApp(page, `${VIEW}&pyear=2021`);
    await choose(page, await workbook('DDCI-phone.ods', {}, 'ods'));
    await expect.poll(() => page.getByTestId('province-diff').textContent()).toContain('giống đã lưu: 170');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // Each column's meaning and scale are on screen: the table itself does not scroll sideways either.
    const mapping = page.getByTestId('province-definition');
    expect(await mapping.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
    const scale = page.getByTestId('scale-total');
    expect(await scale.evaluate((el) => el.getBoundingClientRect().right)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `${artifactDir()}/province-import-390.png`, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});
