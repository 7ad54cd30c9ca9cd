/**
 * Issue 17 (names, messages, phone), end to end at desktop and on a phone (390×844, checked at 360 and 430 too):
 * - VCCI's PCI 2016 workbook with Đắk Lắk printed "Đắc Lắc" (a listed older spelling) imports without a question,
 *   the checks telling once, before confirming, "“Đắc Lắc” → Đắk Lắk (cách viết cũ)" (vi and en), and Đắk Lắk's figure (58.623993, rank 28: data/scores/pci-2005-2016-vcci-workbooks.csv) is in the saved import;
 * - the same table pasted with Quảng Ninh printed "Quảng Nình" asks "Có phải Quảng Ninh?"; the user confirms and
 *   the row imports; pasting the table again keeps the fixes (the column left out, the province confirmed);
 * - a pasted letter says no table was found, with no form to fill;
 * - at every step the page is no wider than the screen.
 * Fixtures: tests/fixtures/tables.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { artifactDir, launch, newPage, openApp, pageWidth } from './browser';
import { pci2019FullPrecisionWorkbook, pciHtmlTable, pciWorkbook } from '../fixtures/tables';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
let browser: Browser;
let workbook: Uint8Array;
let changed: Uint8Array;
beforeAll(async () => {
  workbook = await pciWorkbook({ printed: { 'Đắk Lắk': 'Đắc Lắc' } });
  changed = await pci2019FullPrecisionWorkbook({ change: { province: 'Quảng Ninh', component: 'land_access', by: 0.5 }, printed: { 'Quảng Ninh': 'Quảng Nình' } });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const screens = [
  { name: 'desktop', phone: undefined, width: 1280 },
  { name: 'phone', phone: { width: 390, height: 844 }, width: 390 },
];


/** The page fits the screen; on a phone at 390, 360 and 430 px. A screenshot of the step at the screen's width. */
async function fits(page: Page, width: number, step: string, screen: string): Promise<void> {
  await page.screenshot({ path: join(artifactDir(), `import-names-${screen}-${step}.png`), fullPage: true });
  if (width > 430) {
    expect(await pageWidth(page), step).toBeLessThanOrEqual(width);
    return;
  }
  for (const w of [390, 360, 430]) {
    await page.setViewportSize({ width: w, height: 844 });
    await page.waitForTimeout(150);
    expect(await pageWidth(page), `${step} at ${w} px`).toBeLessThanOrEqual(w);
  }
  await page.setViewportSize({ width: 390, height: 844 });
}

/** A part of the page lies within the screen's width ("inside"), else where it lies. */
async function within(page: Page, selector: string, width: number): Promise<string> {
  const box = await page.locator(selector).first().boundingBox();
  return box && box.x >= 0 && box.x + box.width <= width ? 'inside' : `${selector} at ${JSON.stringify(box)}`;
}

async function paste(page: Page, data: { html?: string; text?: string }) {
  await page.getByTestId('import-paste').evaluate((box, d) => {
    const clip = new DataTransfer();
    if (d.html) clip.setData('text/html', d.html);
    clip.setData('text/plain', d.text ?? 'ignored');
    box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: clip, bubbles: true, cancelable: true }));
  }, data);
}

