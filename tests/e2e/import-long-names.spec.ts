/**
 * Issue 17.2, names in a long score file (`index,year,province,component,score,rank,…`), end to end at desktop and
 * on a phone (390×844): PCI 2016's shipped rows (data/scores/pci-2005-2016-vcci-workbooks.csv) of Đắk Lắk printed
 * "Đắc Lắc" (a listed older spelling: read without a question), Quảng Ninh printed "Quảng Nình" (a near miss: asked,
 * never taken silently) and Hà Giang printed "Tỉnh Xyz" (unknown: its rows left out, listed). The good rows import;
 * the pick is kept when the same file is read again. The same picker and messages as a wide table's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { artifactDir, launch, newPage, openApp, pageWidth } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const shipped = readFileSync(new URL('../../data/scores/pci-2005-2016-vcci-workbooks.csv', import.meta.url), 'utf8').split('\n');
const PRINTED: Record<string, string> = { 'Đắk Lắk': 'Đắc Lắc', 'Quảng Ninh': 'Quảng Nình', 'Hà Giang': 'Tỉnh Xyz' };
const longCsv = [shipped[0], ...shipped.filter((l) => /^PCI,2016,(Quảng Ninh|Đắk Lắk|Hà Giang),/.test(l)).map((l) => l.replace(/^PCI,2016,([^,]+),/, (_, p: string) => `PCI,2016,${PRINTED[p]},`))].join('\n') + '\n';

const screens = [
  { name: 'desktop', phone: undefined, width: 1280 },
  { name: 'phone', phone: { width: 390, height: 844 }, width: 390 },
];


async function openFile(page: Page) {
  await page.getByTestId('import-file-input').setInputFiles({ name: 'pci-2016-long.csv', mimeType: 'text/csv', buffer: Buffer.from(longCsv) });
}

const name = (page: Page, written: string) => page.locator(`[data-testid="import-unit-name"][data-written="${written}"]`);

describe.each(screens)('names in a long score file — $name', ({ name: screen, phone, width }) => {
  it('"Đắc Lắc" imports; "Quảng Nình" asks and, confirmed, imports (65,595551, rank 2); "Tỉnh Xyz" left out and listed; the pick is kept when the file is read again', async () => {
    const { context, page } = await newPage(browser, { phone });
    try {
      await openApp(page, '?tab=import');
      await openFile(page);
      await page.getByTestId('import-unit-names').waitFor();
      // Asked once per name, not once per row: two names, eleven rows each.
      expect(await page.getByTestId('import-unit-name').count()).toBe(2);
      expect(await name(page, 'Quảng Nình').getByTestId('import-unit-guess').textContent()).toBe('Có phải Quảng Ninh?');
      expect(await name(page, 'Quảng Nình').textContent()).toContain('11 dòng, đầu tiên ở dòng');
      expect(await name(page, 'Tỉnh Xyz').textContent()).toContain('Không nhận ra tỉnh/thành "Tỉnh Xyz" cho năm 2016');
      expect(await page.locator('[data-code="unit-guess"]').first().textContent()).toContain('Có phải Quảng Ninh? "Quảng Nình" gần giống Quảng Ninh');
      // Đắk Lắk's eleven figures are read (the shipped ones: unchanged).
      expect(await page.getByTestId('import-unchanged').textContent()).toContain('11');
      expect(await pageWidth(page)).toBeLessThanOrEqual(width);
      await page.getByTestId('import-unit-names').screenshot({ path: join(artifactDir(), `import-long-names-${screen}-1-asked.png`) });

      await name(page, 'Tỉnh Xyz').getByTestId('import-unit-leave-out').click();
      await expect.poll(() => name(page, 'Tỉnh Xyz').getAttribute('data-left-out')).toBe('true');
      expect(await page.locator('[data-code="unit-left-out"]').count()).toBe(11);
      await name(page, 'Quảng Nình').getByTestId('import-unit-confirm').click();
      await expect.poll(() => name(page, 'Quảng Nình').count()).toBe(0);
      await page.getByTestId('import-preview').waitFor();
      expect(await page.locator('[data-severity="error"]').count()).toBe(0);
      expect(await page.locator('[data-code="unit-picked"]').count()).toBe(11);
      expect(await page.getByTestId('import-unchanged').textContent()).toContain('22');
      expect(await pageWidth(page)).toBeLessThanOrEqual(width);
      await page.screenshot({ path: join(artifactDir(), `import-long-names-${screen}-2-resolved.png`), fullPage: true });
      await page.getByTestId('import-confirm').click();
      await page.getByTestId('import-saved-message').waitFor();
      const download = page.waitForEvent('download');
      await page.getByTestId('import-saved-item').first().getByRole('button', { name: 'Tải CSV' }).click();
      const csv = readFileSync((await (await download).path())!, 'utf8');
      expect(csv).toContain('PCI,2016,Quảng Ninh,total,65.595551,2');
      expect(csv).toContain('PCI,2016,Đắk Lắk,total,58.623993,28');
      expect(csv).not.toContain('Hà Giang');
      expect(csv).not.toContain('Quảng Nình');

      // The same file read again: Quảng Nình is taken as picked (no question), Tỉnh Xyz stays left out.
      await openFile(page);
      await page.getByTestId('import-preview').waitFor();
      expect(await name(page, 'Quảng Nình').count()).toBe(0);
      expect(await name(page, 'Tỉnh Xyz').getAttribute('data-left-out')).toBe('true');
      expect(await page.locator('[data-code="unit-picked"]').count()).toBe(11);
      expect(await page.locator('[data-severity="error"]').count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
