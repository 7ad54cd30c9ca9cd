/**
 * Issue 17.2, a province's own index (DDCI): Hà Tĩnh's DDCI 2021 workbook laid out as the province prints it
 * (tests/fixtures/province/generate.ts, from https://ddcihatinh.vn/ho-so/bang-chi-so-thanh-phan) with Sở Tư pháp
 * printed "Sở Tư phap" (a tone mark off), at desktop and 390×844: the Import tab asks "Có phải Sở Tư pháp?" with the
 * provinces' picker (the same code), nothing is saved until it is answered; confirmed, all 170 figures save and
 * Sở Tư pháp ranks 7th of the 10 departments (68,2); read again, the workbook is taken with the pick, no question.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { asProvincePrintsWorkbook } from '../fixtures/province/generate';
import { artifactDir, launch, newPage, openApp, tempDir, pageWidth } from './browser';

const VIEW = '?tab=province&index=PCI&province=42';
let browser: Browser;
let path: string;
beforeAll(async () => {
  browser = await launch();
  path = join(tempDir(), 'DDCI-Ha-Tinh-2021-names.xlsx');
  writeFileSync(path, await asProvincePrintsWorkbook('xlsx', { names: { 'Sở Tư pháp': 'Sở Tư phap' } }));
});
afterAll(async () => {
  await browser?.close();
});

const screens = [
  { name: 'desktop', phone: undefined, width: 1280 },
  { name: 'phone', phone: { width: 390, height: 844 }, width: 390 },
];


async function choose(page: Page) {
  if ((await page.getByTestId('province-import').count()) === 0) {
    await page.getByTestId('province-import-link').click();
    await page.getByTestId('province-import').waitFor();
  }
  await page.getByTestId('import-file-input').setInputFiles(path);
}

describe.each(screens)("a near-miss department in Hà Tĩnh's DDCI workbook — $name", ({ name: screen, phone, width }) => {
  it('"Sở Tư phap" asks "Có phải Sở Tư pháp?"; confirmed, 170 figures save and Sở Tư pháp ranks 7*; read again, no question', async () => {
    const { context, page } = await newPage(browser, { phone });
    try {
      await openApp(page, VIEW);
      await choose(page);
      const names = page.getByTestId('import-unit-names');
      await names.waitFor();
      expect(await page.getByTestId('import-unit-name').count()).toBe(1);
      expect(await page.getByTestId('import-unit-name').getAttribute('data-written')).toBe('Sở Tư phap');
      expect(await page.getByTestId('import-unit-guess').textContent()).toBe('Có phải Sở Tư pháp?');
      expect(await page.getByTestId('import-unit-confirm').textContent()).toBe('Đúng, là Sở Tư pháp');
      expect(await page.getByTestId('import-unit-name').textContent()).toContain('DDCI 2021!B');
      expect(await page.locator('[data-code="local-unit-guess"]').textContent()).toContain('Có phải Sở Tư pháp? "Sở Tư phap" gần giống Sở Tư pháp');
      // The picker lists the province's departments and localities of 2021.
      const options = await page.getByTestId('import-unit-pick').locator('option').allTextContents();
      expect(options).toContain('Sở Kế hoạch và Đầu tư');
      expect(options).toContain('Huyện Cẩm Xuyên');
      expect(options).not.toContain('Sở Nông nghiệp và Môi trường');
      expect(await page.getByTestId('province-save').count()).toBe(0);
      expect(await pageWidth(page)).toBeLessThanOrEqual(width);
      await names.screenshot({ path: join(artifactDir(), `import-ddci-names-${screen}-asked.png`) });

      await page.getByTestId('import-unit-confirm').click();
      await expect.poll(() => page.getByTestId('import-unit-names').count()).toBe(0);
      await expect.poll(() => page.getByTestId('province-save').textContent()).toContain('170');
      expect(await page.locator('[data-code="unit-picked"]').textContent()).toContain('"Sở Tư phap" được nhập là Sở Tư pháp theo lựa chọn của người dùng');
      expect(await pageWidth(page)).toBeLessThanOrEqual(width);
      await page.screenshot({ path: join(artifactDir(), `import-ddci-names-${screen}-confirmed.png`), fullPage: true });

      // The same workbook read again: taken with the pick, no question.
      await choose(page);
      await expect.poll(() => page.getByTestId('province-save').textContent()).toContain('170');
      expect(await page.getByTestId('import-unit-names').count()).toBe(0);
      expect(await page.locator('[data-code="unit-picked"]').count()).toBe(1);

      await page.getByTestId('province-save').click();
      await expect.poll(() => page.getByTestId('province-saved').textContent()).toContain('DDCI 2021');
      await page.getByTestId('province-saved').getByRole('button').click();
      const departments = page.getByTestId('rank-department');
      await expect.poll(() => departments.locator('tbody tr').count()).toBe(10);
      expect(await departments.locator('tr[data-unit="42/so-tu-phap"] td').first().textContent()).toBe('7*');
      expect(await departments.locator('tr[data-unit="42/so-tu-phap"]').textContent()).toContain('68,2');
    } finally {
      await context.close();
    }
  });
});