describe.each(screens)('province names as people write them — $name', ({ name: screen, phone, width }) => {
  it('"Đắc Lắc" in VCCI\'s PCI 2016 workbook imports without a question; the saved import holds Đắk Lắk 58.623993 (rank 28)', async () => {
    const { context, page } = await newPage(browser, { phone });
    try {
      await openApp(page, '?tab=import');
      await fits(page, width, '1-choose', screen);
      await page.getByTestId('import-file-input').setInputFiles({ name: 'PCI-2016.xlsx', mimeType: XLSX_TYPE, buffer: Buffer.from(workbook) });
      await page.getByTestId('import-mapping').waitFor();
      // The meaning of every column can be reached on the screen.
      await fits(page, width, '2-mapping', screen);
      expect(await within(page, '[data-testid="map-col-15"]', width)).toBe('inside');
      await page.getByTestId('import-check').click();
      await page.getByTestId('import-preview').waitFor();
      expect(await page.getByTestId('import-unit-names').count()).toBe(0);
      expect(await page.getByTestId('import-unchanged').textContent()).toContain('693');
      expect(await page.locator('[data-severity="error"]').count()).toBe(0);
      // Not a question, but not silent either: the checks say what was read as what, once per name, with its place.
      const readAs = page.getByTestId('import-spellings-read');
      expect(await readAs.locator('h3').textContent()).toBe('Tên viết khác đã hiểu');
      const dakLak = readAs.locator('[data-written="Đắc Lắc"]');
      expect(await dakLak.count()).toBe(1);
      expect(await dakLak.getByTestId('import-spelling-text').textContent()).toBe('“Đắc Lắc” → Đắk Lắk (cách viết cũ)');
      expect(await dakLak.textContent()).toMatch(/\(1 dòng, đầu tiên ở .*PCI 2016.*\)/);
      // Names as the catalogue writes them are not told; nothing here is a warning or blocks the import.
      expect(await readAs.locator('[data-written="Quảng Ninh"]').count()).toBe(0);
      expect(await page.locator('[data-testid="import-problems"] li', { hasText: 'Đắc Lắc' }).count()).toBe(0);
      expect(await page.getByTestId('import-confirm').isEnabled()).toBe(true);
      await dakLak.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(artifactDir(), `import-names-${screen}-3-spellings.png`) });
      await page.getByRole('button', { name: 'English' }).click();
      expect(await readAs.locator('h3').textContent()).toBe('Names read from another spelling');
      expect(await dakLak.getByTestId('import-spelling-text').textContent()).toBe('“Đắc Lắc” → Dak Lak (older spelling)');
      await page.getByRole('button', { name: 'Tiếng Việt' }).click();
      await fits(page, width, '3-checks', screen);
      await page.getByTestId('import-confirm').click();
      await page.getByTestId('import-saved-message').waitFor();
      await fits(page, width, '4-saved', screen);
      const download = page.waitForEvent('download');
      await page.getByTestId('import-saved-item').first().getByRole('button', { name: 'Tải CSV' }).click();
      const csv = readFileSync((await (await download).path())!, 'utf8');
      expect(csv).toContain('PCI,2016,Đắk Lắk,total,58.623993,28,Khá');
      expect(csv).not.toContain('Đắc Lắc');
    } finally {
      await context.close();
    }
  });

  it('"Quảng Nình" asks "Có phải Quảng Ninh?"; confirmed, the row imports; pasting the table again keeps the fixes', async () => {
    const { context, page } = await newPage(browser, { phone });
    try {
      await openApp(page, '?tab=import');
      const html = `<meta charset="utf-8">${pciHtmlTable({ printed: { 'Quảng Ninh': 'Quảng Nình' } })}`;
      await paste(page, { html });
      await page.getByTestId('import-mapping').waitFor();
      await page.getByTestId('import-index').selectOption('PCI');
      await page.getByTestId('import-year').fill('2016');
      // A fix by hand: the rank column left out (remembered with the table).
      await page.getByTestId('map-col-14').selectOption('ignore');
      await page.getByTestId('import-check').click();
      const names = page.getByTestId('import-unit-names');
      await names.waitFor();
      expect(await page.getByTestId('import-unit-name').getAttribute('data-written')).toBe('Quảng Nình');
      expect(await page.getByTestId('import-unit-guess').textContent()).toBe('Có phải Quảng Ninh?');
      expect(await page.getByTestId('import-unit-confirm').textContent()).toBe('Đúng, là Quảng Ninh');
      expect(await page.locator('[data-code="unit-guess"]').textContent()).toContain('Có phải Quảng Ninh? "Quảng Nình" gần giống Quảng Ninh');
      // The other 62 provinces are read (11 figures each), Quảng Ninh's row waits.
      expect(await page.getByTestId('import-unchanged').textContent()).toContain('682');
      expect(await within(page, '[data-testid="import-unit-confirm"]', width)).toBe('inside');
      expect(await within(page, '[data-testid="import-unit-pick"]', width)).toBe('inside');
      await fits(page, width, '5-guess', screen);
      await page.getByTestId('import-unit-confirm').click();
      await expect.poll(() => page.getByTestId('import-unit-names').count()).toBe(0);
      await page.getByTestId('import-preview').waitFor();
      expect(await page.getByTestId('import-unchanged').textContent()).toContain('693');
      expect(await page.locator('[data-severity="error"]').count()).toBe(0);
      expect(await page.locator('[data-code="unit-picked"]').textContent()).toContain('"Quảng Nình" được nhập là Quảng Ninh theo lựa chọn của người dùng');
      await fits(page, width, '6-confirmed', screen);
      await page.getByTestId('import-confirm').click();
      await page.getByTestId('import-saved-message').waitFor();

      // The same table again (re-pasted): the column left out and the province confirmed are kept.
      await paste(page, { html });
      await page.getByTestId('import-mapping').waitFor();
      expect(await page.getByTestId('import-index').inputValue()).toBe('PCI');
      expect(await page.getByTestId('import-year').inputValue()).toBe('2016');
      expect(await page.getByTestId('map-col-14').inputValue()).toBe('ignore');
      await page.getByTestId('import-check').click();
      await page.getByTestId('import-preview').waitFor();
      expect(await page.getByTestId('import-unit-names').count()).toBe(0);
      expect(await page.getByTestId('import-unchanged').textContent()).toContain('693');

      // Another day (the page opened again): the pick is still remembered.
      await openApp(page, '?tab=import');
      await paste(page, { html });
      await page.getByTestId('import-mapping').waitFor();
      await page.getByTestId('import-index').selectOption('PCI');
      await page.getByTestId('import-year').fill('2016');
      await page.getByTestId('import-check').click();
      await page.getByTestId('import-preview').waitFor();
      expect(await page.getByTestId('import-unit-names').count()).toBe(0);
      expect(await page.locator('[data-code="unit-picked"]').count()).toBe(1);
    } finally {
      await context.close();
    }
  });

  it('a pasted letter ("Kính gửi các đồng chí…") says no table was found, with no form to fill', async () => {
    const { context, page } = await newPage(browser, { phone });
    try {
      await openApp(page, '?tab=import');
      await paste(page, { text: 'Kính gửi các đồng chí,\nSở Kế hoạch và Đầu tư trân trọng gửi kết quả PCI năm 2023 để các đơn vị nghiên cứu, triển khai.\nTrân trọng./.\n' });
      const problem = page.locator('[data-code="no-table"]');
      await problem.waitFor();
      expect(await problem.textContent()).toContain('Không tìm thấy bảng theo tỉnh/thành nào');
      expect(await problem.textContent()).not.toMatch(/:0:0|toàn tệp/);
      expect(await page.getByTestId('import-mapping').count()).toBe(0);
      expect(await page.getByTestId('import-shape').count()).toBe(0);
      await fits(page, width, '7-letter', screen);
    } finally {
      await context.close();
    }
  });

  it('a near miss in a workbook, confirmed, then its one real difference: old value, new value and the choice on the screen at every width', async () => {
    const { context, page } = await newPage(browser, { phone });
    try {
      await openApp(page, '?tab=import');
      await page.getByTestId('import-file-input').setInputFiles({ name: 'PCI-2019-VCCI.xlsx', mimeType: XLSX_TYPE, buffer: Buffer.from(changed) });
      await page.getByTestId('import-check').click();
      await page.getByTestId('import-unit-names').waitFor();
      expect(await page.getByTestId('import-unit-name').first().textContent()).toContain('PCI 2019!B');
      await page.getByTestId('import-unit-confirm').click();
      await expect.poll(() => page.getByTestId('import-unit-names').count()).toBe(0);
      await page.getByTestId('import-summary').waitFor();
      expect(await page.getByTestId('import-summary').textContent()).toBe('10 mới; 330 giống nhau — bảng mới có nhiều chữ số hơn, giữ bảng mới; 1 khác');
      const item = page.getByTestId('import-difference');
      expect(await item.count()).toBe(1);
      expect(await item.locator('[data-col="old"]').textContent()).toBe('7,00 (hạng 27)');
      expect(await item.locator('[data-col="new"]').textContent()).toBe('7,4965');
      for (const w of width > 430 ? [width] : [390, 360, 430]) {
        if (width <= 430) await page.setViewportSize({ width: w, height: 844 });
        for (const part of ['[data-testid="import-difference"] [data-col="old"]', '[data-testid="import-difference"] [data-col="new"]', '[data-testid="import-difference"] select']) {
          expect(await within(page, part, w), `${part} at ${w} px`).toBe('inside');
        }
      }
      if (width <= 430) await page.setViewportSize({ width: 390, height: 844 });
      await fits(page, width, '8-difference', screen);
      await item.locator('select').selectOption('take');
      expect(await page.getByTestId('import-confirm').textContent()).toBe('Nhập: 341 số liệu đưa vào dữ liệu');
      await page.getByTestId('import-confirm').click();
      await page.getByTestId('import-saved-message').waitFor();
      expect(await page.getByTestId('import-saved-applied').first().textContent()).toBe('341 số liệu đưa vào dữ liệu');
      await fits(page, width, '9-confirmed', screen);
    } finally {
      await context.close();
    }
  });

  it('a workbook cut short says it is damaged and what to do, with its file name and no library words or "0:0"', async () => {
    const { context, page } = await newPage(browser, { phone });
    try {
      await openApp(page, '?tab=import');
      await page.getByTestId('import-file-input').setInputFiles({ name: 'PCI-2016.xlsx', mimeType: XLSX_TYPE, buffer: Buffer.from(workbook.slice(0, Math.floor(workbook.length / 2))) });
      const problem = page.locator('[data-code="unreadable-spreadsheet"]');
      await problem.waitFor();
      expect(await problem.textContent()).toBe('PCI-2016.xlsx lỗi: Tệp bảng tính bị hỏng hoặc chưa lưu trọn, nên không đọc được: hãy mở bằng Excel (hoặc LibreOffice) và lưu lại, hoặc xuất bảng ra CSV UTF-8 rồi nhập tệp đó');
      await fits(page, width, '10-damaged', screen);
    } finally {
      await context.close();
    }
  });
});
