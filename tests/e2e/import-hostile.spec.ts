/**
 * Hostile workbooks in the app (issue 22): each ends with its figures or one located message, and the worker
 * then reads the next good workbook. Fixtures: tests/fixtures/hostileWorkbooks.ts (a few KB each).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch, newPage, openApp } from './browser';
import { hostileWorkbooks } from '../fixtures/hostileWorkbooks';
import { pciWorkbook } from '../fixtures/tables';

async function dropBytes(page: Page, bytes: Uint8Array, name: string) {
  await page.getByTestId('import-dropzone').evaluate(
    (zone, { data, name }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([Uint8Array.from(atob(data), (c) => c.charCodeAt(0))], name));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    { data: Buffer.from(bytes).toString('base64'), name },
  );
}

const books = hostileWorkbooks();
let browser: Browser;
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
  browser = await launch();
  ({ context, page } = await newPage(browser));
  await openApp(page, '?tab=import');
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe('hostile workbooks end with a message or their figures, and the next file reads', () => {
  it('a cell at XFD1048576: the table is read (5 data rows), not the declared 17 billion cells', async () => {
    await dropBytes(page, books['far-cell.xlsx'], 'far-cell.xlsx');
    await page.getByTestId('import-mapping').waitFor();
    expect(await page.getByTestId('import-shape').textContent()).toContain('5 dòng dữ liệu');
  });

  it.each([
    ['ods-repeat-bomb.ods', 'workbook-limit', 'số ô có dữ liệu'],
    ['whitespace-400mb.xlsx', 'workbook-limit', 'dung lượng sau khi giải nén'],
    ['shared-string-300mb.xlsx', 'workbook-limit', 'dung lượng sau khi giải nén'],
    ['formulas-without-values.xlsx', 'formula-without-value', '(C2, C3, C4)'],
  ])('%s: one error (%s) saying "%s"', async (name, code, words) => {
    await dropBytes(page, books[name], name);
    const error = page.locator(`[data-testid="import-problems"] li[data-code="${code}"]`);
    await error.waitFor();
    expect(await error.textContent()).toContain(words);
    expect(await page.locator('[data-testid="import-problems"] li[data-severity="error"]').count()).toBe(1);
  });

  it('then the PCI 2016 workbook reads: 63 data rows', async () => {
    await dropBytes(page, await pciWorkbook(), 'bang-xep-hang.xlsx');
    await page.getByTestId('import-mapping').waitFor();
    expect(await page.getByTestId('import-shape').textContent()).toContain('63 dòng dữ liệu');
  });
});
