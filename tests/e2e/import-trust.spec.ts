/**
 * Issue 17, end to end at desktop and on a phone (390×844): an import a working group can trust.
 * - a full-precision workbook over the shipped two-decimal PCI 2019 page figures shows 0 differences and keeps
 *   the more precise figures; one changed figure shows exactly 1, with the old value, the new value and the
 *   choice on screen; the count on the confirm button is the count the saved list shows;
 * - on the phone nothing in the import is wider than the screen.
 * Fixtures: tests/fixtures/tables.ts (built from data/scores/pci-2017-2024-official-pages.csv).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { artifactDir, launch, newPage, openApp, pageWidth } from './browser';
import { pci2019FullPrecisionWorkbook } from '../fixtures/tables';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
let browser: Browser;
let full: Uint8Array;
let oneChanged: Uint8Array;
beforeAll(async () => {
  [full, oneChanged] = await Promise.all([pci2019FullPrecisionWorkbook(), pci2019FullPrecisionWorkbook({ change: { province: 'Quảng Ninh', component: 'land_access', by: 0.5 } })]);
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function chooseFile(page: Page, bytes: Uint8Array, name: string) {
  await page.getByTestId('import-file-input').setInputFiles({ name, mimeType: XLSX_TYPE, buffer: Buffer.from(bytes) });
}


const screens = [
  { name: 'desktop', phone: undefined, width: 1280 },
  { name: 'phone 390×844', phone: { width: 390, height: 844 }, width: 390 },
];

describe.each(screens)('import at the precision printed — $name', ({ phone, width }) => {
  it('PCI 2019 at full precision over the pages\' two decimals: "331 giống nhau — bảng mới có nhiều chữ số hơn, giữ bảng mới; 0 khác"; the count before and after confirming agree', async () => {
    const { context, page } = await newPage(browser, { phone });
    try {
      await openApp(page, '?tab=import');
      await chooseFile(page, full, 'PCI-2019-VCCI.xlsx');
      await page.getByTestId('import-mapping').waitFor();
      expect(await pageWidth(page)).toBeLessThanOrEqual(width);
      await page.getByTestId('import-check').click();
      const summary = page.getByTestId('import-summary');
      await summary.waitFor();
      expect(await summary.textContent()).toBe('10 mới; 331 giống nhau — bảng mới có nhiều chữ số hơn, giữ bảng mới; 0 khác');
      expect(await page.getByTestId('import-difference').count()).toBe(0);
      expect(await page.getByTestId('import-confirm').textContent()).toBe('Nhập: 341 số liệu đưa vào dữ liệu');
      expect(await pageWidth(page)).toBeLessThanOrEqual(width);
      await page.getByTestId('import-confirm').click();
      await page.getByTestId('import-saved-message').waitFor();
      expect(await page.getByTestId('import-saved-applied').first().textContent()).toBe('341 số liệu đưa vào dữ liệu');
    } finally {
      await context.close();
    }
  });

  it('the file is chosen with the app\'s own button ("hoặc chọn tệp…", ≥ 44 px, opens the file chooser), never the browser\'s "Choose File / No file chosen"', async () => {
    const { context, page } = await newPage(browser, { phone });
    try {
      await openApp(page, '?tab=import');
      const button = page.locator('[data-testid="import-dropzone"] label');
      expect(await button.textContent()).toBe('hoặc chọn tệp…');
      expect((await button.boundingBox())!.height).toBeGreaterThanOrEqual(44);
      expect((await page.getByTestId('import-file-input').boundingBox())!.width).toBeLessThanOrEqual(1);
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), button.click()]);
      await chooser.setFiles({ name: 'PCI-2019-VCCI.xlsx', mimeType: XLSX_TYPE, buffer: Buffer.from(full) });
      await page.getByTestId('import-mapping').waitFor();
      expect(await pageWidth(page)).toBeLessThanOrEqual(width);
    } finally {
      await context.close();
    }
  });

  it('a table with 5 bad rows: the good figures are imported, and after a reload the saved import still lists the 5 rows left out with their places', async () => {
    const { context, page } = await newPage(browser, { phone });
    try {
      await openApp(page, '?tab=import&index=PCI&year=2021');
      await page.getByTestId('import-file-input').setInputFiles(fileURLToPath(new URL('../fixtures/import/pci-2021-wide-errors.csv', import.meta.url)));
      await page.getByTestId('import-check').click();
      await page.getByTestId('import-left-out').waitFor();
      await page.getByTestId('import-confirm').click();
      await page.getByTestId('import-saved-message').waitFor();
      await openApp(page, '?tab=import');
      const kept = page.getByTestId('import-saved-left-out');
      await kept.waitFor();
      expect(await kept.locator('summary').textContent()).toBe('5 dòng có lỗi chưa được nhập — sửa theo vị trí rồi nhập lại các dòng đó');
      expect((await kept.locator('summary').boundingBox())!.height).toBeGreaterThanOrEqual(44);
      await kept.locator('summary').click();
      const rows = await kept.locator('li').allTextContents();
      expect(rows).toHaveLength(5);
      expect(rows[0]).toBe('pci-2021-wide-errors.csv: dòng 3, cột 4 Điểm "#VALUE!" không phải là số');
      expect(await pageWidth(page)).toBeLessThanOrEqual(width);
      await kept.screenshot({ path: join(artifactDir(), `import-saved-left-out-${width}.png`) });
    } finally {
      await context.close();
    }
  });

  it('one changed figure shows exactly 1 difference: Quảng Ninh · Tiếp cận đất đai, 7,00 (rank 27) loaded and 7,4965 in the new table, the choice on screen', async () => {
    const { context, page } = await newPage(browser, { phone });
    try {
      await openApp(page, '?tab=import');
      await chooseFile(page, oneChanged, 'PCI-2019-VCCI.xlsx');
      await page.getByTestId('import-check').click();
      await page.getByTestId('import-summary').waitFor();
      expect(await page.getByTestId('import-summary').textContent()).toBe('10 mới; 330 giống nhau — bảng mới có nhiều chữ số hơn, giữ bảng mới; 1 khác');
      const items = page.getByTestId('import-difference');
      expect(await items.count()).toBe(1);
      const item = items.first();
      expect(await item.locator('.difference-what').textContent()).toBe('Quảng Ninh · Tiếp cận đất đai · 2019');
      expect(await item.locator('[data-col="old"]').textContent()).toBe('7,00 (hạng 27)');
      expect(await item.locator('[data-col="new"]').textContent()).toBe('7,4965');
      expect(await item.textContent()).toContain('PCI 2019!D6');
      for (const part of [item.locator('[data-col="old"]'), item.locator('[data-col="new"]'), item.locator('select')]) {
        const box = await part.boundingBox();
        expect(box && box.x >= 0 && box.x + box.width <= width).toBe(true);
      }
      expect(await pageWidth(page)).toBeLessThanOrEqual(width);
      // Default: the loaded figure stays for a real difference; the 330 finer ones are taken.
      expect(await page.getByTestId('import-confirm').textContent()).toBe('Nhập: 340 số liệu đưa vào dữ liệu');
      await item.locator('select').selectOption('take');
      expect(await page.getByTestId('import-confirm').textContent()).toBe('Nhập: 341 số liệu đưa vào dữ liệu');
    } finally {
      await context.close();
    }
  });
});
