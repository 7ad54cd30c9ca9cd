/**
 * The working group's analysis end to end in Chromium: "which three components cost us most, and who
 * improved most nationally" answered by keyboard alone; the rank table's base year, region filter,
 * missing provinces and method-break warning; the profile's honest partial-data notes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { artifactDir, launch, newPage, openApp } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Press Tab until the focused element matches, as a keyboard user would. */
async function tabUntil(page: Page, matches: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, matches)) return;
  }
  throw new Error(`Tab never reached ${matches}`);
}

async function focusedText(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.textContent ?? '');
}

describe('analysis by keyboard: which three components cost us most, and who improved most nationally', () => {
  it('Hà Nội PCI 2016: land access (0,82), informal charges (0,68), legal institutions (0,66); Bình Dương improved most (+21)', async () => {
    const { page, context } = await newPage(browser);
    await openApp(page, '?tab=rankings&index=PCI&year=2016');

    // Choose the province with the keyboard: focus its select and arrow to Hà Nội.
    await tabUntil(page, '[data-testid="select-province"]');
    await page.keyboard.press('Home');
    for (let i = 0; i < 70 && (await page.getByTestId('select-province').inputValue()) !== '01'; i++) await page.keyboard.press('ArrowDown');
    expect(await page.getByTestId('select-province').inputValue()).toBe('01');
    await expect.poll(() => page.url()).toContain('province=01');

    // To the profile: Shift+Tab back to the tab list, arrow right from "Bảng xếp hạng" to "Hồ sơ tỉnh".
    for (let i = 0; i < 20 && !(await page.evaluate(() => document.activeElement?.getAttribute('role') === 'tab')); i++) await page.keyboard.press('Shift+Tab');
    expect(await focusedText(page)).toBe('Bảng xếp hạng');
    await page.keyboard.press('ArrowRight');
    expect(await focusedText(page)).toBe('Hồ sơ tỉnh');
    await expect.poll(() => page.url()).toContain('tab=profile');

    const weak = page.getByTestId('weak-components');
    await expect.poll(() => weak.locator('.weak-list > li').count()).toBe(8);
    const top3 = await weak.locator('.weak-list > li').evaluateAll((items) =>
      items.slice(0, 3).map((li) => [li.querySelector('.weak-name')?.textContent, li.querySelector('.weak-cost')?.textContent]),
    );
    expect(top3).toEqual([
      ['Tiếp cận đất đai', 'mất 0,82 điểm tổng hợp'],
      ['Chi phí không chính thức', 'mất 0,68 điểm tổng hợp'],
      ['Thiết chế pháp lý & An ninh trật tự', 'mất 0,66 điểm tổng hợp'],
    ]);
    // Each flag names its rule and the numbers: land access is last of 63, 1,65 below the median 5,81.
    const landFlags = await weak.locator('.weak-list > li').first().locator('.weak-flags li').allTextContents();
    expect(landFlags).toEqual([
      'Nhóm cuối cả nước Hạng 63/63: thuộc 33% cuối (từ hạng 43), sâu 21 bậc',
      'Dưới trung vị cả nước Điểm 4,16 thấp hơn trung vị cả nước (5,81) 1,65 điểm',
    ]);

    // Who improved most nationally, in the profile.
    const improved = page.getByTestId('most-improved');
    expect(await improved.locator('li').first().getAttribute('data-key')).toBe('74');
    expect(await improved.locator('li').first().textContent()).toBe('Bình Dương: +21 bậc (25 → 4, +4,68)');

    // Why the rank moved: contributions add up to the composite change (+1,74).
    const move = page.getByTestId('rank-move');
    expect(await move.getByTestId('composite-change').textContent()).toBe('Thay đổi điểm tổng hợp: +1,74 · Hạng 24 → 14');
    expect(await move.locator('tr[data-component="labour_training"] td').last().textContent()).toBe('+1,04');
    await page.screenshot({ path: `${artifactDir()}/profile-pci-2016-ha-noi.png`, fullPage: true });

    // And in the rank table: back to the tab list, arrow left, then sort by rank change, descending, by keyboard.
    for (let i = 0; i < 200 && !(await page.evaluate(() => document.activeElement?.getAttribute('role') === 'tab')); i++) await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('ArrowLeft');
    expect(await focusedText(page)).toBe('Bảng xếp hạng');
    await page.waitForSelector('[data-testid="rank-table"]');
    await tabUntil(page, '[data-testid="rank-table"] th button');
    for (let i = 0; i < 12 && !(await focusedText(page)).startsWith('Thay đổi hạng'); i++) await page.keyboard.press('Tab');
    expect(await focusedText(page)).toContain('Thay đổi hạng (so với 2015)');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    const first = page.locator('[data-testid="rank-table"] tbody tr').first();
    await expect.poll(() => first.getAttribute('data-key')).toBe('74');
    expect(await first.locator('td[data-col="rankChange"]').textContent()).toBe('+21');
    expect(await first.locator('td[data-col="scoreChange"]').textContent()).toBe('+4,68');
    await context.close();
  });
});

