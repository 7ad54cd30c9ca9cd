/**
 * Published tables as people receive them, end to end in Chromium: a workbook laid out as VCCI's are
 * (notes sheet, title rows, merged two-row header, footnotes), the same workbook with a bad cell, a
 * two-page PDF annex with decimal commas, and a web table pasted with Ctrl+V. Fixtures are generated
 * from the shipped PCI 2016 figures (tests/fixtures/tables.ts) and the PCI 2021 table from pcivietnam.vn
 * (tests/fixtures/import/pci-2021-wide-vi.csv).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { artifactDir, launch, newPage, openApp } from './browser';
import { pciAnnexHtml, pciWorkbook, printPdf } from '../fixtures/tables';

const cell = (page: Page, unit: string, col = 'value') => page.locator(`[data-testid="rank-table"] tr[data-key="${unit}"] td[data-col="${col}"]`);

/** Drop bytes the way a browser does: a File in a DataTransfer on the drop zone. */
async function dropBytes(page: Page, bytes: Uint8Array, name: string, type: string) {
  await page.getByTestId('import-dropzone').evaluate(
    (zone, { data, name, type }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], name, { type }));
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    { data: [...bytes], name, type },
  );
}

async function removeAllImports(page: Page) {
  while ((await page.getByTestId('import-saved-item').count()) > 0) {
    const before = await page.getByTestId('import-saved-item').count();
    await page.getByTestId('import-remove').first().click();
    await page.getByTestId('import-remove-confirm').click();
    await expect.poll(() => page.getByTestId('import-saved-item').count()).toBe(before - 1);
  }
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
let browser: Browser;
let context: BrowserContext;
let page: Page;
let workbook: Uint8Array;
let badWorkbook: Uint8Array;
let annex: Uint8Array;
beforeAll(async () => {
  [workbook, badWorkbook, annex] = await Promise.all([pciWorkbook(), pciWorkbook({ badCell: true }), printPdf(pciAnnexHtml())]);
  browser = await launch();
  ({ context, page } = await newPage(browser));
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe('an Excel workbook laid out as VCCI publishes PCI 2016', () => {
  it('the table sheet is chosen over the notes sheet, the header found under the title, every column matched', async () => {
    await openApp(page, '?tab=import');
    await dropBytes(page, workbook, 'bang-xep-hang.xlsx', XLSX_TYPE);
    await page.getByTestId('import-mapping').waitFor();
    expect(await page.getByTestId('import-sheet').inputValue()).toBe('PCI 2016');
    expect(await page.getByTestId('import-sheet').locator('option').allTextContents()).toEqual(['Ghi chú (0 dòng tỉnh/thành)', 'PCI 2016 (63 dòng tỉnh/thành)']);
    // The edition comes from the sheet name and the title row: the file name says nothing.
    expect(await page.getByTestId('import-index').inputValue()).toBe('PCI');
    expect(await page.getByTestId('import-year').inputValue()).toBe('2016');
    const meaning = (col: number) => page.getByTestId(`map-col-${col}`).inputValue();
    expect(await page.locator('[data-column="3"] th').textContent()).toBe('Chỉ số thành phần — 1. Gia nhập thị trường');
    expect([await meaning(1), await meaning(2), await meaning(3), await meaning(12), await meaning(13), await meaning(14), await meaning(15)]).toEqual([
      'ignore', 'province', 'c:entry_costs', 'c:legal_institutions', 'c:total', 'rank', 'tier',
    ]);
  });

  it('checked: footnotes and STT left out with notices in sheet terms; all 693 figures equal the shipped ones at full precision', async () => {
    await page.getByTestId('import-check').click();
    await page.getByTestId('import-preview').waitFor();
    const places = await page.locator('[data-testid="import-problems"] li[data-code="footnote-row"] [data-testid="problem-place"]').allTextContents();
    expect(places).toEqual(['bang-xep-hang.xlsx: PCI 2016!70:70', 'bang-xep-hang.xlsx: PCI 2016!71:71']);
    expect(await page.locator('[data-testid="import-problems"] li[data-severity="error"]').count()).toBe(0);
    // 70.001396 (Đà Nẵng), not the 70.00 the cell shows: every figure matches the shipped VCCI data exactly.
    expect(await page.getByTestId('import-unchanged').textContent()).toContain('693');
    expect(await page.getByTestId('import-replaced').textContent()).toContain('0');
    await page.screenshot({ path: `${artifactDir()}/import-xlsx.png`, fullPage: true });
  });

  it('a workbook with a bad cell: that row is left out and listed, the error naming sheet and cell: PCI 2016!M12; the other 682 figures can be imported', async () => {
    await dropBytes(page, badWorkbook, 'PCI-2016-loi.xlsx', XLSX_TYPE);
    await page.getByTestId('import-mapping').waitFor();
    await page.getByTestId('import-check').click();
    await page.getByTestId('import-left-out').waitFor();
    expect(await page.getByTestId('import-left-out').textContent()).toContain('1 dòng có lỗi (1 lỗi) sẽ chưa được nhập; 682 số liệu đọc được vẫn nhập được.');
    const errors = page.locator('[data-testid="import-problems"] li[data-severity="error"]');
    expect(await errors.count()).toBe(1);
    expect(await errors.first().textContent()).toBe('PCI-2016-loi.xlsx: PCI 2016!M12 lỗi: Điểm "6x,1" không phải là số');
    expect(await page.getByTestId('import-confirm').count()).toBe(1);
  });
});

describe('a two-page PDF annex with decimal commas', () => {
  it('63 provinces read across the page break, the repeated header left out: all 693 figures equal the published ones as printed', async () => {
    await openApp(page, '?tab=import');
    await dropBytes(page, annex, 'phu-luc-PCI-2016.pdf', 'application/pdf');
    await page.getByTestId('import-mapping').waitFor();
    expect(await page.getByTestId('import-year').inputValue()).toBe('2016');
    expect(await page.getByTestId('import-shape').textContent()).toContain('63 dòng dữ liệu');
    await page.getByTestId('import-check').click();
    await page.getByTestId('import-preview').waitFor();
    const repeated = page.locator('[data-testid="import-problems"] li[data-code="repeated-header"] [data-testid="problem-place"]');
    expect(await repeated.textContent()).toBe('phu-luc-PCI-2016.pdf: trang 2, dòng 1');
    expect(await page.locator('[data-testid="import-problems"] li[data-severity="error"]').count()).toBe(0);
    // "70,00", "52,99" … read with their decimal commas equal the shipped VCCI figures as published (2 decimals).
    expect(await page.getByTestId('import-unchanged').textContent()).toContain('693');
    expect(await page.getByTestId('import-added').textContent()).toContain('0');
    expect(await page.getByTestId('import-replaced').textContent()).toContain('0');
    await page.screenshot({ path: `${artifactDir()}/import-pdf.png`, fullPage: true });
  });
});

describe('a web table pasted with Ctrl+V', () => {
  it('the PCI 2021 table from pcivietnam.vn, pasted as HTML, lands in the rank table: Bắc Giang 64,74', async () => {
    await openApp(page, '?tab=import');
    await removeAllImports(page);
    const csv = readFileSync(fileURLToPath(new URL('../fixtures/import/pci-2021-wide-vi.csv', import.meta.url)), 'utf8').trim().split('\n');
    const html = `<meta charset="utf-8"><table><tbody>${csv.map((line, i) => `<tr>${line.split(';').map((c) => (i === 0 ? `<th>${c}</th>` : `<td>${c}</td>`)).join('')}</tr>`).join('')}</tbody></table>`;
    await page.getByTestId('import-paste').evaluate((box, html) => {
      const data = new DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', 'ignored');
      box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, html);
    await page.getByTestId('import-mapping').waitFor();
    await page.getByTestId('import-index').selectOption('PCI');
    await page.getByTestId('import-year').fill('2021');
    expect(await page.getByTestId('map-col-13').inputValue()).toBe('c:total');
    await page.getByTestId('import-check').click();
    await page.getByTestId('import-preview').waitFor();
    expect(await page.getByTestId('import-added').textContent()).toContain('88');
    await page.getByTestId('import-confirm').click();
    await page.getByTestId('import-saved-message').waitFor();
    await openApp(page, '?tab=rankings&index=PCI&year=2021');
    await expect.poll(() => cell(page, '24').textContent()).toBe('64,74');
    expect(await cell(page, '22').textContent()).toBe('73,02');
  });

  it('cleans up: the pasted import removed, PCI 2021 without Bắc Giang again', async () => {
    await openApp(page, '?tab=import');
    await expect.poll(() => page.getByTestId('import-saved-item').count()).toBe(1);
    await removeAllImports(page);
    await openApp(page, '?tab=rankings&index=PCI&year=2021');
    await expect.poll(() => cell(page, '22').textContent()).toBe('73,02');
    const noBacGiang = async () => (await cell(page, '24').count()) === 0 || (await cell(page, '24').textContent()) === '—';
    await expect.poll(noBacGiang).toBe(true);
  });
});
