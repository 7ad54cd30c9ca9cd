/**
 * Down to the indicators, desktop and 390×844: from the profile, a sub-index opens its indicators with the value,
 * national median, best province, rank and change.
 * - PAPI: real published sub-dimension figures (Quảng Ninh 2016, participation).
 * - PCI: VCCI's base-indicator workbooks could not be read on this machine, so the PCI journey imports a LAYOUT
 *   FIXTURE workbook (tests/fixtures/indicatorWorkbook.ts: the real PCI 2015/2016 sub-index scores, indicator values
 *   NOT published figures) through the view's import, then checks the order the fixture's formulas keep.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, newPage, openApp, tempDir } from './browser';
import { writeFixtures } from '../fixtures/indicatorWorkbook';

let browser: Browser;
let fixtures: string;
beforeAll(async () => {
  browser = await launch();
  fixtures = tempDir();
  await writeFixtures(fixtures);
});
afterAll(async () => {
  await browser?.close();
});

const cells = (page: Page, label: string) =>
  page
    .getByTestId('indicators-table')
    .locator('tbody tr', { hasText: label })
    .first()
    .locator('td')
    .allInnerTexts();

for (const phone of [undefined, { width: 390, height: 844 }]) {
  const screen = phone ? '390×844' : 'desktop';
  describe(`indicators (${screen})`, () => {
    it('PAPI 2016 Quảng Ninh: profile → participation → civic knowledge 0,91, median 1,05, best Bắc Giang 1,50, 57/63, −0,18 since 2015', async () => {
      const { page, context } = await newPage(browser, { phone });
      await openApp(page, '?tab=profile&index=PAPI&year=2016&province=22');
      // By keyboard (the profile's charts keep redrawing on a busy phone: focus + Enter does not wait for them to settle).
      await page.getByTestId('open-indicators-participation').focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.url()).toContain('tab=indicators');
      expect(page.url()).toContain('component=participation');
      await page.getByTestId('indicators-table').waitFor();
      const row = await cells(page, 'Tri thức công dân');
      expect(row.slice(1, 6).map((c) => c.replace(/\s+/g, ' ').trim())).toEqual(['0,91', '1,05', 'Bắc Giang: 1,50', '57/63', '−0,18 (so với 2015)']);
      const weak = await page.getByTestId('indicator-weak-item').allInnerTexts();
      expect(weak[0]).toContain('Đóng góp tự nguyện');
      expect(weak[0]).toContain('Hạng 63/63');
      // The permalink opens the same view.
      const { page: again } = await newPage(browser, { phone });
      await openApp(again, '?tab=indicators&index=PAPI&year=2016&province=22&component=participation');
      // The view's code and the figures load on demand: wait for the row, then read it.
      await expect.poll(async () => (await cells(again, 'Tri thức công dân'))[4], { timeout: 30_000 }).toBe('57/63');
      if (phone) expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
      await again.context().close();
      await context.close();
    });

    it('PCI 2016 Quảng Ninh, land access: an imported indicator workbook (layout fixture) → rank by direction, median, best, change', async () => {
      const { page, context } = await newPage(browser, { phone });
      await openApp(page, '?tab=profile&index=PCI&year=2016&province=22');
      await page.getByTestId('open-indicators-land_access').focus();
      await page.keyboard.press('Enter');
      await page.getByTestId('indicators-none').waitFor();
      await page.getByTestId('indicator-file').setInputFiles(join(fixtures, 'pci-indicators-LAYOUT-FIXTURE-2015.xlsx'));
      await expect.poll(() => page.getByTestId('indicator-books').innerText(), { timeout: 30_000 }).toContain('PCI 2015');
      await page.getByTestId('indicator-file').setInputFiles(join(fixtures, 'pci-indicators-LAYOUT-FIXTURE-2016.xlsx'));
      await expect.poll(() => page.getByTestId('indicator-books').innerText(), { timeout: 30_000 }).toContain('PCI 2016');
      await page.getByTestId('indicators-table').waitFor();
      const lurc = await cells(page, 'Giấy chứng nhận quyền sử dụng đất');
      expect(lurc[4]).toBe('19/63'); // Quảng Ninh's land access 2016 is 19th of 63; the fixture keeps that order
      expect(lurc[5]).toContain('so với 2015');
      const days = await cells(page, 'Số ngày chờ đợi');
      expect(days[0]).toContain('thấp hơn là tốt hơn');
      expect(days[4]).toBe('19/63');
      expect(days[5]).toContain('không có kỳ trước so sánh được'); // the label changed in 2016
      expect(days[6]).toMatch(/^ít hơn [\d,]+ ngày$/);
      if (phone) expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
      await context.close();
    });
  });
}
