/**
 * Right and honest when the data is partial (issue 14), end to end in Chromium:
 * - a province behind the newest edition lands with a notice and an Import shortcut (index and year filled in);
 * - a profile on a partial year says the weak assessment could not be (fully) made, and why;
 * - the printed assignment sheet keeps the * of a rank among loaded provinces, with its note;
 * - a target outside the component's scale is refused with a message.
 * Each view is photographed at desktop width and at 390×844 into .test-results/.
 */
import { readFileSync } from 'node:fs';
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
  await page.screenshot({ path: join(artifactDir(), `partial-${name}-desktop.png`), fullPage: false });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(200);
  await page.screenshot({ path: join(artifactDir(), `partial-${name}-390.png`), fullPage: false });
  await page.setViewportSize({ width: 1280, height: 900 });
}

describe('partial data, end to end', () => {
  it('Hà Giang lands on its latest PCI (2022) with a notice that PCI 2024 is published, an Import shortcut for PCI 2024, and targets for 2025', async () => {
    const { page } = await newPage(browser);
    await openApp(page, '?tab=profile&index=PCI&province=02');
    const notice = page.getByTestId('landing-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('PCI 2024 đã công bố; số liệu của Hà Giang chưa được nạp.');
    expect(await page.getByTestId('landing-showing').textContent()).toBe('Đang hiển thị PCI 2022 — năm mới nhất có số liệu của Hà Giang.');
    expect(await page.locator('#profile-title').textContent()).toContain('PCI 2022');
    await shoot(page, 'landing');

    // Choosing 2023 is no dead end: the way back to 2022, and Import.
    await page.getByTestId('select-year').selectOption('2023');
    await expect.poll(() => notice.textContent()).toContain('Hà Giang chưa có số liệu PCI 2023.');
    await page.getByTestId('landing-latest').click();
    await expect.poll(() => page.getByTestId('select-year').inputValue()).toBe('2022');

    // The follow-up aims at the edition after the newest published one, with the 2025 departments.
    await page.getByRole('tab', { name: 'Phân công & theo dõi' }).click();
    await page.getByTestId('followup-table').waitFor();
    expect(await page.getByTestId('followup-table').locator('caption').textContent()).toContain('Mục tiêu 2025');
    expect(await page.getByTestId('followup-table').locator('tr[data-key="entry_costs"] .template-lead').textContent()).toContain('Sở Tài chính');

    // The Import shortcut opens Import with PCI 2024 filled in.
    await page.getByTestId('landing-import').click();
    await page.getByTestId('import-prefill').waitFor();
    expect(await page.getByTestId('import-prefill').textContent()).toContain('PCI 2024');
    const url = new URL(page.url());
    expect([url.searchParams.get('tab'), url.searchParams.get('importIndex'), url.searchParams.get('importYear')]).toEqual(['import', 'PCI', '2024']);
    await shoot(page, 'import-prefill');
    await page.close();
  }, 60_000);

  it('Quảng Ninh PCI 2022 (10 of 63 with component figures): the profile says the weak assessment is partial (falling in a row ran; national median and ranks withheld) and why, never "none weak"', async () => {
    const { page } = await newPage(browser);
    await openApp(page, '?tab=profile&index=PCI&year=2022&province=22');
    const assessment = page.getByTestId('weak-assessment');
    await assessment.waitFor();
    expect(await assessment.getAttribute('data-status')).toBe('partial');
    const text = (await assessment.textContent()) ?? '';
    expect(text).toMatch(/^Chỉ đánh giá được một phần/);
    expect(text).toContain('10/63 tỉnh có số liệu thành phần');
    expect(text).toContain('thay đổi phương pháp năm 2022');
    expect(await page.getByTestId('weak-components').textContent()).not.toContain('Không có chỉ số thành phần nào yếu theo các quy tắc này');
    // Component ranks among the 10 loaded provinces keep their * (entry costs 4th of the 10).
    expect(await page.locator('[data-testid="profile-components"] tr[data-key="entry_costs"] td[data-col="rank"]').textContent()).toBe('4*');
    await assessment.scrollIntoViewIfNeeded();
    await shoot(page, 'profile-qn-2022');
    await page.close();
  }, 60_000);

  it('PCI 2021 Hậu Giang (38th): the gap is measured to the nearest loaded province above and said to be a bound, not the gap to the 37th', async () => {
    const { page } = await newPage(browser);
    await openApp(page, '?tab=profile&index=PCI&year=2021&province=93');
    const gap = page.getByTestId('gap-next-rank');
    await gap.waitFor();
    expect(await gap.getAttribute('data-exact')).toBe('false');
    expect(await gap.textContent()).toContain('Cách hạng 37: chưa biết');
    await page.close();
  }, 60_000);

  it('PCI 2015 Quảng Ninh land access: the printed 44 and the complete year\'s 20 are both shown as a data conflict', async () => {
    const { page } = await newPage(browser);
    await openApp(page, '?tab=profile&index=PCI&year=2015&province=22');
    const conflict = page.getByTestId('data-conflicts').locator('li[data-component="land_access"]');
    await conflict.waitFor();
    const text = (await conflict.textContent()) ?? '';
    expect(text).toContain('Hạng in 44 mâu thuẫn với thứ tự điểm');
    expect(text).toContain('investinquangninh');
    await conflict.scrollIntoViewIfNeeded();
    await shoot(page, 'conflict');
    await page.close();
  }, 60_000);

  it('the printed sheet of Quảng Ninh PCI 2022 shows entry costs as 7,16 / 4* with the note on what * means', async () => {
    const { page } = await newPage(browser);
    await openApp(page, '?tab=followup&index=PCI&year=2022&province=22&print=1');
    const sheet = page.getByTestId('print-sheet');
    await sheet.waitFor();
    expect(await sheet.locator('tr[data-key="entry_costs"]').textContent()).toContain('7,16 / 4*');
    expect(await page.getByTestId('sheet-among-loaded').textContent()).toContain('Hạng có dấu * (ví dụ 4*) là hạng trong số 10/63 tỉnh đã nạp số liệu, không phải hạng toàn quốc.');
    await shoot(page, 'print-sheet');
    await page.close();
  }, 60_000);

  it('a target of 12 on a 0–10 sub-index is refused with a message and not saved; 9,3 is taken', async () => {
    const { page } = await newPage(browser);
    await openApp(page, '?tab=followup&index=PCI&year=2022&province=22');
    const row = page.locator('[data-testid="followup-table"] tr[data-key="entry_costs"]');
    await row.waitFor();
    await row.getByTestId('target-score').fill('12');
    const error = row.getByTestId('target-score-error');
    await error.waitFor();
    expect(await error.textContent()).toBe('Mục tiêu 12,00 nằm ngoài thang điểm 0,00–10,00 của chỉ số thành phần này');
    expect(await row.getByTestId('target-score').getAttribute('aria-invalid')).toBe('true');
    const stored = async () => JSON.parse((await page.evaluate(() => localStorage.getItem('chiso-assignments'))) ?? '{"state":{"items":{}}}').state.items['22|PCI|2022|entry_costs'];
    expect((await stored())?.targetScore ?? null).toBeNull();
    await row.scrollIntoViewIfNeeded();
    await shoot(page, 'target-refused');
    await row.getByTestId('target-score').fill('9,3');
    await expect.poll(async () => (await stored())?.targetScore).toBe(9.3);
    expect(await error.count()).toBe(0);
    await page.close();
  }, 60_000);

  it('the rank table CSV keeps the *: Bắc Ninh PCI 2019 entry costs is "26*" with its rank basis, never a bare 26', async () => {
    const { page } = await newPage(browser);
    await openApp(page, '?tab=rankings&index=PCI&year=2019&province=27&component=entry_costs');
    await page.locator('[data-testid="rank-table"] tr[data-key="27"]').waitFor();
    await expect.poll(() => page.locator('[data-testid="rank-table"] tr[data-key="27"] td[data-col="rank"]').textContent(), { timeout: 15_000 }).toBe('26*');
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('rank-table-csv').click()]);
    const text = readFileSync((await file.path())!, 'utf8');
    const line = text.split('\r\n').find((l) => l.includes('Bắc Ninh'))!;
    expect(line.startsWith('26*,')).toBe(true);
    expect(line).toContain('* hạng trong số 30/63 tỉnh đã nạp, không phải hạng toàn quốc');
    await page.close();
  }, 60_000);

  // Hậu Giang's latest PCI is now 2024 (70.54, composite only, en.sggp.org.vn): Lâm Đồng's is still 2022 with its
  // ten sub-indices printed on its pcivietnam.vn page, in a partial year.
  it('the brief of Lâm Đồng says its PCI 2022 weak assessment is partial and its gap is a bound', async () => {
    const { page } = await newPage(browser);
    await openApp(page, '?tab=brief&province=68');
    const moves = page.getByTestId('brief-moves');
    await moves.waitFor();
    const assessment = page.getByTestId('brief-weak-assessment').first();
    await assessment.waitFor();
    expect(await assessment.textContent()).toMatch(/^Chỉ đánh giá được một phần|^Chưa đánh giá được/);
    expect(await moves.textContent()).toMatch(/chưa được nạp|hạng trong số tỉnh đã nạp/);
    await shoot(page, 'brief');
    await page.close();
  }, 60_000);
});
