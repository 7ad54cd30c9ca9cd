/**
 * Editions as published (issue 21), end to end in Chromium:
 * - a unit the publisher did not rank says so with the reason, and offers no import (PAPI 2023 Quảng Ninh; PAPI 2024
 *   Vĩnh Phúc, the newest edition);
 * - the rank table of a PAPI edition shows the groups PAPI printed (2022: Quảng Ninh in the best group);
 * - the profile body, the rank table and the map treat a unit not ranked as not ranked (its reason), never as data to
 *   import or missing; the profile, brief and report say how sure a rank is (PCI 2016 Tây Ninh: 16–22).
 * Views photographed at desktop width and at 390×844 into .test-results/.
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
    // The overview's PAPI card shows its latest figures (2023) and says it was not ranked in 2024, not "out of date".
    await openApp(page, '?tab=overview&province=26&lang=en');
    const card = page.getByTestId('not-ranked-PAPI');
    await card.waitFor();
    expect(await card.textContent()).toContain('not ranked in PAPI 2024: no stated reason found');
    await shoot(page, 'overview-not-ranked');
  });

  it('PAPI 2022 rank table: Quảng Ninh 1st in "Nhóm đạt điểm cao nhất" (the group PAPI printed, 43.44–47.88)', async () => {
    const { page } = await newPage(browser);
    await openApp(page, '?tab=rankings&index=PAPI&year=2022&province=22');
    const row = page.locator('tr', { hasText: 'Quảng Ninh' }).first();
    await row.waitFor();
    expect(await row.textContent()).toContain('Nhóm đạt điểm cao nhất');
    await shoot(page, 'papi-2022-groups');
    // The map's table (and its CSV) carries the same printed group.
    await openApp(page, '?tab=map&index=PAPI&year=2022&province=22');
    const mapRow = page.locator('tr', { hasText: 'Quảng Ninh' }).first();
    await mapRow.waitFor();
    expect(await mapRow.textContent()).toContain('Nhóm đạt điểm cao nhất');
    await shoot(page, 'papi-2022-map');
  });

  it('PAPI 2023 Quảng Ninh: the profile body says not ranked with the reason, never "nhập bảng đầy đủ"; the rank table and the map say "không xếp hạng"', async () => {
    const { page } = await newPage(browser);
    await openApp(page, '?tab=profile&index=PAPI&year=2023&province=22');
    const body = page.getByTestId('profile-not-ranked');
    await body.waitFor();
    expect(await body.textContent()).toContain('Quảng Ninh không được xếp hạng trong PAPI 2023: không có dữ liệu do kết quả khảo sát vượt giá trị sai số cho phép trong thống kê.');
    expect(await page.getByTestId('weak-components').textContent()).toContain('không phải thiếu số liệu');
    expect(await page.getByTestId('no-base').textContent()).toContain('Không so sánh được thứ hạng giữa hai kỳ (không phải thiếu số liệu)');
    expect(await page.locator('main').textContent()).not.toMatch(/nhập bảng đầy đủ|Nạp bảng \d{4} đầy đủ/i);
    // PAPI 2024 against 2023, the year it was not ranked: not a table to import either.
    await openApp(page, '?tab=profile&index=PAPI&year=2024&province=22');
    await page.getByTestId('no-base').waitFor();
    expect(await page.getByTestId('no-base').textContent()).toContain('Quảng Ninh không được xếp hạng trong PAPI 2023');
    await openApp(page, '?tab=profile&index=PAPI&year=2023&province=22');
    await body.waitFor();
    await shoot(page, 'not-ranked-body');

    await openApp(page, '?tab=rankings&index=PAPI&year=2023');
    const row = page.locator('tr', { hasText: 'Quảng Ninh' }).first();
    await row.waitFor();
    expect(await row.getByTestId('not-ranked').textContent()).toContain('không xếp hạng');
    expect(await row.getByTestId('not-ranked').getAttribute('title')).toContain('vượt giá trị sai số');

    await openApp(page, '?tab=map&index=PAPI&year=2023');
    const mapRow = page.locator('tr', { hasText: 'Quảng Ninh' }).first();
    await mapRow.waitFor();
    expect(await mapRow.textContent()).toContain('không xếp hạng');
  });

  it('PCI 2016 Tây Ninh: the profile gives the rank range 16–22 (sensitivity of the method, not sampling error); the report too', async () => {
    const { page } = await newPage(browser);
    await openApp(page, '?tab=profile&index=PCI&year=2016&province=72');
    const range = page.getByTestId('profile-rank-range');
    await range.waitFor();
    expect(await range.textContent()).toContain('khoảng hạng 16–22');
    expect(await range.textContent()).toContain('không phải sai số chọn mẫu');
    // 0.0012 behind Ninh Bình (19th): the two ranges overlap — within noise.
    expect(await page.getByTestId('gap-within-noise').textContent()).toContain('trong phạm vi nhiễu');
    await shoot(page, 'rank-range');
    await openApp(page, '?tab=report&index=PCI&year=2016&province=72');
    const headline = page.locator('table', { hasText: 'Khoảng hạng' }).first();
    await headline.waitFor();
    expect(await headline.textContent()).toContain('khoảng hạng 16–22');
  });

  it('PCI 2015 Tây Ninh (19th → 16th): the brief of PAPI 2024 gives its rank range; the profile calls the 2015 move within noise', async () => {
    const { page } = await newPage(browser);
    await openApp(page, '?tab=profile&index=PCI&year=2015&province=72');
    const range = page.getByTestId('profile-rank-range');
    await range.waitFor();
    expect(await range.textContent()).toContain('trong phạm vi nhiễu');
    await openApp(page, '?tab=brief&province=72');
    const papi = page.locator('tr[data-index="PAPI"]');
    await papi.waitFor();
    expect(await papi.locator('[data-col="rank"]').textContent()).toMatch(/khoảng hạng \d+(–\d+)?/);
    await openApp(page, '?tab=profile&index=PAPI&year=2023&province=46');
    await page.getByTestId('profile-rank-range').waitFor();
    expect(await page.getByTestId('profile-rank-range').textContent()).toContain('Cỡ mẫu công bố: 19.536 người trả lời');
    await shoot(page, 'brief-range');
  });

  it('a move inside both rank ranges is "trong phạm vi nhiễu" in the brief (PAPI 2024 Hà Tĩnh, 7th → 6th) and the report (PCI 2015 Tây Ninh, 19th → 16th); a group computed by the index rule says so (PAR 2019 Tây Ninh, 80,05: B)', async () => {
    const { page } = await newPage(browser);
    await openApp(page, '?tab=brief&province=42');
    const papi = page.locator('tr[data-index="PAPI"]');
    await papi.waitFor();
    expect(await papi.locator('td', { hasText: 'bậc' }).first().textContent()).toMatch(/^\+1 bậc \(trong phạm vi nhiễu\)/);
    await shoot(page, 'brief-noise');
    await openApp(page, '?tab=report&index=PCI&year=2015&province=72');
    const headline = page.locator('table', { hasText: 'Khoảng hạng' }).first();
    await headline.waitFor();
    expect(await headline.textContent()).toContain('khoảng hạng 13–19');
    expect(await headline.textContent()).toContain('trong phạm vi nhiễu: thay đổi hạng nằm trong khoảng hạng của cả hai năm');
    await openApp(page, '?tab=brief&province=72');
    const par = page.locator('tr[data-index="PAR"]');
    await par.waitFor();
    expect(await par.locator('td[data-col="tier"]').textContent()).toBe('Nhóm B (80–<90%) (tính theo quy tắc của chỉ số)');
    await openApp(page, '?tab=profile&index=PAR&year=2019&province=72');
    await page.getByTestId('profile-tier').waitFor();
    expect(await page.getByTestId('profile-tier').textContent()).toBe('Nhóm B (80–<90%) (tính theo quy tắc của chỉ số)');
    // The rank table: the computed group marked † with the note under the table; its CSV says it in the cell.
    await openApp(page, '?tab=rankings&index=PAR&year=2019&province=72');
    const tayNinh = page.locator('[data-testid="rank-table"] tr[data-key="72"]');
    await tayNinh.waitFor();
    expect(await tayNinh.locator('td', { hasText: 'Nhóm B' }).textContent()).toBe('Nhóm B (80–<90%) †');
    expect(await page.getByTestId('tier-computed-note').textContent()).toBe(' † Nhóm tính theo quy tắc nhóm của PAR INDEX, không phải nhóm in trong bảng công bố.');
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('rank-table-csv').click()]);
    const line = readFileSync((await file.path())!, 'utf8').split('\r\n').find((l) => l.includes('Tây Ninh'))!;
    expect(line).toContain('Nhóm B (80–<90%) (tính theo quy tắc của chỉ số)');
    // A group PAPI printed stays as printed.
    await openApp(page, '?tab=profile&index=PAPI&year=2022&province=22');
    await page.getByTestId('profile-tier').waitFor();
    expect(await page.getByTestId('profile-tier').textContent()).toBe('Nhóm đạt điểm cao nhất');
    // PAPI did not rank Quảng Ninh in 2021: the change against 2021 says so, and so does the weak-component check.
    expect(await page.getByTestId('profile-base-not-ranked').textContent()).toBe('so với 2021: không xếp hạng');
    expect(await page.getByTestId('weak-components').textContent()).toContain('không được xếp hạng trong PAPI 2021 (không phải thiếu số liệu)');
    expect(await page.getByTestId('weak-components').textContent()).not.toContain('thiếu số liệu của tỉnh');
    expect(await page.getByTestId('most-improved-basis').textContent()).toBe('Chỉ trong 60 trên 61 tỉnh có hạng toàn quốc ở cả hai năm: 1 tỉnh không được xếp hạng năm 2021 (không phải thiếu số liệu).');
    await shoot(page, 'profile-tier');
  });
});
