/**
 * Editions as published (issue 21), end to end in Chromium:
 * - a unit the publisher did not rank says so with the reason, and offers no import (PAPI 2023 Quảng Ninh; PAPI 2024
 *   Vĩnh Phúc, the newest edition);
 * - the rank table of a PAPI edition shows the groups PAPI printed (2022: Quảng Ninh in the best group).
 * Views photographed at desktop width and at 390×844 into .test-results/.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { artifactDir, newPage, openApp, launch } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function shoot(page: Page, name: string) {
  await page.screenshot({ path: join(artifactDir(), `editions-${name}-desktop.png`), fullPage: false });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(200);
  await page.screenshot({ path: join(artifactDir(), `editions-${name}-390.png`), fullPage: false });
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('editions as published', () => {
  it('Quảng Ninh, PAPI 2023: "không được xếp hạng trong PAPI 2023" with the reason, and no Import button', async () => {
    const { page } = await newPage(browser);
    await openApp(page, '?tab=profile&index=PAPI&year=2023&province=22');
    const notice = page.getByTestId('landing-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('Quảng Ninh không được xếp hạng trong PAPI 2023: không có dữ liệu do kết quả khảo sát vượt giá trị sai số cho phép trong thống kê.');
    expect(await page.getByTestId('landing-import').count()).toBe(0);
    await shoot(page, 'not-ranked');
  });

  it('Vĩnh Phúc, PAPI 2024 (the newest edition): not ranked, no stated reason found — said so, no Import button', async () => {
    const { page } = await newPage(browser);
    await openApp(page, '?tab=profile&index=PAPI&province=26&lang=en');
    const notRanked = page.getByTestId('landing-not-ranked');
    await notRanked.waitFor();
    expect(await notRanked.textContent()).toContain('not ranked in PAPI 2024: no stated reason found');
    expect(await page.getByTestId('landing-import').count()).toBe(0);
  });

  it('PAPI 2022 rank table: Quảng Ninh 1st in "Nhóm đạt điểm cao nhất" (the group PAPI printed, 43.44–47.88)', async () => {
    const { page } = await newPage(browser);
    await openApp(page, '?tab=rankings&index=PAPI&year=2022&province=22');
    const row = page.locator('tr', { hasText: 'Quảng Ninh' }).first();
    await row.waitFor();
    expect(await row.textContent()).toContain('Nhóm đạt điểm cao nhất');
    await shoot(page, 'papi-2022-groups');
  });
});