describe('rank table: base year, region, missing provinces, method breaks', () => {
  it('base year and region live in the URL; Quảng Ninh PCI 2016 vs 2013 moved up 2 (4 → 2); the Red River Delta has 11 rows', async () => {
    const { page, context } = await newPage(browser);
    await openApp(page, '?tab=rankings&index=PCI&year=2016&province=22');
    await page.getByTestId('select-base').selectOption('2013');
    await page.getByTestId('select-region').selectOption('Đồng bằng sông Hồng');
    expect(page.url()).toContain('base=2013');
    expect(page.url()).toContain('region=');
    const row = page.locator('[data-testid="rank-table"] tr[data-key="22"]');
    await expect.poll(() => row.locator('td[data-col="rankChange"]').textContent()).toBe('+2');
    expect(await row.locator('td[data-col="scoreChange"]').textContent()).toBe('+2,08');
    expect(await row.locator('td[data-col="tier"]').textContent()).toBe('Rất tốt');
    expect(await page.locator('[data-testid="rank-table"] tbody tr').count()).toBe(11);
    expect(await page.locator('[data-testid="rank-table"] tbody tr td[data-col="rank"]').allTextContents()).toEqual(['2', '9', '14', '17', '19', '21', '30', '35', '36', '40', '50']);
    await page.screenshot({ path: `${artifactDir()}/rankings-pci-2016-base-2013-region.png` });
    // The URL reopens the same view.
    await page.reload();
    await page.waitForSelector('[data-testid="rank-table"]');
    expect(await page.getByTestId('select-base').inputValue()).toBe('2013');
    expect(await page.locator('[data-testid="rank-table"] tbody tr').count()).toBe(11);
    await context.close();
  });

  it('PCI 2005: 42 of 64 provinces; Hà Giang shows as missing ("—"), never rank 0', async () => {
    const { page, context } = await newPage(browser);
    await openApp(page, '?tab=rankings&index=PCI&year=2005&province=22');
    const row = page.locator('[data-testid="rank-table"] tr[data-key="02"]');
    await expect.poll(() => row.locator('td[data-col="rank"]').textContent()).toBe('— không có số liệu');
    expect(await row.locator('td[data-col="value"]').textContent()).toBe('—');
    expect(await page.locator('[data-testid="rank-table"] tbody tr').count()).toBe(64);
    expect(await page.locator('[data-testid="rank-table"] td[data-col="rank"]').allTextContents()).not.toContain('0');
    expect(await page.getByTestId('rank-partial-note').textContent()).toContain('42 trên 64');
    await context.close();
  });

  it('a change across a method break is marked: PCI 2022 vs 2021 (new weights)', async () => {
    const { page, context } = await newPage(browser);
    await openApp(page, '?tab=rankings&index=PCI&year=2022&province=22&lang=en');
    await expect.poll(() => page.getByTestId('method-break-warning').textContent()).toContain('2022: 2021 methodology revision: new weights');
    await page.getByTestId('select-base').selectOption('2020');
    await expect.poll(() => page.getByTestId('method-break-warning').textContent()).toContain('from 2020 to 2022');
    await context.close();
  });

  it('sorting by rank change, descending: PAPI 2016 Quảng Ngãi first (+41 places, +5,03 points), with its quartile', async () => {
    const { page, context } = await newPage(browser);
    await openApp(page, '?tab=rankings&index=PAPI&year=2016&province=22');
    const header = page.locator('[data-testid="rank-table"] th button', { hasText: 'Thay đổi hạng' });
    await header.click();
    await header.click();
    const first = page.locator('[data-testid="rank-table"] tbody tr').first();
    await expect.poll(() => first.getAttribute('data-key')).toBe('51');
    expect(await first.locator('td[data-col="rankChange"]').textContent()).toBe('+41');
    expect(await first.locator('td[data-col="scoreChange"]').textContent()).toBe('+5,03');
    expect(await first.locator('td[data-col="tier"]').textContent()).not.toBe('—');
    await context.close();
  });
});

describe('province profile: partial data stays honest, 2025 history is derived', () => {
  it('PCI 2019 (partial): national medians withheld, printed ranks kept; the 2025 history is labelled derived', async () => {
    const { page, context } = await newPage(browser);
    await openApp(page, '?tab=profile&index=PCI&year=2019&province=22');
    await expect.poll(() => page.getByTestId('stats-withheld').textContent()).toContain('30 trên 63');
    const entry = page.locator('[data-testid="profile-components"] tr[data-key="entry_costs"]');
    expect(await entry.locator('td[data-col="value"]').textContent()).toBe('7,16');
    expect(await entry.locator('td[data-col="rank"]').textContent()).toBe('36');
    expect(await entry.locator('td[data-col="median"]').textContent()).toBe('—');
    expect(await page.getByTestId('profile-headline').textContent()).toContain('73,40');
    expect(await page.getByTestId('harmonised').locator('h2').textContent()).toContain('dẫn xuất');
    await context.close();
  });

  it('PAPI 2016 Quảng Ninh: control of corruption costs most (0,97 points), trend small multiples drawn, national median shown', async () => {
    const { page, context } = await newPage(browser);
    await openApp(page, '?tab=profile&index=PAPI&year=2016&province=22&lang=en');
    const first = page.getByTestId('weak-components').locator('.weak-list > li').first();
    await expect.poll(() => first.locator('.weak-name').textContent()).toBe('Control of corruption in the public sector');
    expect(await first.locator('.weak-cost').textContent()).toBe('costs 0.97 composite points');
    const row = page.locator('[data-testid="profile-components"] tr[data-key="corruption_control"]');
    expect(await row.locator('td[data-col="median"]').textContent()).toBe('5.86');
    expect(await row.locator('td[data-col="best"]').textContent()).toBe('7.14 (Can Tho)');
    expect(await page.getByTestId('trend-multiples').locator('.multiple').count()).toBe(7);
    expect(await page.getByTestId('trend-multiples').locator('svg.recharts-surface').count()).toBeGreaterThanOrEqual(7);
    expect(await page.getByTestId('gaps').textContent()).toContain('Gap to the next rank up (Kien Giang): 0.22');
    await context.close();
  });
});
